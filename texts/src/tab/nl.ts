import { stepsNl } from './steps';
import { careerNl } from './career';
import { trainingRightNl } from './trainingRight';
import { catalogueNl } from './catalogue';
import { gesprekspartnersNl } from './gesprekspartners';
import { prepareVariantNl } from './prepareVariant';
import { templatesNl } from './templates';
import { insightNl } from './insight';
import { homeNl } from './home';
import { cycleNl } from './cycle';
/**
 * The tab's Dutch texts, part of the source catalogue (../catalogue.ts). Every other language has
 * exactly these keys (en.ts) or overrides a few of them (nl-BE.ts). Texts are ICU messages.
 */
import { languageNl } from './language';
import { homeFormsNl } from './homeForms';
import { koerskaartNl } from './koerskaart';
import { popNl } from './pop';
import { remindersNl } from './reminders';
import { notificationsNl } from './notifications';
import { directoryNl } from './directory';
import { erasureNl } from './erasure';
import { heldRetentionNl } from './heldRetention';
import { remarkNl } from './remark';
import { changeLogNl } from './changeLog';
import { portfolioNl } from './portfolio';
import { privacyNl } from './privacy';
import { organisationNl } from './organisation';
import { roundsNl } from './rounds';
import { roundPlanNl } from './roundPlan';
import { followUpsNl } from './followUps';
import { progressNl } from './progress';

export const tabNl = {
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


  'state.retry': 'Opnieuw proberen',
  'state.errorTitle': 'Er ging iets mis',
  'state.pageError': 'Deze pagina kon niet worden getoond. Probeer het opnieuw; lukt dat niet, vernieuw dan Koers.',
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

  'plan.notManagerTitle': 'Alleen voor leidinggevenden',
  'plan.notManagerBody': 'Op deze pagina plant een leidinggevende loopbaangesprekken met het eigen team. Je leidinggevende nodigt jou uit; daarna bereid je het gesprek voor onder Voorbereiden.',
  'plan.prepareLink': 'Naar Voorbereiden',
  'plan.newTitle': 'Nieuw gesprek',
  'plan.newIntro': 'Koers zoekt over ongeveer twee weken een moment dat in beide agenda’s vrij is, zodat je medewerker tijd heeft om zich voor te bereiden.',
  'plan.employeeLabel': 'Medewerker',
  'plan.employeePlaceholder': 'Kies een medewerker',
  'plan.proposalsLoading': 'Vrije momenten worden gezocht…',
  'plan.proposalsLabel': 'Voorgestelde momenten met {name}',
  'plan.otherTimes': 'Andere tijden',
  'plan.firstTimes': 'Terug naar de eerste voorstellen',
  'plan.noSlotTitle': 'Geen vrij moment gevonden in de komende zes weken',
  'plan.noSlotBody': 'In beide agenda’s is binnen de werktijden niets vrij. Maak ruimte in een agenda en probeer het opnieuw, of kijk nog verder vooruit met Andere tijden.',
  'plan.widened': 'Rond twee weken vooruit was er te weinig vrij; Koers heeft daarom verder vooruit gezocht.',
  'plan.unreadable': 'Niet elke agenda kon worden gelezen ({names}). Deze momenten kunnen botsen met afspraken die daarin staan.',
  'plan.penalty.monday-early': 'vroeg op maandag',
  'plan.penalty.friday-afternoon': 'vrijdagmiddag',
  'plan.pickFirst': 'Kies eerst een moment.',
  'plan.book': 'Inplannen',
  'plan.booking': 'Bezig met inplannen…',
  'plan.successTitle': 'Gelukt',
  'plan.booked': 'Het loopbaangesprek met {name} staat gepland op {when}. {firstName} krijgt van Koers een bericht in Teams, met de voorbereidingsvragen.',
  'plan.upcomingTitle': 'Komende gesprekken',
  'plan.upcomingLoading': 'Gesprekken worden geladen…',
  'plan.upcomingEmptyTitle': 'Nog geen gesprekken gepland',
  'plan.upcomingEmptyBody': 'Kies hierboven een medewerker om een loopbaangesprek te plannen.',
  'plan.listLabel': 'Komende gesprekken met je team',
  'plan.conversationWith': 'Gesprek met {name}',
  'plan.detailsLoading': 'Details worden geladen…',
  'plan.prepared': 'Voorbereiding klaar',
  'plan.notPrepared': 'Nog niet voorbereid',
  'plan.joinLink': 'Deelnemen aan de Teams-vergadering',
  'plan.canvasLink': 'Koerskaart openen',
  'plan.reschedule': 'Verzetten',
  'plan.rescheduleLabel': 'Nieuwe tijd voor het gesprek met {name}',
  'plan.rescheduleConfirm': 'Naar deze tijd verzetten',
  'plan.rescheduling': 'Bezig met verzetten…',
  'plan.rescheduleBack': 'Niet verzetten',
  'plan.rescheduled': 'Het gesprek met {name} is verzet naar {when}. {firstName} krijgt hiervan bericht.',
  'plan.cancel': 'Annuleren',
  'plan.cancelTitle': 'Gesprek annuleren?',
  'plan.cancelBody': 'Het gesprek met {name} op {when} wordt geannuleerd en uit beide agenda’s gehaald. {firstName} krijgt hiervan bericht.',
  'plan.cancelReason': 'Reden (niet verplicht)',
  'plan.cancelReasonHint': '{firstName} leest deze reden in het bericht van Koers.',
  'plan.cancelConfirm': 'Gesprek annuleren',
  'plan.cancelling': 'Bezig met annuleren…',
  'plan.cancelKeep': 'Terug',
  'plan.cancelled': 'Het gesprek met {name} op {when} is geannuleerd. {firstName} krijgt hiervan bericht.',

  'prepare.loading': 'Je gesprekken worden geladen…',
  'prepare.emptyTitle': 'Nog geen gesprekken gepland',
  'prepare.emptyBody': 'Er staat nog geen loopbaangesprek gepland. Zodra er een gepland is, vind je hier de voorbereidingsvragen.',
  'prepare.mineTitle': 'Mijn gesprekken',
  'prepare.teamTitle': 'Gesprekken met mijn team',
  'prepare.conversationTitle': 'Gesprek met {name}, {when}',
  'prepare.formLoading': 'Je voorbereiding wordt geladen…',
  'prepare.privateEmployeeTitle': 'Privé, tenzij je deelt',
  'prepare.privateEmployee': 'Je antwoorden zijn van jou. {manager} ziet alleen de antwoorden waarbij je “Delen met mijn leidinggevende” aanzet, en of je klaar bent.',
  'prepare.privateManagerTitle': 'Privé, tenzij je deelt',
  'prepare.privateManager': 'Je antwoorden zijn van jou. {employee} ziet alleen de antwoorden waarbij je “Delen met {employee}” aanzet; die staan ook op de koerskaart.',
  'prepare.shareWithEmployee': 'Delen met {name}',
  'prepare.share': 'Delen met mijn leidinggevende',
  'prepare.kernkwadrantTitle': 'Kernkwadrant',
  'prepare.kernkwadrantHint': 'Vier vragen die samen laten zien waar je kracht zit, waar je valkuil ligt en wat je uitdaagt.',
  'prepare.saveDraft': 'Tussentijds opslaan',
  'prepare.finish': 'Klaar',
  'prepare.saveChanges': 'Wijzigingen opslaan',
  'prepare.saving': 'Bezig met opslaan…',
  'prepare.savedDraft': 'Tussentijds opgeslagen. Je kunt later verder.',
  'prepare.savedDone': 'Je voorbereiding is klaar. Je kunt je antwoorden nog aanpassen tot het gesprek.',
  'prepare.doneStatus': 'Klaar gemeld',
  'prepare.unsaved': 'Niet-opgeslagen wijzigingen',
  'prepare.conflictTitle': 'Intussen ergens anders opgeslagen',
  'prepare.conflictBody': 'Je voorbereiding is intussen opgeslagen in een ander venster of in de chat met Koers. Wat je hier typte, staat nog in het formulier. Laad de nieuwste versie: jouw wijzigingen blijven staan.',
  'prepare.reload': 'Nieuwste versie laden',
  'prepare.reloaded': 'De nieuwste versie is geladen, met jouw wijzigingen erin. Controleer ze en sla opnieuw op.',
  'prepare.sharedTitle': 'Gedeeld door {name}',
  'prepare.sharedEmpty': '{name} heeft nog geen antwoorden gedeeld.',
  'prepare.employeeDone': '{name} heeft de voorbereiding klaar gemeld.',

  'unsaved.title': 'Wijzigingen niet opgeslagen',
  'unsaved.body': 'Je hebt antwoorden die nog niet zijn opgeslagen. Als je deze pagina verlaat, ben je ze kwijt.',
  'unsaved.stay': 'Blijven',
  'unsaved.leave': 'Verlaten zonder opslaan',

  'role.employee': 'Medewerker',
  'role.manager': 'Leidinggevende',
  'role.hr': 'HR',
  ...koerskaartNl,
  ...popNl,
  ...homeNl,
  ...cycleNl,
  ...catalogueNl,
  ...stepsNl,
  ...careerNl,
  ...trainingRightNl,
  ...templatesNl,
  ...insightNl,
  ...portfolioNl,
  ...privacyNl,
  ...organisationNl,
  ...roundsNl,
  ...roundPlanNl,
  ...followUpsNl,
  ...progressNl,
  ...remindersNl,
  ...notificationsNl,
  ...languageNl,
  ...homeFormsNl,
  ...directoryNl,
  ...erasureNl,
  ...heldRetentionNl,
  ...remarkNl,
  ...changeLogNl,
  ...gesprekspartnersNl,
  ...prepareVariantNl,
} as const;

export type TabKey = keyof typeof tabNl;
