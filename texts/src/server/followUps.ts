/**
 * The follow-up rhythm in chat: the manager's proposals card for an agreed vervolggesprek, the
 * employee's notice, and the plan's progress per goal both start from. `{date}` and `{deadline}`
 * arrive formatted in the reader's language. The "Gemaakte afspraken" PDF lists the agreed dates.
 */
export const followUpsServerNl = {
  'bot.followUp.toManager':
    'Vervolggesprek {number} van {count} met {employee} is afgesproken rond {date}. Kies een moment; Koers zet het als vervolggesprek in beide agenda’s.',
  'bot.followUp.toEmployee':
    'Vervolggesprek {number} van {count} met {manager} is afgesproken rond {date}. {manager} heeft voorstellen gekregen om het in te plannen; je krijgt dan een uitnodiging in je agenda. Zo staat je POP er nu voor:',
  'bot.followUp.whereThePlanStands': 'Waar het POP staat',
  'bot.followUp.goalLine':
    '**{goal}** — {status}{milestones, plural, =0 {} one {, {done} van # mijlpaal af} other {, {done} van # mijlpalen af}}{deadline, select, none {} other {, deadline {deadline}}}',
  'bot.followUp.lastNote': 'Laatste notitie: “{text}”',
  'bot.followUp.noGoals': 'Het POP heeft nog geen doelen.',
  'bot.followUp.proposalsTitle': 'Vervolggesprek met {name}',
  'bot.followUp.proposalsIntro': 'Rond de afgesproken datum zijn jullie allebei vrij op deze momenten. Kies er een:',
  'agreements.followUps.title': 'Vervolggesprekken',
  'agreements.followUps.summary':
    '{count, plural, one {# vervolggesprek} other {# vervolggesprekken}}, {months, plural, one {elke maand} other {om de # maanden}}',
  'agreements.followUps.dates': 'Rond {dates}',
} as const;

type FollowUpsServerKey = keyof typeof followUpsServerNl;

export const followUpsServerEn: { readonly [K in FollowUpsServerKey]: string } = {
  'bot.followUp.toManager':
    'Follow-up conversation {number} of {count} with {employee} is agreed around {date}. Pick a time; Koers puts it in both calendars as a follow-up conversation.',
  'bot.followUp.toEmployee':
    'Follow-up conversation {number} of {count} with {manager} is agreed around {date}. {manager} received proposals to plan it; you will then get an invitation in your calendar. This is where your plan stands now:',
  'bot.followUp.whereThePlanStands': 'Where the plan stands',
  'bot.followUp.goalLine':
    '**{goal}** — {status}{milestones, plural, =0 {} one {, {done} of # milestone done} other {, {done} of # milestones done}}{deadline, select, none {} other {, deadline {deadline}}}',
  'bot.followUp.lastNote': 'Last note: “{text}”',
  'bot.followUp.noGoals': 'The plan has no goals yet.',
  'bot.followUp.proposalsTitle': 'Follow-up conversation with {name}',
  'bot.followUp.proposalsIntro': 'Around the agreed date, you are both free at these times. Pick one:',
  'agreements.followUps.title': 'Follow-up conversations',
  'agreements.followUps.summary':
    '{count, plural, one {# follow-up conversation} other {# follow-up conversations}}, {months, plural, one {every month} other {every # months}}',
  'agreements.followUps.dates': 'Around {dates}',
};
