/**
 * Erasing a person's data on HR's "Instellingen" page (AVG art. 17). Spread into nl.ts / en.ts
 * like the directory texts.
 */
export const erasureNl = {
  'erasure.title': 'Gegevens wissen',
  'erasure.intro':
    'Van wie uit dienst is, wist Koers alles {months, plural, one {# maand} other {# maanden}} na het vertrek vanzelf. Wil iemand eerder gewist worden (AVG artikel 17), of een vertrokken medewerker nu al, dan wis je dat hier.',
  'erasure.search': 'Zoek op naam of e-mailadres',
  'erasure.leavers': 'Vertrokken medewerkers',
  'erasure.matches': 'Gevonden',
  'erasure.noLeavers': 'Er zijn geen vertrokken medewerkers met gegevens in Koers.',
  'erasure.noMatches': 'Niemand gevonden.',
  'erasure.leftOn': 'Vertrokken op {left}; wordt vanzelf gewist op {due}.',
  'erasure.erase': 'Wissen',
  'erasure.eraseWho': '{name} wissen',
  'erasure.confirmTitle': 'Alle gegevens van {name} wissen?',
  'erasure.confirmBody':
    'Koers wist de gesprekken, voorbereidingen, Koerskaarten, ontwikkelplannen, het portfolio, de herinneringen en het logboek van {name}. Was {name} de leidinggevende in een gesprek of plan, dan houdt de medewerker dat, zonder naam en zonder de eigen notities van {name}. Dit kan niet ongedaan worden gemaakt.',
  'erasure.keep': 'Niet wissen',
  'erasure.confirm': 'Definitief wissen',
  'erasure.pending': 'Bezig met wissen…',
  'erasure.done': 'De gegevens van {name} zijn gewist: {deleted, plural, one {# document} other {# documenten}} verwijderd, {anonymised, plural, one {# document} other {# documenten}} van anderen zonder naam bewaard.',
  'erasure.loadFailed': 'De lijst kon niet worden geladen.',
  'erasure.retention': 'Bewaartermijn na vertrek',
  'erasure.retentionHint': 'Elke nacht wist Koers wie langer dan deze termijn weg is. De wijziging komt in het logboek voor de OR.',
  'erasure.retentionOption': '{months, plural, one {# maand} other {# maanden}}',
  'erasure.retentionSave': 'Termijn opslaan',
  'erasure.retentionSaved': 'Opgeslagen: vertrokken medewerkers worden na {months, plural, one {# maand} other {# maanden}} gewist.',
  'erasure.retentionFailed': 'De termijn is niet opgeslagen.',
} as const;

export type ErasureKey = keyof typeof erasureNl;

export const erasureEn: { readonly [K in ErasureKey]: string } = {
  'erasure.title': 'Erase data',
  'erasure.intro':
    'For people who have left, Koers erases everything {months, plural, one {# month} other {# months}} after they left, by itself. If someone asks to be erased sooner (GDPR article 17), or a leaver should go now, erase them here.',
  'erasure.search': 'Search by name or email address',
  'erasure.leavers': 'People who have left',
  'erasure.matches': 'Found',
  'erasure.noLeavers': 'No one who has left still has data in Koers.',
  'erasure.noMatches': 'No one found.',
  'erasure.leftOn': 'Left on {left}; erased automatically on {due}.',
  'erasure.erase': 'Erase',
  'erasure.eraseWho': 'Erase {name}',
  'erasure.confirmTitle': 'Erase all data of {name}?',
  'erasure.confirmBody':
    "Koers erases {name}'s conversations, preparations, Koerskaarten, development plans, portfolio, reminders and log. Where {name} was the manager in a conversation or plan, the employee keeps it, without a name and without {name}'s own notes. This cannot be undone.",
  'erasure.keep': 'Keep',
  'erasure.confirm': 'Erase for good',
  'erasure.pending': 'Erasing…',
  'erasure.done': "{name}'s data is erased: {deleted, plural, one {# document} other {# documents}} deleted, {anonymised, plural, one {# document} other {# documents}} of others kept without a name.",
  'erasure.loadFailed': 'The list could not be loaded.',
  'erasure.retention': 'Retention after leaving',
  'erasure.retentionHint': 'Every night Koers erases whoever left longer ago than this. The change goes into the works council log.',
  'erasure.retentionOption': '{months, plural, one {# month} other {# months}}',
  'erasure.retentionSave': 'Save period',
  'erasure.retentionSaved': 'Saved: people who left are erased after {months, plural, one {# month} other {# months}}.',
  'erasure.retentionFailed': 'The period was not saved.',
};
