import { Pop } from '../records';
import { MAX_PROGRESS_GOALS, MAX_VERSIONS, type PopGoalInput } from './schema';
import { EMPLOYEE, MANAGER, OTHER_MANAGER, smartGoalNl, TENANT } from './testKit';
import {
  amendVersion,
  approvePop,
  assertApprovedUnchanged,
  contentHash,
  createPop,
  currentVersion,
  latestApprovedVersion,
  PopError,
  popStatus,
  recordProgress,
  revisePop,
  type PopErrorCode,
} from './versions';

const BASE = { id: 'pop-1', tenantId: TENANT, employeeId: EMPLOYEE, managerId: MANAGER };
const T0 = '2026-12-01T10:00:00.000Z';
const T1 = '2026-12-01T10:05:00.000Z';
const T2 = '2026-12-01T10:10:00.000Z';

const goal = smartGoalNl;

function draft(): Pop {
  return createPop(BASE, [goal], EMPLOYEE, T0);
}

/** Both parties approve the current version, as each saw it. */
function approvedByBoth(pop: Pop): Pop {
  const { number, contentHash: hash } = currentVersion(pop);
  const once = approvePop(pop, { version: number, contentHash: hash, by: EMPLOYEE, now: T1 });
  return approvePop(once, { version: number, contentHash: hash, by: MANAGER, now: T1 });
}

function approve(pop: Pop, by: string, now = T1): Pop {
  const { number, contentHash: hash } = currentVersion(pop);
  return approvePop(pop, { version: number, contentHash: hash, by, now });
}

function edit(pop: Pop, title: string, by = EMPLOYEE): Pop {
  return revisePop(pop, { baseVersion: currentVersion(pop).number, goals: [{ ...goal, title }], by, now: T2 });
}

function codeOf(run: () => unknown): PopErrorCode | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof PopError) return error.code;
    throw error;
  }
  return undefined;
}

describe('who made a version', () => {
  it('keeps the manager as the author of version 1 after the employee edits the draft', () => {
    const made = createPop(BASE, [goal], MANAGER, T0);
    const edited = edit(made, 'Zelfstandig offertes maken', EMPLOYEE);
    expect(currentVersion(edited)).toMatchObject({ number: 1, createdBy: MANAGER, createdAt: T0, editedBy: EMPLOYEE, editedAt: T2 });
  });

  it('names the person who proposed a change as the author of the new version', () => {
    const next = edit(approvedByBoth(createPop(BASE, [goal], MANAGER, T0)), 'Anders', EMPLOYEE);
    expect(currentVersion(next)).toMatchObject({ number: 2, createdBy: EMPLOYEE, createdAt: T2 });
    expect(currentVersion(next).editedBy).toBeUndefined();
  });
});

describe('POP approval and versions', () => {
  it.each<[string, (pop: Pop) => Pop, { status: 'concept' | 'goedgekeurd'; versions: number; approvedBy: string[] }]>([
    ['a new plan is a draft version 1 without approvals', (p) => p, { status: 'concept', versions: 1, approvedBy: [] }],
    ['approved by the employee only, it is still a draft', (p) => approve(p, EMPLOYEE), { status: 'concept', versions: 1, approvedBy: ['employee'] }],
    ['approved by the manager only, it is still a draft', (p) => approve(p, MANAGER), { status: 'concept', versions: 1, approvedBy: ['manager'] }],
    ['approved by both, version 1 is approved', approvedByBoth, { status: 'goedgekeurd', versions: 1, approvedBy: ['employee', 'manager'] }],
    ['edited after both approved, it is a version 2 draft without approvals', (p) => edit(approvedByBoth(p), 'Anders'), { status: 'concept', versions: 2, approvedBy: [] }],
    ['edited after one approval, it is a version 2 draft and that approval is void', (p) => edit(approve(p, EMPLOYEE), 'Anders'), { status: 'concept', versions: 2, approvedBy: [] }],
    ['edited before anyone approved, version 1 is changed in place', (p) => edit(p, 'Anders'), { status: 'concept', versions: 1, approvedBy: [] }],
    ['version 2 approved by one, it is still a draft', (p) => approve(edit(approvedByBoth(p), 'Anders'), MANAGER), { status: 'concept', versions: 2, approvedBy: ['manager'] }],
    ['version 2 approved by both, it is approved', (p) => approvedByBoth(edit(approvedByBoth(p), 'Anders')), { status: 'goedgekeurd', versions: 2, approvedBy: ['employee', 'manager'] }],
    ['saved without changes after approval, it stays approved', (p) => edit(approvedByBoth(p), goal.title), { status: 'goedgekeurd', versions: 1, approvedBy: ['employee', 'manager'] }],
  ])('%s', (_name, steps, expected) => {
    const pop = Pop.parse(steps(draft()));
    const current = currentVersion(pop);
    expect({
      status: popStatus(pop),
      versions: pop.versions.length,
      approvedBy: (['employee', 'manager'] as const).filter((role) => current.approvals[role]),
    }).toEqual(expected);
  });

  it('keeps approved version 1 unchanged in the history when version 2 is made', () => {
    const v1 = approvedByBoth(draft());
    const v2 = edit(v1, 'Anders');
    expect(v2.versions[0]).toEqual(v1.versions[0]);
    expect(latestApprovedVersion(v2)?.number).toBe(1);
    expect(latestApprovedVersion(v2)?.goals[0]?.title).toBe(goal.title);
  });

  it('binds each approval to the hash of the content approved', () => {
    const pop = approve(draft(), EMPLOYEE);
    expect(currentVersion(pop).approvals.employee).toEqual({ by: EMPLOYEE, at: T1, contentHash: contentHash([goal]) });
  });

  it.each<[string, () => unknown, PopErrorCode]>([
    ['approving version 1 after version 2 exists', () => approvePop(edit(approvedByBoth(draft()), 'Anders'), { version: 1, contentHash: contentHash([goal]), by: MANAGER, now: T2 }), 'stale-version'],
    ['approving the right number with the hash of other content', () => approvePop(draft(), { version: 1, contentHash: contentHash([{ ...goal, title: 'Anders' }]), by: MANAGER, now: T1 }), 'stale-version'],
    ['approving a draft edited in place since it was shown', () => approvePop(edit(draft(), 'Anders'), { version: 1, contentHash: contentHash([goal]), by: MANAGER, now: T2 }), 'stale-version'],
    ['editing on a version that is no longer the current one', () => revisePop(edit(approvedByBoth(draft()), 'Anders'), { baseVersion: 1, goals: [goal], by: EMPLOYEE, now: T2 }), 'stale-version'],
    ['editing an approved version in place', () => amendVersion(currentVersion(approvedByBoth(draft())), [{ ...goal, title: 'Anders' }], EMPLOYEE, T2), 'version-approved'],
    ['editing in place a version one party approved', () => amendVersion(currentVersion(approve(draft(), MANAGER)), [{ ...goal, title: 'Anders' }], EMPLOYEE, T2), 'version-has-approval'],
    ['approval by another manager', () => approve(draft(), OTHER_MANAGER), 'not-a-party'],
    ['an edit by another manager', () => edit(draft(), 'Anders', OTHER_MANAGER), 'not-a-party'],
    ['a plan started by someone outside it', () => createPop(BASE, [goal], OTHER_MANAGER, T0), 'not-a-party'],
  ])('refuses %s', (_name, run, code) => expect(codeOf(run)).toBe(code));

  it('counts two approvals of the same version by the same person once', () => {
    const once = approve(draft(), EMPLOYEE, T1);
    const twice = approve(once, EMPLOYEE, T2);
    expect(twice).toBe(once);
    expect(currentVersion(twice).approvals.employee?.at).toBe(T1);
  });

  it('refuses a version past the limit, with a typed error', () => {
    let pop = approvedByBoth(draft());
    for (let i = 2; i <= MAX_VERSIONS; i++) pop = approvedByBoth(edit(pop, `Versie ${i}`));
    expect(Pop.parse(pop).versions).toHaveLength(MAX_VERSIONS);
    expect(codeOf(() => edit(pop, 'Een te veel'))).toBe('too-many-versions');
  });

  it('gives the same hash for the same content, whatever the key order or defaults', () => {
    const reordered = Object.fromEntries(Object.entries(goal).reverse()) as PopGoalInput;
    expect(contentHash([reordered])).toBe(contentHash([{ ...goal, routeDetail: '', voortgangsgesprekken: [] }]));
    expect(contentHash([{ ...goal, title: 'Anders' }])).not.toBe(contentHash([goal]));
  });

  describe('the server guard on a whole-record write', () => {
    it.each<[string, (approved: Pop) => Pop, PopErrorCode | undefined]>([
      ['a new version after the approved one', (p) => edit(p, 'Anders'), undefined],
      ['progress on a goal', (p) => recordProgress(p, { goalId: 'g1', status: 'bezig', by: EMPLOYEE, now: T2 }), undefined],
      ['the approved content rewritten', (p) => ({ ...p, versions: [{ ...currentVersion(p), goals: [{ ...currentVersion(p).goals[0]!, title: 'Stiekem' }] }] }), 'version-approved'],
      ['a forged hash on a new version', (p) => ({ ...edit(p, 'Anders'), versions: [...p.versions, { ...currentVersion(edit(p, 'Anders')), contentHash: 'fnv64-0000000000000000' }] }), 'invalid-hash'],
      ['the approved version dropped', (p) => ({ ...p, versions: [{ ...currentVersion(edit(p, 'Anders')), number: 1 }] }), 'version-approved'],
    ])('%s', (_name, change, code) => {
      const approved = approvedByBoth(draft());
      expect(codeOf(() => assertApprovedUnchanged(approved, change(approved)))).toBe(code);
    });
  });

  it.each<[string, (signed: Pop) => Pop, PopErrorCode | undefined]>([
    ['the other party adds their approval', (p) => approve(p, MANAGER), undefined],
    ['the content of the signed version is rewritten', (p) => ({ ...p, versions: [amendVersion({ ...currentVersion(p), approvals: {} }, [{ ...goal, title: 'Stiekem' }], EMPLOYEE, T2)] }), 'version-has-approval'],
    ['the approval is taken away', (p) => ({ ...p, versions: [{ ...currentVersion(p), approvals: {} }] }), 'version-has-approval'],
  ])('guards a version one party approved on a whole-record write: %s', (_name, change, code) => {
    const signed = approve(draft(), EMPLOYEE);
    expect(codeOf(() => assertApprovedUnchanged(signed, change(signed)))).toBe(code);
  });

  describe('progress', () => {
    it('lives beside the versions: status, notes and ticked milestones leave the approval intact', () => {
      const approved = approvedByBoth(draft());
      let pop = recordProgress(approved, { goalId: 'g1', status: 'op-koers', note: 'Eerste gesprek gevoerd', by: EMPLOYEE, now: T2 });
      pop = recordProgress(pop, { goalId: 'g1', milestone: { id: 'm1', done: true }, by: MANAGER, now: T2 });
      expect(pop.versions).toEqual(approved.versions);
      expect(popStatus(pop)).toBe('goedgekeurd');
      expect(Pop.parse(pop).progress).toEqual([
        {
          goalId: 'g1',
          status: 'op-koers',
          notes: [{ at: T2, by: EMPLOYEE, text: 'Eerste gesprek gevoerd' }],
          milestonesDone: [{ milestoneId: 'm1', at: T2, by: MANAGER }],
          updatedAt: T2,
        },
      ]);
    });

    it('unticks a milestone and keeps the status when only a note is added', () => {
      let pop = recordProgress(draft(), { goalId: 'g1', status: 'hulp-nodig', milestone: { id: 'm1', done: true }, by: EMPLOYEE, now: T1 });
      pop = recordProgress(pop, { goalId: 'g1', milestone: { id: 'm1', done: false }, note: 'Toch nog niet', by: EMPLOYEE, now: T2 });
      expect(pop.progress[0]).toMatchObject({ status: 'hulp-nodig', milestonesDone: [], notes: [{ text: 'Toch nog niet' }] });
    });

    it('refuses progress for more goal ids than a plan keeps, with a typed error', () => {
      const full: Pop = {
        ...draft(),
        progress: Array.from({ length: MAX_PROGRESS_GOALS }, (_, i) => ({ goalId: `old${i}`, status: 'afgerond' as const, notes: [], milestonesDone: [], updatedAt: T0 })),
      };
      expect(codeOf(() => recordProgress(full, { goalId: 'g1', status: 'bezig', by: EMPLOYEE, now: T1 }))).toBe('progress-full');
    });

    it('carries over to a revised version, since goal ids are stable', () => {
      const pop = edit(recordProgress(approvedByBoth(draft()), { goalId: 'g1', status: 'bezig', by: EMPLOYEE, now: T1 }), 'Anders');
      expect(pop.progress.map((p) => p.status)).toEqual(['bezig']);
    });

    it('takes progress made on an older version whose goal still reads the same', () => {
      // Version 2 adds a second goal; g1 is untouched, so a card showing version 1 is still right about it.
      const v1 = approvedByBoth(draft());
      const v2 = revisePop(v1, { baseVersion: 1, goals: [goal, { ...goal, id: 'g2', title: 'Tweede doel' }], by: MANAGER, now: T1 });
      const pop = recordProgress(v2, { goalId: 'g1', status: 'bezig', seenVersion: 1, by: EMPLOYEE, now: T2 });
      expect(pop.progress.map((p) => [p.goalId, p.status])).toEqual([['g1', 'bezig']]);
    });

    it.each<[string, (approved: Pop) => Pop, number]>([
      ['its content changed in a later version', (p) => edit(p, 'Anders'), 1],
      ['it is gone from the current version', (p) => revisePop(p, { baseVersion: 1, goals: [{ ...goal, id: 'g2' }], by: EMPLOYEE, now: T1 }), 1],
      ['the version seen does not exist', (p) => p, 7],
    ])('refuses progress on a goal as seen before %s (goal-changed)', (_name, change, seenVersion) => {
      const pop = change(approvedByBoth(draft()));
      expect(codeOf(() => recordProgress(pop, { goalId: 'g1', status: 'afgerond', seenVersion, by: EMPLOYEE, now: T2 }))).toBe('goal-changed');
    });

    it.each<[string, Parameters<typeof recordProgress>[1], PopErrorCode]>([
      ['a goal that is not in the current version', { goalId: 'nope', status: 'bezig', by: EMPLOYEE, now: T1 }, 'unknown-goal'],
      ['a milestone the goal does not have', { goalId: 'g1', milestone: { id: 'nope', done: true }, by: EMPLOYEE, now: T1 }, 'unknown-milestone'],
      ['progress from someone outside the plan', { goalId: 'g1', status: 'afgerond', by: OTHER_MANAGER, now: T1 }, 'not-a-party'],
    ])('refuses progress on %s', (_name, update, code) => expect(codeOf(() => recordProgress(draft(), update))).toBe(code));
  });
});
