/**
 * The retention period for held conversations' content, on HR's "Instellingen" page beside the
 * leavers' period, and its line in the works council's log. Spread into nl.ts / en.ts.
 */
export const heldRetentionNl = {
  'heldRetention.label': 'Bewaartermijn van gehouden gesprekken',
  'heldRetention.hint':
    'Daarna maakt Koers de Koerskaart, voorbereidingen en opmerking van het gesprek leeg; dát het plaatsvond (wanneer, met wie) blijft. De wijziging komt in het logboek voor de OR.',
  'heldRetention.option': '{years, select, 0 {Niet leegmaken} other {{years, plural, one {# jaar} other {# jaar}} na het gesprek}}',
  'heldRetention.save': 'Termijn opslaan',
  'heldRetention.saved': '{years, select, 0 {Opgeslagen: niet leegmaken.} other {Opgeslagen: {years, plural, one {# jaar} other {# jaar}} na het gesprek.}}',
  'heldRetention.failed': 'De termijn is niet opgeslagen.',
  'changeLog.heldRetention': 'gehouden gesprekken: van {from, select, 0 {niet leegmaken} other {{from, plural, one {# jaar} other {# jaar}}}} naar {to, select, 0 {niet leegmaken} other {{to, plural, one {# jaar} other {# jaar}}}}',
};

export const heldRetentionEn: { readonly [K in keyof typeof heldRetentionNl]: string } = {
  'heldRetention.label': 'Retention of held conversations',
  'heldRetention.hint':
    "After this Koers empties the conversation's Koerskaart, preparations and remark; that it took place (when, with whom) stays. The change goes into the works council log.",
  'heldRetention.option': '{years, select, 0 {Never empty} other {{years, plural, one {# year} other {# years}} after the conversation}}',
  'heldRetention.save': 'Save period',
  'heldRetention.saved': '{years, select, 0 {Saved: never empty.} other {Saved: {years, plural, one {# year} other {# years}} after the conversation.}}',
  'heldRetention.failed': 'The period was not saved.',
  'changeLog.heldRetention': 'held conversations: from {from, select, 0 {never empty} other {{from, plural, one {# year} other {# years}}}} to {to, select, 0 {never empty} other {{to, plural, one {# year} other {# years}}}}',
};
