/**
 * "Ik zie dit anders": the employee's own remark on an agreed plan or a held conversation, in the
 * tab and in the *Mijn gegevens* summary. Spread into nl.ts / en.ts.
 */
export const remarkNl = {
  'remark.heading': 'Opmerking van {name}',
  'remark.line': 'Opmerking van {name}, {date}',
  'remark.changedOn': 'gewijzigd op {date}',
  'remark.open': 'Ik zie dit anders',
  'remark.edit': 'Opmerking wijzigen',
  'remark.withdraw': 'Opmerking intrekken',
  'remark.label': 'Wat zie je anders?',
  'remark.hint.pop': 'Komt naast de afspraken en in de pdf; {manager} kan haar lezen. De afspraken zelf veranderen niet. Hoogstens 2000 tekens.',
  'remark.hint.conversation': '{manager} kan haar lezen, HR niet. Hoogstens 2000 tekens.',
  'remark.save': 'Opmerking opslaan',
  'remark.cancel': 'Annuleren',
  'remark.saving': 'Opslaan…',
  'remark.saved': 'Je opmerking is opgeslagen.',
  'remark.failed': 'Je opmerking is niet opgeslagen. Je tekst staat er nog.',
  'remark.tooLong': 'Hoogstens 2000 tekens ({count} nu).',
  'remark.empty': 'Schrijf eerst wat je anders ziet.',
  'remark.contentRemoved': 'De inhoud van dit gesprek is na de bewaartermijn verwijderd.',
};

export const remarkEn: { readonly [K in keyof typeof remarkNl]: string } = {
  'remark.heading': 'Remark by {name}',
  'remark.line': 'Remark by {name}, {date}',
  'remark.changedOn': 'changed on {date}',
  'remark.open': 'I see this differently',
  'remark.edit': 'Change remark',
  'remark.withdraw': 'Withdraw remark',
  'remark.label': 'What do you see differently?',
  'remark.hint.pop': 'Shown beside the agreements and in the PDF; {manager} can read it. The agreements themselves do not change. At most 2,000 characters.',
  'remark.hint.conversation': '{manager} can read it, HR cannot. At most 2,000 characters.',
  'remark.save': 'Save remark',
  'remark.cancel': 'Cancel',
  'remark.saving': 'Saving…',
  'remark.saved': 'Your remark is saved.',
  'remark.failed': 'Your remark was not saved. Your text is still here.',
  'remark.tooLong': 'At most 2,000 characters ({count} now).',
  'remark.empty': 'First write what you see differently.',
  'remark.contentRemoved': "This conversation's content was removed after the retention period.",
};
