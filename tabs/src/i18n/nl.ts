/**
 * The tab's Dutch texts: the source catalogue. Every other catalogue has exactly these keys
 * (en.ts) or overrides a few of them (nl-BE.ts). Placeholders look like {name}.
 */
import { koerskaartNl } from './koerskaart';

export const nl = {
  'app.name': 'Koers',
  'app.loading': 'Koers wordt geladen…',
  'app.configError': 'De instellingen van Koers konden niet worden geladen. Vernieuw de pagina of probeer het later opnieuw.',

  'nav.label': 'Hoofdmenu',
  'route.home': 'Start',
  'route.plan': 'Gesprek plannen',
  'route.prepare': 'Voorbereiden',
  'route.canvas': 'Koerskaart',
  'route.pop': 'POP',
  'route.portfolio': 'Portfolio',
  'route.hr': 'HR-inzicht',

  'comingSoon.title': 'Komt binnenkort',
  'comingSoon.plan': 'Hier plan je straks een loopbaangesprek. Koers zoekt dan over ongeveer twee weken een moment in beide agenda’s.',
  'comingSoon.prepare': 'Hier bereid je straks je loopbaangesprek voor, met de voorbereidingsvragen van Koers.',
  'comingSoon.canvas': 'Hier vullen jullie straks tijdens het gesprek samen de Koerskaart in.',
  'comingSoon.pop': 'Hier komen straks je afspraken te staan, als SMART-doelen in je persoonlijk ontwikkelingsplan.',
  'comingSoon.portfolio': 'Hier bewaar je straks je ervaringen, opleidingen en de uitkomst van elk gesprek.',
  'comingSoon.hr': 'Hier ziet HR straks hoe de gespreksronde vordert en welke ontwikkelbehoeften er zijn, zonder vertrouwelijke gesprekken te lezen.',

  'state.retry': 'Opnieuw proberen',
  'state.errorTitle': 'Er ging iets mis',
  'error.network': 'Koers is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.',
  'error.invalidResponse': 'Koers gaf een onverwacht antwoord. Probeer het later opnieuw.',
  'error.http': 'De server gaf een fout ({status}). Probeer het later opnieuw.',
  'error.unknown': 'Er ging iets mis. Probeer het opnieuw.',

  'auth.signedOut': 'Je bent niet meer aangemeld. Kies opnieuw wie je bent.',
  'auth.teamsSignedOut': 'Je bent niet meer aangemeld bij Koers, of je sessie is verlopen.',
  'auth.signInTitle': 'Aanmelden bij Koers',
  'auth.signInButton': 'Aanmelden',
  'auth.signingIn': 'Bezig met aanmelden…',
  'auth.openInTeamsTitle': 'Open Koers in Microsoft Teams',
  'auth.openInTeamsBody': 'Koers werkt in Microsoft Teams. Open de app Koers in Teams om verder te gaan.',

  'persona.title': 'Wie ben je?',
  'persona.intro': 'Lokale modus: kies een persoon uit de voorbeeldorganisaties. Elk browservenster kan iemand anders zijn.',
  'persona.loading': 'Personen worden geladen…',
  'persona.empty': 'Er zijn geen voorbeeldpersonen gevonden. Is de lokale API gestart?',
  'persona.switch': 'Wissel van persoon',
  'persona.signingInAs': 'Aanmelden als {name}…',

  'header.signedInAs': 'Aangemeld als {name}',

  'me.loading': 'Je gegevens worden geladen…',

  'home.greeting': 'Hoi {firstName}',
  'home.roleAt': '{jobTitle} bij {organisation}',
  'home.at': 'Bij {organisation}',
  'home.today': 'Vandaag is het {date}.',

  'team.title': 'Mijn team',
  'team.listLabel': 'Teamleden',
  'team.emptyTitle': 'Nog geen teamleden',
  'team.emptyBody': 'Er zijn nog geen medewerkers aan je gekoppeld. Vraag HR om je team in te stellen.',

  'myPage.title': 'Mijn pagina',
  'myPage.manager': 'Je leidinggevende',
  'myPage.noManager': 'Er is geen leidinggevende aan je gekoppeld.',
  'myPage.nextTitle': 'Je volgende loopbaangesprek',
  'myPage.nextLoading': 'Je gesprekken worden geladen…',
  'myPage.nextEmptyTitle': 'Nog niets gepland',
  'myPage.nextEmptyBody': 'Er staat nog geen loopbaangesprek gepland. Je leidinggevende nodigt je uit; je krijgt dan ongeveer twee weken om je voor te bereiden.',
  'myPage.nextPlanned': 'Gepland op {date}',
  'myPage.prepareLink': 'Voorbereiden',

  'role.employee': 'Medewerker',
  'role.manager': 'Leidinggevende',
  'role.hr': 'HR',
  ...koerskaartNl,
} as const;

export type MessageKey = keyof typeof nl;
export type Catalogue = { readonly [K in MessageKey]: string };
