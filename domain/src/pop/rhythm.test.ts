import type { Conversation } from '../conversation';
import type { Pop } from '../records';
import { followUpDueDates, followUpPlanProgress, followUpSchedule, followUpToPropose, nextFollowUp, planOfFollowUp, recordFollowUpProposal, rhythmAgreement } from './rhythm';
import { FollowUpRhythm } from './schema';
import { EMPLOYEE, MANAGER, smartGoalNl, TENANT } from './testKit';
import { approvePop, assertApprovedUnchanged, contentHash, createPop, currentVersion, PopError, popStatus, recordProgress, revisePop } from './versions';

const BASE = { id: 'pop-1', tenantId: TENANT, employeeId: EMPLOYEE, managerId: MANAGER };
const T0 = '2026-12-01T10:00:00.000Z';
const AGREED = '2026-12-02T09:00:00.000Z';
const TZ = 'Europe/Amsterdam';

function agree(pop: Pop, now = AGREED): Pop {
  const { number, contentHash: hash } = currentVersion(pop);
  const once = approvePop(pop, { version: number, contentHash: hash, by: EMPLOYEE, now });
  return approvePop(once, { version: number, contentHash: hash, by: MANAGER, now });
}

function agreedWith(rhythm: FollowUpRhythm, now = AGREED): Pop {
  return agree(createPop(BASE, [smartGoalNl], EMPLOYEE, T0, rhythm), now);
}

function followUp(id: string, fields: Partial<Conversation>): Conversation {
  return { id, tenantId: TENANT, employeeId: EMPLOYEE, managerId: MANAGER, kind: 'vervolggesprek', status: 'gepland', createdAt: T0, updatedAt: T0, ...fields };
}

describe('the dates of the follow-up rhythm', () => {
  it('puts two follow-ups three months apart, the first one interval after the agreement', () => {
    expect(followUpDueDates({ count: 2, intervalMonths: 3 }, '2026-12-02')).toEqual(['2027-03-02', '2027-06-02']);
  });

  it('starts on the agreed first date when one was chosen', () => {
    expect(followUpDueDates({ count: 3, intervalMonths: 4, firstDate: '2027-01-15' }, '2026-12-02')).toEqual(['2027-01-15', '2027-05-15', '2027-09-15']);
  });

  it('clamps the 31st to the last day of shorter months and returns to the 31st after', () => {
    expect(followUpDueDates({ count: 4, intervalMonths: 1, firstDate: '2027-01-31' }, '2026-12-02')).toEqual(['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30']);
  });

  it('lands on 29 February in a leap year', () => {
    expect(followUpDueDates({ count: 2, intervalMonths: 1, firstDate: '2028-01-31' }, '2027-12-01')).toEqual(['2028-01-31', '2028-02-29']);
    expect(followUpDueDates({ count: 2, intervalMonths: 12, firstDate: '2028-02-29' }, '2027-12-01')).toEqual(['2028-02-29', '2029-02-28']);
  });

  it('skips no follow-up when two dates fall in one short month', () => {
    const dates = followUpDueDates({ count: 6, intervalMonths: 1, firstDate: '2027-01-30' }, '2026-12-02');
    expect(dates).toHaveLength(6);
    expect(new Set(dates).size).toBe(6);
  });

  it('counts the agreement day in the organisation time zone, so summer time changes no date', () => {
    // 23:30 UTC on 30 March is 01:30 on 31 March in Amsterdam (summer time started that night).
    const pop = agreedWith({ count: 1, intervalMonths: 1 }, '2027-03-30T23:30:00.000Z');
    const agreement = rhythmAgreement(pop, TZ);
    expect(agreement?.agreedOn).toBe('2027-03-31');
    expect(followUpDueDates(agreement!.rhythm, agreement!.agreedOn)).toEqual(['2027-04-30']);
  });

  it('refuses a rhythm outside 1–6 follow-ups or 1–12 months', () => {
    expect(FollowUpRhythm.safeParse({ count: 7, intervalMonths: 3 }).success).toBe(false);
    expect(FollowUpRhythm.safeParse({ count: 2, intervalMonths: 0 }).success).toBe(false);
    expect(FollowUpRhythm.safeParse({ count: 2, intervalMonths: 13 }).success).toBe(false);
    expect(FollowUpRhythm.safeParse({ count: 2, intervalMonths: 3, firstDate: '2027-02-30' }).success).toBe(false);
  });
});

describe('the rhythm as part of what both approve', () => {
  it('keeps the hash of a plan without a rhythm, so earlier approvals stay valid', () => {
    const pop = createPop(BASE, [smartGoalNl], EMPLOYEE, T0);
    expect(currentVersion(pop).contentHash).toBe(contentHash([smartGoalNl]));
  });

  it('makes a changed rhythm after the agreement a new draft version that needs both approvals', () => {
    const agreed = agreedWith({ count: 2, intervalMonths: 3 });
    const revised = revisePop(agreed, { baseVersion: 1, goals: [smartGoalNl], rhythm: { count: 3, intervalMonths: 2 }, by: MANAGER, now: '2027-01-05T10:00:00.000Z' });
    expect(revised.versions).toHaveLength(2);
    expect(popStatus(revised)).toBe('concept');
    expect(currentVersion(revised).rhythm).toEqual({ count: 3, intervalMonths: 2 });
    expect(rhythmAgreement(revised, TZ)?.rhythm).toEqual({ count: 2, intervalMonths: 3 });
    expect(() => assertApprovedUnchanged(agreed, revised)).not.toThrow();
  });

  it('keeps the rhythm when a revision does not mention it, and removes it on null', () => {
    const draft = createPop(BASE, [smartGoalNl], EMPLOYEE, T0, { count: 2, intervalMonths: 3 });
    const kept = revisePop(draft, { baseVersion: 1, goals: [{ ...smartGoalNl, title: 'Offertes schrijven' }], by: EMPLOYEE, now: AGREED });
    expect(currentVersion(kept).rhythm).toEqual({ count: 2, intervalMonths: 3 });
    const removed = revisePop(kept, { baseVersion: 1, goals: [{ ...smartGoalNl, title: 'Offertes schrijven' }], rhythm: null, by: EMPLOYEE, now: AGREED });
    expect(currentVersion(removed).rhythm).toBeUndefined();
  });

  it('refuses a forged rhythm under an approval', () => {
    const agreed = agreedWith({ count: 2, intervalMonths: 3 });
    const [v1] = agreed.versions;
    const forged: Pop = { ...agreed, versions: [{ ...v1!, rhythm: { count: 6, intervalMonths: 1 } }] };
    expect(() => assertApprovedUnchanged(agreed, forged)).toThrow(PopError);
  });

  it('keeps the dates of the rhythm when the plan is agreed again for a changed goal', () => {
    const agreed = agreedWith({ count: 2, intervalMonths: 3 });
    const revised = revisePop(agreed, { baseVersion: 1, goals: [{ ...smartGoalNl, title: 'Offertes schrijven' }], by: EMPLOYEE, now: '2027-01-10T10:00:00.000Z' });
    const again = agree(revised, '2027-01-11T10:00:00.000Z');
    expect(rhythmAgreement(again, TZ)?.agreedOn).toBe('2026-12-02');
    expect(rhythmAgreement(again, TZ)?.key).toBe(rhythmAgreement(agreed, TZ)?.key);
  });
});

describe('which follow-up is next', () => {
  const NOW = new Date('2027-05-01T10:00:00.000Z');
  const pop = agreedWith({ count: 2, intervalMonths: 3 });
  const agreement = rhythmAgreement(pop, TZ)!;

  it('moves on to the second follow-up once the first is held', () => {
    const held = followUp('c1', { status: 'gehouden', start: '2027-03-03T09:00:00.000Z', end: '2027-03-03T10:00:00.000Z' });
    const schedule = followUpSchedule({ pop, agreement, conversations: [held], now: NOW });
    expect(schedule.map((s) => s.state)).toEqual(['gehouden', 'open']);
    expect(nextFollowUp(schedule)?.number).toBe(2);
  });

  it('does not count a cancelled follow-up, a career conversation or one from before the agreement', () => {
    const conversations = [
      followUp('c1', { status: 'geannuleerd', start: '2027-03-03T09:00:00.000Z' }),
      followUp('c2', { kind: 'loopbaangesprek', status: 'gehouden', start: '2027-03-04T09:00:00.000Z' }),
      followUp('c3', { status: 'gehouden', start: '2026-11-04T09:00:00.000Z' }),
    ];
    expect(followUpSchedule({ pop, agreement, conversations, now: NOW }).map((s) => s.state)).toEqual(['open', 'open']);
  });

  it('proposes the next follow-up once its date is within the lead time, and only while nobody planned or proposed it', () => {
    const schedule = followUpSchedule({ pop, agreement, conversations: [], now: NOW });
    expect(followUpToPropose(schedule, '2027-02-15', 14)).toBeUndefined();
    expect(followUpToPropose(schedule, '2027-02-16', 14)?.number).toBe(1);
    const proposed = recordFollowUpProposal(pop, { agreement: agreement.key, number: 1, due: '2027-03-02', at: '2027-02-16T02:00:00.000Z' });
    const after = followUpSchedule({ pop: proposed, agreement, conversations: [], now: NOW });
    expect(after[0]?.state).toBe('voorgesteld');
    expect(followUpToPropose(after, '2027-02-17', 14)).toBeUndefined();
    const booked = followUpSchedule({ pop, agreement, conversations: [followUp('c1', { start: '2027-05-20T09:00:00.000Z', end: '2027-05-20T10:00:00.000Z' })], now: NOW });
    expect(booked[0]?.state).toBe('gepland');
    expect(followUpToPropose(booked, '2027-03-01', 14)).toBeUndefined();
  });

  it('proposes the next follow-up in its turn when the one before was proposed and never booked', () => {
    const proposed = recordFollowUpProposal(pop, { agreement: agreement.key, number: 1, due: '2027-03-02', at: '2027-02-16T02:00:00.000Z' });
    const schedule = followUpSchedule({ pop: proposed, agreement, conversations: [], now: NOW });
    expect(followUpToPropose(schedule, '2027-05-18', 14)).toBeUndefined();
    expect(followUpToPropose(schedule, '2027-05-19', 14)?.number).toBe(2);
  });

  it('records a proposal once', () => {
    const proposal = { agreement: agreement.key, number: 1, due: '2027-03-02', at: '2027-02-16T02:00:00.000Z' };
    const once = recordFollowUpProposal(pop, proposal);
    expect(recordFollowUpProposal(once, { ...proposal, at: '2027-02-17T02:00:00.000Z' })).toBe(once);
  });
});

describe('the plan a vervolggesprek follows up', () => {
  it('is the pair’s agreed plan with a rhythm, not a draft, and nothing for a career conversation', () => {
    const withRhythm = agreedWith({ count: 2, intervalMonths: 3 });
    const laterWithout = { ...agree(createPop({ ...BASE, id: 'pop-2' }, [smartGoalNl], EMPLOYEE, T0), '2027-01-10T10:00:00.000Z') };
    const draft = createPop({ ...BASE, id: 'pop-3' }, [smartGoalNl], EMPLOYEE, T0, { count: 1, intervalMonths: 1 });
    const vervolg = followUp('c1', {});
    expect(planOfFollowUp([laterWithout, withRhythm, draft], vervolg)?.id).toBe('pop-1');
    expect(planOfFollowUp([laterWithout, draft], vervolg)?.id).toBe('pop-2');
    expect(planOfFollowUp([withRhythm], { ...vervolg, kind: 'loopbaangesprek' })).toBeUndefined();
  });
});

describe('where the plan stands when a vervolggesprek comes', () => {
  it('gives each agreed goal its status, milestones done, deadline and last note', () => {
    let pop = agreedWith({ count: 2, intervalMonths: 3 });
    pop = recordProgress(pop, { goalId: 'g1', status: 'bezig', by: EMPLOYEE, now: '2027-01-10T09:00:00.000Z' });
    pop = recordProgress(pop, { goalId: 'g1', milestone: { id: 'm1', done: true }, by: EMPLOYEE, now: '2027-02-10T09:00:00.000Z' });
    pop = recordProgress(pop, { goalId: 'g1', note: 'Eerste offerte verstuurd', by: EMPLOYEE, now: '2027-02-11T09:00:00.000Z' });
    expect(followUpPlanProgress(pop)).toEqual([
      {
        goalId: 'g1',
        title: 'Zelfstandig offertes voor zorginstellingen opstellen',
        status: 'bezig',
        milestonesDone: 1,
        milestonesTotal: 1,
        deadline: '2027-06-30',
        lastNote: { at: '2027-02-11T09:00:00.000Z', by: EMPLOYEE, text: 'Eerste offerte verstuurd' },
      },
    ]);
  });

  it('shows the plan as agreed while a change is still a draft, and nothing before the first agreement', () => {
    const draftOnly = createPop(BASE, [smartGoalNl], EMPLOYEE, T0);
    expect(followUpPlanProgress(draftOnly)).toEqual([]);
    const agreed = agreedWith({ count: 1, intervalMonths: 3 });
    const changing = revisePop(agreed, { baseVersion: 1, goals: [{ ...smartGoalNl, title: 'Een ander doel' }], by: EMPLOYEE, now: '2027-01-05T09:00:00.000Z' });
    expect(followUpPlanProgress(changing).map((g) => g.title)).toEqual(['Zelfstandig offertes voor zorginstellingen opstellen']);
  });
});
