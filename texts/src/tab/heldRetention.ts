/**
 * The retention period for held conversations' content, on HR's "Instellingen" page beside the
 * leavers' period, and its line in the works council's log. Spread into nl.ts / en.ts.
 */
export const heldRetentionNl = {
  'heldRetention.label': 'Bewaartermijn van gehouden gesprekken',
  'heldRetention.hint':
    'Na deze termijn maakt Koers elke nacht de Koerskaart, de voorbereidingen en de opmerking van een gehouden gesprek leeg. Dát het gesprek plaatsvond, op welke datum en met wie, blijft. De wijziging komt in het logboek voor de OR.',
  'heldRetention.option': '{years, select, 0 {Niet leegmaken} other {{years, plural, one {# jaar} other {# jaar}} na het gesprek}}',
  'heldRetention.save': 'Termijn opslaan',
  'heldRetention.saved': '{years, select, 0 {Opgeslagen: gehouden gesprekken blijven bewaard zolang de medewerker in dienst is.} other {Opgeslagen: de inhoud van gehouden gesprekken gaat {years, plural, one {# jaar} other {# jaar}} na het gesprek weg.}}',
  'heldRetention.failed': 'De termijn is niet opgeslagen.',
  'changeLog.heldRetention': 'gehouden gesprekken: van {from, select, 0 {niet leegmaken} other {{from, plural, one {# jaar} other {# jaar}}}} naar {to, select, 0 {niet leegmaken} other {{to, plural, one {# jaar} other {# jaar}}}}',
};

export const heldRetentionEn: { readonly [K in keyof typeof heldRetentionNl]: string } = {
  'heldRetention.label': 'Retention of held conversations',
  'heldRetention.hint':
    "After this period Koers empties a held conversation's Koerskaart, preparations and remark, every night. That the conversation took place, on which date and with whom, stays. The change goes into the works council log.",
  'heldRetention.option': '{years, select, 0 {Never empty} other {{years, plural, one {# year} other {# years}} after the conversation}}',
  'heldRetention.save': 'Save period',
  'heldRetention.saved': '{years, select, 0 {Saved: held conversations are kept as long as the employee is employed.} other {Saved: the content of held conversations goes {years, plural, one {# year} other {# years}} after the conversation.}}',
  'heldRetention.failed': 'The period was not saved.',
  'changeLog.heldRetention': 'held conversations: from {from, select, 0 {never empty} other {{from, plural, one {# year} other {# years}}}} to {to, select, 0 {never empty} other {{to, plural, one {# year} other {# years}}}}',
};
