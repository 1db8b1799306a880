/**
 * The manager's planning of a round, opened from the round card's "Plan ze allemaal tegelijk":
 * one proposed time per member, confirmed all at once or one by one.
 */
export const roundPlanNl = {
  'route.roundPlan': 'Plan ze allemaal tegelijk',
  'roundPlan.loading': 'Koers zoekt momenten in beide agenda’s…',
  'roundPlan.intro':
    '{round}: plan de {type, select, vervolggesprek {vervolggesprekken} other {loopbaangesprekken}} vóór {to}. Koers stelt voor iedereen een moment voor, verspreid over de periode, minstens twee weken vooruit en vrij in beide agenda’s.',
  'roundPlan.toPlan': 'Nog in te plannen',
  'roundPlan.plannedTitle': 'Ingepland',
  'roundPlan.confirmAll': 'Alles bevestigen',
  'roundPlan.confirm': 'Bevestigen',
  'roundPlan.other': 'Ander moment',
  'roundPlan.otherBack': 'Toch het voorstel',
  'roundPlan.confirming': 'Bezig met inplannen…',
  'roundPlan.proposal': 'Voorstel: {when}',
  'roundPlan.planned': 'Ingepland: {when}',
  'roundPlan.plannedNoTime': 'Al ingepland',
  'roundPlan.atLocation': 'Op locatie: {location}',
  'roundPlan.noSlot.window-too-soon': 'De periode eindigt te vroeg om nog twee weken vooruit te plannen. Kies zelf een moment.',
  'roundPlan.noSlot.no-common-time': 'Koers vond in deze periode geen moment dat in beide agenda’s vrij is. Kies zelf een moment.',
  'roundPlan.noSlot.no-free-day': 'De dagen waarop jullie allebei kunnen, zijn al voorgesteld voor een ander gesprek. Kies zelf een moment.',
  'roundPlan.noSlot.not-your-report': '{name} is niet jouw medewerker in deze ronde.',
  'roundPlan.failed.taken': 'Dit moment is intussen bezet in een van beide agenda’s.',
  'roundPlan.failed.tooSoon': 'Dit moment ligt intussen minder dan twee weken vooruit.',
  'roundPlan.failed.other': 'Dit gesprek kon niet worden ingepland. Probeer het opnieuw.',
  'roundPlan.newProposal': 'Nieuw voorstel: {when}.',
  'roundPlan.noNewProposal': 'Koers vond geen nieuw moment; kies zelf een moment.',
  'roundPlan.booked': '{count, plural, one {# gesprek ingepland} other {# gesprekken ingepland}}. Iedereen krijgt een bericht in Teams met de voorbereidingsvragen.',
  'roundPlan.emptyTitle': 'Iedereen is ingepland',
  'roundPlan.emptyBody': 'Er is niemand meer om in te plannen in deze ronde.',
  'roundPlan.unreadable': '{count, plural, one {Eén agenda} other {# agenda’s}} kon niet worden gelezen: kijk de voorstellen zelf na.',
  'roundPlan.backToPlan': 'Naar Gesprek plannen',
  'roundPlan.notManager': 'Alleen leidinggevenden plannen de gesprekken van een ronde.',
  'roundPlan.noRound': 'Open deze pagina met de knop in het bericht over de gespreksronde.',
} as const;

export const roundPlanEn: { readonly [K in keyof typeof roundPlanNl]: string } = {
  'route.roundPlan': 'Plan them all at once',
  'roundPlan.loading': 'Koers is looking for times in both calendars…',
  'roundPlan.intro':
    '{round}: plan the {type, select, vervolggesprek {follow-up conversations} other {career conversations}} before {to}. Koers proposes a time for everyone, spread over the period, at least two weeks ahead and free in both calendars.',
  'roundPlan.toPlan': 'Still to plan',
  'roundPlan.plannedTitle': 'Planned',
  'roundPlan.confirmAll': 'Confirm all',
  'roundPlan.confirm': 'Confirm',
  'roundPlan.other': 'Another time',
  'roundPlan.otherBack': 'Use the proposal',
  'roundPlan.confirming': 'Planning…',
  'roundPlan.proposal': 'Proposal: {when}',
  'roundPlan.planned': 'Planned: {when}',
  'roundPlan.plannedNoTime': 'Already planned',
  'roundPlan.atLocation': 'In person: {location}',
  'roundPlan.noSlot.window-too-soon': 'The period ends too soon to plan two weeks ahead. Choose a time yourself.',
  'roundPlan.noSlot.no-common-time': 'Koers found no time in this period that is free in both calendars. Choose a time yourself.',
  'roundPlan.noSlot.no-free-day': 'The days you can both make are already proposed for another conversation. Choose a time yourself.',
  'roundPlan.noSlot.not-your-report': '{name} is not your report in this round.',
  'roundPlan.failed.taken': 'This time has been taken in one of the two calendars in the meantime.',
  'roundPlan.failed.tooSoon': 'This time is now less than two weeks ahead.',
  'roundPlan.failed.other': 'This conversation could not be planned. Please try again.',
  'roundPlan.newProposal': 'New proposal: {when}.',
  'roundPlan.noNewProposal': 'Koers found no new time; choose one yourself.',
  'roundPlan.booked': '{count, plural, one {# conversation planned} other {# conversations planned}}. Everyone gets a message in Teams with the preparation questions.',
  'roundPlan.emptyTitle': 'Everyone is planned',
  'roundPlan.emptyBody': 'There is nobody left to plan in this round.',
  'roundPlan.unreadable': '{count, plural, one {One calendar} other {# calendars}} could not be read: check the proposals yourself.',
  'roundPlan.backToPlan': 'Go to Plan a conversation',
  'roundPlan.notManager': 'Only managers plan the conversations of a round.',
  'roundPlan.noRound': 'Open this page with the button in the message about the conversation round.',
};

/** Only where Flemish wording differs. */
export const roundPlanNlBE: Partial<{ readonly [K in keyof typeof roundPlanNl]: string }> = {
  'roundPlan.unreadable': '{count, plural, one {Eén agenda} other {# agenda’s}} kon niet gelezen worden: kijk de voorstellen zelf na.',
  'roundPlan.failed.other': 'Dit gesprek kon niet ingepland worden. Probeer het opnieuw.',
};
