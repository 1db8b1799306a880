/**
 * Conversation rounds in chat and in the API's answers: the card each manager gets when HR starts
 * a round, the nudge to managers who lag, the notice to employees who may ask for their
 * conversation, and the reasons a round is refused.
 */
export const roundsServerNl = {
  'bot.round.plan':
    '{count, plural, one {Plan het {type, select, vervolggesprek {vervolggesprek} other {loopbaangesprek}} met je medewerker} other {Plan de {type, select, vervolggesprek {vervolggesprekken} other {loopbaangesprekken}} met je # medewerkers}} vóór {date}',
  'bot.round.started': 'HR is de gespreksronde **{round}** gestart ({from} tot en met {to}).',
  'bot.round.who': 'Met: {names}',
  'bot.round.planAll': 'Plan ze allemaal tegelijk',
  'bot.round.openTab': 'Open Koers',
  'bot.round.showHere': 'Voorstellen hier tonen',
  'bot.round.confirmAll': 'Alles bevestigen',
  'bot.round.oneByOne': 'Eén voor één of een ander moment',
  'bot.round.proposed': '**{name}**: {when}, {where}',
  'bot.round.planned': '**{name}**: ingepland {when}, {where}',
  'bot.round.noSlot': '**{name}**: Koers vond geen moment; kies er zelf een in Koers.',
  'bot.round.online': 'online via Teams',
  'bot.round.inPerson': 'op locatie ({location})',
  'bot.round.booked': '{count, plural, one {# gesprek ingepland.} other {# gesprekken ingepland.}} Iedereen krijgt een bericht met de voorbereidingsvragen.',
  'bot.round.allPlanned': 'Iedereen is ingepland.',
  'bot.round.useTab': 'Plan de gesprekken van de ronde in Koers: open de pagina met de knop “Plan ze allemaal tegelijk”.',
  'bot.round.nudge':
    '{count, plural, one {In de gespreksronde **{round}** is met {names} nog niets gepland.} other {In de gespreksronde **{round}** is met # medewerkers nog niets gepland: {names}.}} De ronde loopt tot en met {to}.',
  'bot.round.open':
    'HR is de gespreksronde **{round}** gestart. Je kunt zelf om je {type, select, vervolggesprek {vervolggesprek} other {loopbaangesprek}} met {partner} vragen, vóór {to}: zeg “ik wil een loopbaangesprek”.',
  'validation.round.period-too-soon': 'De periode eindigt te vroeg: een gesprek kan op zijn vroegst op {date} (medewerkers krijgen ongeveer twee weken om zich voor te bereiden). Kies een einddatum op of na {date}.',
  'validation.round.period-too-long': 'Een ronde duurt hoogstens een jaar. Kies een eerdere einddatum.',
  'validation.round.audience-empty': 'Niemand hoort bij deze doelgroep (of niemand heeft een leidinggevende). Kies een andere afdeling of andere mensen.',
  'validation.round.unknown-template': 'Dit sjabloon bestaat niet (meer). Kies een ander sjabloon.',
  'validation.round.not-a-member': 'Deze persoon hoort niet bij deze ronde.',
} as const;

type RoundsServerKey = keyof typeof roundsServerNl;

export const roundsServerEn: { readonly [K in RoundsServerKey]: string } = {
  'bot.round.plan':
    '{count, plural, one {Plan the {type, select, vervolggesprek {follow-up conversation} other {career conversation}} with your employee} other {Plan the {type, select, vervolggesprek {follow-up conversations} other {career conversations}} with your # employees}} before {date}',
  'bot.round.started': 'HR started the conversation round **{round}** ({from} to {to}).',
  'bot.round.who': 'With: {names}',
  'bot.round.planAll': 'Plan them all at once',
  'bot.round.openTab': 'Open Koers',
  'bot.round.showHere': 'Show the proposals here',
  'bot.round.confirmAll': 'Confirm all',
  'bot.round.oneByOne': 'One by one or another time',
  'bot.round.proposed': '**{name}**: {when}, {where}',
  'bot.round.planned': '**{name}**: planned {when}, {where}',
  'bot.round.noSlot': '**{name}**: Koers found no time; choose one yourself in Koers.',
  'bot.round.online': 'online via Teams',
  'bot.round.inPerson': 'in person ({location})',
  'bot.round.booked': '{count, plural, one {# conversation planned.} other {# conversations planned.}} Everyone gets a message with the preparation questions.',
  'bot.round.allPlanned': 'Everyone is planned.',
  'bot.round.useTab': 'Plan the round’s conversations in Koers: open the page with the button “Plan them all at once”.',
  'bot.round.nudge':
    '{count, plural, one {In the conversation round **{round}**, nothing is planned yet with {names}.} other {In the conversation round **{round}**, nothing is planned yet with # employees: {names}.}} The round runs until {to}.',
  'bot.round.open':
    'HR started the conversation round **{round}**. You can ask {partner} for your {type, select, vervolggesprek {follow-up conversation} other {career conversation}} yourself, before {to}: say “I want a career conversation”.',
  'validation.round.period-too-soon': 'The period ends too early: the first conversation can be on {date} (people get about two weeks to prepare). Choose an end date on or after {date}.',
  'validation.round.period-too-long': 'A round lasts a year at most. Choose an earlier end date.',
  'validation.round.audience-empty': 'Nobody belongs to this audience (or nobody has a manager). Choose another department or other people.',
  'validation.round.unknown-template': 'This template does not exist (any more). Choose another template.',
  'validation.round.not-a-member': 'This person is not part of this round.',
};

export const roundsServerNlBE: Partial<{ readonly [K in RoundsServerKey]: string }> = {
  'bot.round.plan':
    '{count, plural, one {Plan het {type, select, vervolggesprek {vervolggesprek} other {loopbaangesprek}} met je medewerker in} other {Plan de {type, select, vervolggesprek {vervolggesprekken} other {loopbaangesprekken}} met je # medewerkers in}} vóór {date}',
  'bot.round.nudge':
    '{count, plural, one {In de gespreksronde **{round}** is met {names} nog niets ingepland.} other {In de gespreksronde **{round}** is met # medewerkers nog niets ingepland: {names}.}} De ronde loopt tot en met {to}.',
};
