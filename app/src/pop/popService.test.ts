import {
  ConcurrencyError,
  NotFoundError,
  PopError,
  checkSmart,
  type Person,
  type Pop,
  type PopResponse,
  type PopService,
} from '@koers/domain';
import { createOutbox } from '../outbox/outbox';
import { HENDRIKS_TENANT_ID, SAMPLE_PEOPLE, seedSampleData } from '../sample';
import { createMemoryStores } from '../testing/memoryStores';
import { noticesAbout } from '../testing/outboxNotices';
import { conversationWithAgreements, jsonRenderer, renderedInput, smartGoal } from '../testing/popFixtures';
import { createPopService, type PopServiceOptions } from './popService';

const randomUUID = () => globalThis.crypto.randomUUID();

const NOW = new Date('2026-12-01T09:00:00.000Z');
const { jeroen, linda, ahmed, noor, fatima, sanne, an } = SAMPLE_PEOPLE;

const stores = createMemoryStores();

/**
 * The use case with the real outbox. `chatDown`: sending at once fails (the outbox logs it and the
 * notice waits for the dispatcher's next run); otherwise no dispatcher runs here at all.
 */
function setUp(overrides: Partial<PopServiceOptions> & { chatDown?: boolean } = {}) {
  const { chatDown, ...options } = overrides;
  const writes: Pop[] = [];
  const warnings: unknown[][] = [];
  const clock = { now: () => NOW };
  const log = { warn: (...args: unknown[]) => void warnings.push(args) };
  const dispatcher = chatDown ? { deliverNow: () => Promise.reject(new Error('Bot Connector unavailable')) } : undefined;
  const service: PopService = createPopService({
    stores,
    clock,
    outbox: createOutbox({ stores, clock, ...(dispatcher ? { dispatcher } : {}), log }),
    renderAgreementsPdf: jsonRenderer,
    afterWrite: async (pop) => void writes.push(pop),
    log,
    ...options,
  });
  return { service, writes, warnings };
}

/** What the outbox holds about one plan, as event and recipient. */
const told = async (popId: string) => (await noticesAbout(stores, HENDRIKS_TENANT_ID, popId, NOW)).map(({ event, recipientId }) => ({ event, recipientId }));

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PopError) return error.code;
    if (error instanceof Error) return error.name;
  }
  return 'resolved';
}

/** A plan for Ahmed (manager Jeroen) with one SMART goal, made by Jeroen. */
async function ahmedsPlan(service: PopService): Promise<PopResponse> {
  return service.create(jeroen, { employeeId: ahmed.id, requestId: randomUUID(), goals: [smartGoal('g1', ahmed.id)] });
}

async function approveCurrent(service: PopService, who: Person, plan: PopResponse): Promise<PopResponse> {
  return service.approve(who, plan.pop.id, { version: plan.current.number, contentHash: plan.current.contentHash });
}

async function stored(plan: PopResponse) {
  return stores.pops.get(plan.pop.tenantId, plan.pop.employeeId, plan.pop.id);
}

beforeAll(async () => {
  await seedSampleData(stores, NOW);
});

describe('starting a plan', () => {
  it("drafts version 1 from the conversation's Afspraken cards, once, whoever of the two starts it", async () => {
    const { service, writes } = setUp();
    const conversation = await conversationWithAgreements(stores, ahmed, jeroen, ['Scrum-certificaat halen', 'Meelopen met de planning']);

    const [first, second] = await Promise.all([
      service.create(ahmed, { employeeId: ahmed.id, conversationId: conversation.id, requestId: randomUUID() }),
      service.create(jeroen, { employeeId: ahmed.id, conversationId: conversation.id, requestId: randomUUID() }),
    ]);

    expect([first.created, second.created].sort()).toEqual([false, true]);
    expect(first.pop.id).toBe(`pop-${conversation.id}`);
    expect(second.pop.id).toBe(first.pop.id);
    expect(first.pop).toMatchObject({ employeeId: ahmed.id, managerId: jeroen.id, conversationId: conversation.id });
    expect(first.current.goals.map((g) => g.title)).toEqual(['Scrum-certificaat halen', 'Meelopen met de planning']);
    expect(first.status).toBe('concept');
    expect(first.role).toBe('employee');
    expect(second.role).toBe('manager');
    // The drafted goals are not SMART yet: the check says what the two still have to agree.
    expect(checkSmart(first.current.goals[0]!, { today: '2026-12-01' }).map((f) => f.code)).toContain('no-criterion');
    expect(writes.map((p) => p.id)).toEqual([first.pop.id]);

    const replay = await service.create(jeroen, { employeeId: ahmed.id, conversationId: conversation.id, requestId: randomUUID() });
    expect(replay).toMatchObject({ created: false, etag: (await stored(first))?.etag });
  });

  it('carries the path and course a card was made from into the goal, with what the course costs Sanne as a monteur', async () => {
    const { service } = setUp();
    const conversation = await conversationWithAgreements(stores, sanne, linda, [
      { text: 'Opleiding tot werkvoorbereider', link: { targetFunctionId: 'werkvoorbereider', learningItemId: 'werkvoorbereiding-ew' } },
      { text: 'F-gassen op tijd verlengen', link: { learningItemId: 'f-gassen-cat1' } },
    ]);

    const plan = await service.create(linda, { employeeId: sanne.id, conversationId: conversation.id, requestId: randomUUID() });

    const [path, certificate] = plan.current.goals;
    expect(path).toMatchObject({
      title: 'Opleiding tot werkvoorbereider',
      targetFunctionId: 'werkvoorbereider',
      targetFunctionName: 'Werkvoorbereider',
      learning: [{ id: 'werkvoorbereiding-ew', title: 'Werkvoorbereider E&W', hours: 80, costEuro: 1200, fund: 'O&O-fonds installatietechniek', requiredForJob: false }],
    });
    // A monteur must hold F-gassen: the course is free for Sanne and in working time.
    expect(certificate?.learning).toEqual([expect.objectContaining({ id: 'f-gassen-cat1', requiredForJob: true })]);
    expect(checkSmart(certificate!, { today: '2026-12-01' }).map((f) => f.code)).toContain('required-training-in-working-time');
  });

  it('starts a plan without a conversation from the given goals, idempotent by requestId', async () => {
    const { service } = setUp();
    const requestId = randomUUID();
    const body = { employeeId: ahmed.id, requestId, goals: [smartGoal('g1', ahmed.id)] };

    const created = await service.create(ahmed, body);
    const again = await service.create(ahmed, body);

    expect(created).toMatchObject({ created: true, employee: { displayName: 'Ahmed Yilmaz' }, manager: { displayName: 'Jeroen Hendriks' } });
    expect(created.pop.id).toBe(requestId);
    expect(again).toMatchObject({ created: false, etag: created.etag });
    expect(created.pop.conversationId).toBeUndefined();
  });

  it('lets only the employee and their manager start one; a conversation of others is not found', async () => {
    const { service } = setUp();
    const theirs = await conversationWithAgreements(stores, sanne, linda, ['Storingscursus']);
    for (const outsider of [noor, fatima, linda, an]) {
      await expect(service.create(outsider, { employeeId: ahmed.id, requestId: randomUUID() })).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(service.create(jeroen, { employeeId: ahmed.id, conversationId: theirs.id, requestId: randomUUID() })).rejects.toBeInstanceOf(NotFoundError);
    // Jeroen has no manager in Koers: a plan of his own has nobody to agree it with.
    expect(await codeOf(service.create(jeroen, { employeeId: jeroen.id, requestId: randomUUID() }))).toBe('no-manager');
  });
});

describe('who sees a plan', () => {
  it('shows it to the employee and the manager only; HR, other managers, colleagues and other tenants get 404 on everything', async () => {
    const { service } = setUp();
    const plan = await approveCurrent(service, ahmed, await ahmedsPlan(service));
    const before = await stored(plan);

    expect((await service.get(ahmed, plan.pop.id)).role).toBe('employee');
    expect((await service.get(jeroen, plan.pop.id)).role).toBe('manager');

    const v = { version: plan.current.number, contentHash: plan.current.contentHash };
    for (const outsider of [fatima, linda, noor, an]) {
      const attempts: (() => Promise<unknown>)[] = [
        () => service.get(outsider, plan.pop.id),
        () => service.list(outsider, ahmed.id),
        () => service.revise(outsider, plan.pop.id, { baseVersion: 1, goals: [] }, plan.etag),
        () => service.approve(outsider, plan.pop.id, v),
        () => service.recordProgress(outsider, plan.pop.id, { goalId: 'g1', note: 'Gezien' }),
        () => service.agreementsPdf(outsider, plan.pop.id, 1),
      ];
      for (const attempt of attempts) expect([outsider.displayName, await codeOf(attempt())]).toEqual([outsider.displayName, 'NotFoundError']);
    }
    expect((await stored(plan))?.etag).toBe(before?.etag);
  });

  it("lists an employee's plans newest first to them and their manager", async () => {
    const later = setUp({ clock: { now: () => new Date('2026-12-02T09:00:00.000Z') } });
    const { service } = setUp();
    const older = await service.create(noor, { employeeId: noor.id, requestId: randomUUID(), goals: [] });
    const newer = await later.service.create(jeroen, { employeeId: noor.id, requestId: randomUUID(), goals: [smartGoal('g1', noor.id, 'Teamoverleg voorzitten')] });

    const mine = await service.list(noor, noor.id);
    expect(mine.employee.displayName).toBe(noor.displayName);
    expect(mine.pops.map((p) => p.id)).toEqual([newer.pop.id, older.pop.id]);
    expect(mine.pops[0]).toMatchObject({ status: 'concept', currentVersion: 1, goalTitles: ['Teamoverleg voorzitten'] });
    expect((await service.list(jeroen, noor.id)).pops).toHaveLength(2);
  });
});

describe('approving', () => {
  it('needs both: the first approval tells the other, the second makes it approved; a replay tells nobody', async () => {
    const { service, writes } = setUp();
    const plan = await ahmedsPlan(service);

    const byAhmed = await approveCurrent(service, ahmed, plan);
    expect(byAhmed.status).toBe('concept');
    const byBoth = await approveCurrent(service, jeroen, byAhmed);
    expect(byBoth.status).toBe('goedgekeurd');
    expect(byBoth.latestApprovedVersion).toBe(1);
    const replay = await approveCurrent(service, jeroen, byBoth);
    expect(replay.etag).toBe(byBoth.etag);

    // Ahmed first: Jeroen hears it is his turn; Jeroen second: both hear the plan is agreed.
    expect(await told(plan.pop.id)).toEqual(
      expect.arrayContaining([
        { event: 'pop-approved', recipientId: jeroen.id },
        { event: 'pop-agreed', recipientId: ahmed.id },
        { event: 'pop-agreed', recipientId: jeroen.id },
      ]),
    );
    expect(await told(plan.pop.id)).toHaveLength(3);
    expect(writes).toHaveLength(3);
  });

  it('counts two parallel approvals of the same version by one person once', async () => {
    const { service } = setUp();
    const plan = await ahmedsPlan(service);

    const results = await Promise.all([approveCurrent(service, jeroen, plan), approveCurrent(service, jeroen, plan)]);

    expect(results.map((r) => r.current.approvals.manager?.by)).toEqual([jeroen.id, jeroen.id]);
    expect(await told(plan.pop.id)).toEqual([{ event: 'pop-approved', recipientId: ahmed.id }]);
  });

  it('keeps both when the employee and the manager approve at the same moment', async () => {
    const { service } = setUp();
    const plan = await ahmedsPlan(service);

    await Promise.all([approveCurrent(service, ahmed, plan), approveCurrent(service, jeroen, plan)]);

    const after = await service.get(ahmed, plan.pop.id);
    expect(after.status).toBe('goedgekeurd');
    // Whichever write came second completed the plan: both hear it is agreed (a "your turn" from
    // the first may also wait in the outbox; the dispatcher drops it, since both approved).
    const events = await told(plan.pop.id);
    expect(events.filter((t) => t.event === 'pop-agreed').map((t) => t.recipientId).sort()).toEqual([ahmed.id, jeroen.id].sort());
  });

  it('voids one approval by an edit (version 2, both again) and refuses approving the version that was shown before (412)', async () => {
    const { service } = setUp();
    const plan = await approveCurrent(service, ahmed, await ahmedsPlan(service));

    const edited = await service.revise(jeroen, plan.pop.id, { baseVersion: 1, goals: [smartGoal('g1', ahmed.id, 'Drie offertes zelfstandig opstellen')] }, plan.etag);

    expect(edited.current.number).toBe(2);
    expect(edited.current.approvals).toEqual({});
    expect(edited.status).toBe('concept');
    expect(edited.pop.versions[0]?.approvals.employee?.by).toBe(ahmed.id);
    expect(await codeOf(approveCurrent(service, jeroen, plan))).toBe('stale-version');
    expect((await stored(plan))?.etag).toBe(edited.etag);
  });

  it('never changes an approved version: an edit becomes version 2 and version 1 stays as signed', async () => {
    const { service } = setUp();
    const created = await ahmedsPlan(service);
    const approved = await approveCurrent(service, jeroen, await approveCurrent(service, ahmed, created));
    const signed = approved.pop.versions[0];

    const edited = await service.revise(ahmed, approved.pop.id, { baseVersion: 1, goals: [smartGoal('g1', ahmed.id, 'Iets anders')] }, approved.etag);

    expect(edited.pop.versions[0]).toEqual(signed);
    expect(edited.latestApprovedVersion).toBe(1);
    expect(edited.current.number).toBe(2);
    // Saving the same content again writes nothing and voids nothing.
    const same = await service.revise(ahmed, approved.pop.id, { baseVersion: 2, goals: [smartGoal('g1', ahmed.id, 'Iets anders')] }, edited.etag);
    expect(same.etag).toBe(edited.etag);
  });

  it('approves through a chat outage: the notice waits in the outbox, and the log names no one', async () => {
    const { service, warnings } = setUp({ chatDown: true });
    const plan = await ahmedsPlan(service);
    const approved = await approveCurrent(service, jeroen, plan);
    expect(approved.current.approvals.manager?.by).toBe(jeroen.id);
    expect(await noticesAbout(stores, HENDRIKS_TENANT_ID, plan.pop.id, NOW)).toEqual([{ event: 'pop-approved', recipientId: ahmed.id, state: 'due' }]);
    expect(JSON.stringify(warnings)).toContain('notice not sent at once');
    expect(JSON.stringify(warnings)).not.toContain('Ahmed');
  });
});

describe('revising', () => {
  it('refuses a stale etag and a stale base version, and stores nothing', async () => {
    const { service } = setUp();
    const plan = await ahmedsPlan(service);
    const moved = await service.revise(ahmed, plan.pop.id, { baseVersion: 1, goals: [smartGoal('g1', ahmed.id, 'Nieuwe titel')] }, plan.etag);

    await expect(service.revise(jeroen, plan.pop.id, { baseVersion: 1, goals: [] }, plan.etag)).rejects.toBeInstanceOf(ConcurrencyError);
    await approveCurrent(service, ahmed, moved);
    const now = await service.get(jeroen, plan.pop.id);
    const v2 = await service.revise(jeroen, plan.pop.id, { baseVersion: 1, goals: [smartGoal('g2', ahmed.id)] }, now.etag);
    expect(v2.current.number).toBe(2);
    expect(await codeOf(service.revise(ahmed, plan.pop.id, { baseVersion: 1, goals: [] }, v2.etag))).toBe('stale-version');
    expect((await stored(plan))?.etag).toBe(v2.etag);
  });
});

describe('progress', () => {
  it('keeps two notes written at the same moment, and never touches the agreement', async () => {
    const { service } = setUp();
    const approved = await approveCurrent(service, jeroen, await approveCurrent(service, ahmed, await ahmedsPlan(service)));

    await Promise.all([
      service.recordProgress(ahmed, approved.pop.id, { goalId: 'g1', note: 'Eerste offertegesprek meegelopen' }),
      service.recordProgress(jeroen, approved.pop.id, { goalId: 'g1', note: 'Goed bezig', milestone: { id: 'm1', done: true } }),
    ]);

    const after = await service.get(ahmed, approved.pop.id);
    expect(after.progress[0]?.notes.map((n) => n.text).sort()).toEqual(['Eerste offertegesprek meegelopen', 'Goed bezig']);
    expect(after.progress[0]?.milestonesDone.map((m) => m.milestoneId)).toEqual(['m1']);
    expect(after.pop.versions).toEqual(approved.pop.versions);
    expect(after.status).toBe('goedgekeurd');
  });

  it('keeps all 50 notes written at the same moment, and nobody is told to try again', async () => {
    const { service } = setUp();
    const plan = await ahmedsPlan(service);

    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) => service.recordProgress(i % 2 === 0 ? ahmed : jeroen, plan.pop.id, { goalId: 'g1', note: `Notitie ${i + 1}` })),
    );

    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const after = await service.get(ahmed, plan.pop.id);
    expect(after.progress[0]?.notes).toHaveLength(50);
    expect(new Set(after.progress[0]?.notes.map((n) => n.text)).size).toBe(50);
  });

  it("tells the manager once when the employee asks for help, not when the manager sets it or it stays so", async () => {
    const { service, writes } = setUp();
    const plan = await ahmedsPlan(service);

    await service.recordProgress(ahmed, plan.pop.id, { goalId: 'g1', status: 'hulp-nodig', note: 'Ik loop vast op de calculatie' });
    await service.recordProgress(ahmed, plan.pop.id, { goalId: 'g1', status: 'hulp-nodig', note: 'Nog steeds' });
    await service.recordProgress(jeroen, plan.pop.id, { goalId: 'g1', status: 'bezig' });
    await service.recordProgress(jeroen, plan.pop.id, { goalId: 'g1', status: 'hulp-nodig' });

    expect(await told(plan.pop.id)).toEqual([{ event: 'help-needed', recipientId: jeroen.id }]);
    expect(writes).toHaveLength(5);
  });

  it('refuses progress sent for a goal as it read before it changed (goal-changed), and takes it for an unchanged one', async () => {
    const { service } = setUp();
    const approved = await approveCurrent(service, jeroen, await approveCurrent(service, ahmed, await ahmedsPlan(service)));
    const v2 = await service.revise(jeroen, approved.pop.id, { baseVersion: 1, goals: [smartGoal('g1', ahmed.id, 'Vier offertes'), smartGoal('g2', ahmed.id, 'Cursus calculatie')] }, approved.etag);

    expect(await codeOf(service.recordProgress(ahmed, v2.pop.id, { goalId: 'g1', status: 'afgerond', seenVersion: 1 }))).toBe('goal-changed');
    expect(await codeOf(service.recordProgress(ahmed, v2.pop.id, { goalId: 'g2', status: 'bezig', seenVersion: 1 }))).toBe('goal-changed');
    expect((await stored(v2))?.etag).toBe(v2.etag);
    const fine = await service.recordProgress(ahmed, v2.pop.id, { goalId: 'g1', status: 'bezig', seenVersion: 2 });
    expect(fine.progress.map((p) => p.status)).toEqual(['bezig']);
  });

  it('refuses a goal or milestone the plan does not have', async () => {
    const { service } = setUp();
    const plan = await ahmedsPlan(service);
    expect(await codeOf(service.recordProgress(ahmed, plan.pop.id, { goalId: 'nope', status: 'bezig' }))).toBe('unknown-goal');
    expect(await codeOf(service.recordProgress(ahmed, plan.pop.id, { goalId: 'g1', milestone: { id: 'nope', done: true } }))).toBe('unknown-milestone');
  });
});

describe('the agreements PDF', () => {
  it('is made from an approved version with the organisation, both people and the caller locale', async () => {
    const { service } = setUp();
    const approved = await approveCurrent(service, jeroen, await approveCurrent(service, ahmed, await ahmedsPlan(service)));

    const input = renderedInput(await service.agreementsPdf(ahmed, approved.pop.id, 1));

    expect(input).toMatchObject({
      organisationName: 'Installatiebedrijf Hendriks B.V.',
      timeZone: 'Europe/Amsterdam',
      locale: 'nl-NL',
      generatedAt: NOW.toISOString(),
      employee: { displayName: 'Ahmed Yilmaz' },
      manager: { displayName: 'Jeroen Hendriks' },
      version: { number: 1, approvals: { employee: { by: ahmed.id }, manager: { by: jeroen.id } } },
    });
    expect(input.pop.id).toBe(approved.pop.id);
    expect(input.employee).not.toHaveProperty('birthYear');
  });

  it("follows the caller's own language, and is Dutch in a Flemish organisation whatever the caller chose", async () => {
    const { service } = setUp();
    const approved = await approveCurrent(service, jeroen, await approveCurrent(service, ahmed, await ahmedsPlan(service)));
    expect(renderedInput(await service.agreementsPdf({ ...ahmed, chosenLocale: 'en-GB' }, approved.pop.id, 1)).locale).toBe('en-GB');

    const { wout } = SAMPLE_PEOPLE;
    const flemish = await service.create(an, { employeeId: wout.id, requestId: randomUUID(), goals: [smartGoal('g1', wout.id)] });
    const agreed = await approveCurrent(service, an, await approveCurrent(service, wout, flemish));
    expect(renderedInput(await service.agreementsPdf({ ...wout, chosenLocale: 'en-GB' }, agreed.pop.id, 1)).locale).toBe('nl-BE');
  });

  it("carries a Belgian employee's Federale Leerrekening of this year as HR recorded it, and none in a Dutch organisation", async () => {
    const { service } = setUp();
    const { wout } = SAMPLE_PEOPLE;
    const flemish = await service.create(an, { employeeId: wout.id, requestId: randomUUID(), goals: [smartGoal('g1', wout.id)] });
    const agreed = await approveCurrent(service, an, await approveCurrent(service, wout, flemish));
    expect(renderedInput(await service.agreementsPdf(wout, agreed.pop.id, 1)).trainingRight).toEqual({ year: 2026, rightDays: 5, usedDays: 2, leftDays: 3 });

    const dutch = await approveCurrent(service, jeroen, await approveCurrent(service, ahmed, await ahmedsPlan(service)));
    expect(renderedInput(await service.agreementsPdf(ahmed, dutch.pop.id, 1))).not.toHaveProperty('trainingRight');
  });

  it('does not exist for a draft (not-approved) or a version that was never made (404)', async () => {
    const { service } = setUp();
    const plan = await approveCurrent(service, ahmed, await ahmedsPlan(service));
    expect(await codeOf(service.agreementsPdf(jeroen, plan.pop.id, 1))).toBe('not-approved');
    expect(await codeOf(service.agreementsPdf(jeroen, plan.pop.id, 2))).toBe('NotFoundError');
  });
});

describe('the afterWrite hook', () => {
  it('runs after each write and never fails the request', async () => {
    const { service, warnings } = setUp({ afterWrite: () => Promise.reject(new Error('scheduler down')) });
    const plan = await ahmedsPlan(service);
    const approved = await approveCurrent(service, ahmed, plan);
    expect(approved.current.approvals.employee?.by).toBe(ahmed.id);
    expect(warnings.filter((w) => String(w[0]).includes('afterWrite'))).toHaveLength(2);
  });
});
