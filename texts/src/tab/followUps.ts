/**
 * The POP's "Vervolggesprekken" block: choosing the follow-up rhythm in the editor, and the agreed
 * dates with where each one stands; on Voorbereiden, where the plan stands before a vervolggesprek.
 */
export const followUpsNl = {
  'followUps.title': 'Vervolggesprekken',
  'followUps.editorIntro': 'Spreek samen af hoe vaak jullie doorpraten over dit POP. Koers stelt elk vervolggesprek op tijd voor, met de voortgang per doel erbij.',
  'followUps.count': 'Aantal vervolggesprekken',
  'followUps.countNone': 'Geen vervolggesprekken',
  'followUps.countOption': '{count, plural, one {# vervolggesprek} other {# vervolggesprekken}}',
  'followUps.interval': 'Om de',
  'followUps.intervalOption': '{months, plural, one {maand} other {# maanden}}',
  'followUps.firstDate': 'Eerste vervolggesprek rond (optioneel)',
  'followUps.firstDateHint': 'Leeg: één periode na het akkoord van jullie allebei.',
  'followUps.summary': '{count, plural, one {# vervolggesprek} other {# vervolggesprekken}}, {months, plural, one {elke maand} other {om de # maanden}}',
  'followUps.agreedOn': 'Afgesproken op {date}.',
  'followUps.none': 'Er zijn geen vervolggesprekken afgesproken. Wil je ze toch? Stel een wijziging voor en kies het aantal en de periode.',
  'followUps.notAgreedYet': 'De data verschijnen zodra jullie allebei het POP hebben goedgekeurd.',
  'followUps.item': 'Vervolggesprek {number}',
  'followUps.around': 'rond {date}',
  'followUps.state.gehouden': 'Gehouden',
  'followUps.state.gepland': 'Gepland',
  'followUps.state.voorgesteld': 'Voorgesteld',
  'followUps.state.open': 'Nog niet gepland',
  'followUps.on': 'op {date}',
  'followUps.proposedOn': 'Koers stelde op {date} momenten voor aan de leidinggevende',
  'followUps.loading': 'Vervolggesprekken worden geladen…',
  'followUps.loadError': 'De vervolggesprekken konden niet worden geladen.',
  'followUps.prepare.title': 'Waar het POP staat',
  'followUps.prepare.loading': 'Het POP wordt geladen…',
  'followUps.prepare.loadError': 'Het POP kon niet worden geladen.',
  'followUps.prepare.noPlan': 'Jullie hebben nog geen goedgekeurd POP. Bespreek in dit gesprek wat je wilt afspreken.',
  'followUps.prepare.noGoals': 'Het POP heeft nog geen doelen.',
  'followUps.prepare.openPop': 'Het POP openen',
} as const;

type FollowUpsKey = keyof typeof followUpsNl;

export const followUpsEn: { readonly [K in FollowUpsKey]: string } = {
  'followUps.title': 'Follow-up conversations',
  'followUps.editorIntro': 'Agree together how often you talk about this plan again. Koers proposes each follow-up conversation in time, with the progress of each goal.',
  'followUps.count': 'Number of follow-up conversations',
  'followUps.countNone': 'No follow-up conversations',
  'followUps.countOption': '{count, plural, one {# follow-up conversation} other {# follow-up conversations}}',
  'followUps.interval': 'Every',
  'followUps.intervalOption': '{months, plural, one {month} other {# months}}',
  'followUps.firstDate': 'First follow-up around (optional)',
  'followUps.firstDateHint': 'Empty: one period after you both approved.',
  'followUps.summary': '{count, plural, one {# follow-up conversation} other {# follow-up conversations}}, {months, plural, one {every month} other {every # months}}',
  'followUps.agreedOn': 'Agreed on {date}.',
  'followUps.none': 'No follow-up conversations are agreed. Want them after all? Propose a change and choose how many and how often.',
  'followUps.notAgreedYet': 'The dates appear once you have both approved the plan.',
  'followUps.item': 'Follow-up conversation {number}',
  'followUps.around': 'around {date}',
  'followUps.state.gehouden': 'Held',
  'followUps.state.gepland': 'Planned',
  'followUps.state.voorgesteld': 'Proposed',
  'followUps.state.open': 'Not planned yet',
  'followUps.on': 'on {date}',
  'followUps.proposedOn': 'Koers proposed times to the manager on {date}',
  'followUps.loading': 'Loading the follow-up conversations…',
  'followUps.loadError': 'The follow-up conversations could not be loaded.',
  'followUps.prepare.title': 'Where the plan stands',
  'followUps.prepare.loading': 'Loading the plan…',
  'followUps.prepare.loadError': 'The plan could not be loaded.',
  'followUps.prepare.noPlan': 'You have no approved plan yet. Use this conversation to discuss what you want to agree.',
  'followUps.prepare.noGoals': 'The plan has no goals yet.',
  'followUps.prepare.openPop': 'Open the plan',
};

export const followUpsNlBE: Partial<{ readonly [K in FollowUpsKey]: string }> = {
  'followUps.state.gepland': 'Ingepland',
  'followUps.state.open': 'Nog niet ingepland',
};
