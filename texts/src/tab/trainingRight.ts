/**
 * The Federale Leerrekening: HR's form for a Belgian person's training right of a year, the line
 * the POP shows beside a goal's training days, and the section in "Mijn gegevens". Only Belgian
 * organisations see these, so the Flemish wording is the one most people read.
 */
export const trainingRightNl = {
  'trainingRight.title': 'Federale leerrekening',
  'trainingRight.intro': 'Het individuele opleidingsrecht per kalenderjaar, zoals HR het uit de federale leerrekening overneemt: de dagen van het recht en de dagen die al gebruikt zijn.',
  'trainingRight.person': 'Werknemer',
  'trainingRight.year': 'Kalenderjaar',
  'trainingRight.rightDays': 'Dagen opleidingsrecht',
  'trainingRight.usedDays': 'Dagen gebruikt',
  'trainingRight.save': 'Opslaan',
  'trainingRight.saved': 'Opgeslagen: {line}',
  'trainingRight.notBelgian': 'De federale leerrekening geldt alleen voor Belgische organisaties.',
  'trainingRight.line': 'Federale leerrekening {year}: {used} van {right} dagen gebruikt, {left} over',
  'trainingRight.goalDaysLabel': 'Opleidingsdagen',
  'trainingRight.goalDays': '{days, plural, one {# opleidingsdag} other {# opleidingsdagen}}',
  'trainingRight.itemDays': '{days, plural, one {# dag} other {# dagen}}',
  'privacy.summary.trainingRights': 'Federale leerrekening, vastgelegd door HR',
  'privacy.summary.trainingRightLine': '{year}: {used} van {right} dagen gebruikt (vastgelegd op {date})',
} as const;

export type TrainingRightTabKey = keyof typeof trainingRightNl;

export const trainingRightEn: { readonly [K in TrainingRightTabKey]: string } = {
  'trainingRight.title': 'Federal learning account',
  'trainingRight.intro': 'The individual training right per calendar year, as HR copies it from the federal learning account (Federale Leerrekening): the days of the right and the days already used.',
  'trainingRight.person': 'Employee',
  'trainingRight.year': 'Calendar year',
  'trainingRight.rightDays': 'Days of training right',
  'trainingRight.usedDays': 'Days used',
  'trainingRight.save': 'Save',
  'trainingRight.saved': 'Saved: {line}',
  'trainingRight.notBelgian': 'The federal learning account applies to Belgian organisations only.',
  'trainingRight.line': 'Federal learning account {year}: {used} of {right} days used, {left} left',
  'trainingRight.goalDaysLabel': 'Training days',
  'trainingRight.goalDays': '{days, plural, one {# training day} other {# training days}}',
  'trainingRight.itemDays': '{days, plural, one {# day} other {# days}}',
  'privacy.summary.trainingRights': 'Federal learning account, recorded by HR',
  'privacy.summary.trainingRightLine': '{year}: {used} of {right} days used (recorded on {date})',
};

/** Flemish wording: "werknemer" and "opleidingsrecht" are the same; only the form's intro differs. */
export const trainingRightNlBE: Partial<{ readonly [K in TrainingRightTabKey]: string }> = {
  'trainingRight.intro': 'Het individuele opleidingsrecht per kalenderjaar, zoals HR het overneemt uit de federale leerrekening (Mycareer): de dagen van het recht en de dagen die al opgebruikt zijn.',
};
