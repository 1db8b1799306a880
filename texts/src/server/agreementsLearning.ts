/**
 * The "Gemaakte afspraken" PDF's lines about a goal's target function and learning offer
 * (functions/src/pop/agreementsPdf.ts). `{amount}` arrives formatted; `{hours}` is a number.
 * Art. 7:611a BW is Dutch law: Flemish documents say the same without it.
 */
export const agreementsLearningNl = {
  'agreements.targetFunction': 'Doelfunctie',
  'agreements.learning': 'Leeraanbod',
  'agreements.learningItem': '{title} ({details})',
  'agreements.learningCostAfterFund': '{amount} na {fund}',
  'agreements.learningRequired': 'verplicht voor de functie, dus kosteloos voor de medewerker en in werktijd volgens art. 7:611a BW',
  'agreements.employeeCost': 'Kosten voor de medewerker',
  'agreements.employeeCostNoBudget': '{amount} (geen budget afgesproken)',
  'agreements.trainingDays': 'Opleidingsdagen',
  'agreements.trainingDaysValue': '{days, plural, one {# dag} other {# dagen}}',
  'agreements.trainingRight': 'Federale leerrekening {year}: {used} van {right} dagen gebruikt, {left} over',
} as const;

type AgreementsLearningKey = keyof typeof agreementsLearningNl;

export const agreementsLearningEn: { readonly [K in AgreementsLearningKey]: string } = {
  'agreements.targetFunction': 'Target function',
  'agreements.learning': 'Learning offer',
  'agreements.learningItem': '{title} ({details})',
  'agreements.learningCostAfterFund': '{amount} after {fund}',
  'agreements.learningRequired': 'required for the job, so free of charge for the employee and in working time under Dutch Civil Code art. 7:611a',
  'agreements.employeeCost': 'Cost for the employee',
  'agreements.employeeCostNoBudget': '{amount} (no budget agreed)',
  'agreements.trainingDays': 'Training days',
  'agreements.trainingDaysValue': '{days, plural, one {# day} other {# days}}',
  'agreements.trainingRight': 'Federal learning account {year}: {used} of {right} days used, {left} left',
};

export const agreementsLearningNlBE: Partial<{ readonly [K in AgreementsLearningKey]: string }> = {
  'agreements.learningRequired': 'verplicht voor de functie, dus kosteloos voor de werknemer en tijdens de werkuren',
  'agreements.employeeCost': 'Kosten voor de werknemer',
};
