import { randomUUID } from 'node:crypto';
import { InvocationContext, type Timer } from '@azure/functions';
import { createReminderDefaultsService, SAMPLE_PEOPLE, sampleActor } from '@koers/app';
import { MeResponse, Problem } from '@koers/contracts';
import { PopResponse, ReminderDefaultsResponse, ReminderPreferencesResponse, withReminderDefaults } from '@koers/domain';
import { createDispatchStore } from '../cosmos/repositories/dispatch';
import { jsonRenderer, smartGoal } from '../pop/__tests__/popKit';
import { useLocalStack } from '../testing/localStack';
import { pendingGoalReminders } from './__tests__/goalKit';

const { jeroen, ahmed, noor, fatima, an } = SAMPLE_PEOPLE;
const stack = useLocalStack({ adapters: { agreementsPdf: jsonRenderer } });
const PATH = '/organisation/reminder-defaults';

async function call(who: { email: string }, path: string, init: { method?: string; body?: unknown; raw?: string; ifMatch?: string } = {}): Promise<Response> {
  const hasBody = init.body !== undefined || init.raw !== undefined;
  return stack.current().api(path, {
    method: init.method ?? 'GET',
    token: await stack.current().tokenFor(who.email),
    headers: { ...(hasBody ? { 'content-type': 'application/json' } : {}), ...(init.ifMatch ? { 'if-match': init.ifMatch } : {}) },
    body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
}

async function ok<T>(response: Response, schema: { parse(value: unknown): T }, status = 200): Promise<T> {
  if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${await response.text()}`);
  return schema.parse(await response.json());
}

async function problem(response: Response, status: number): Promise<Problem> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return Problem.parse(await response.json());
}

/** An employee's plan with one goal (milestone 1 March 2027, deadline June 2027), agreed by both. */
async function agreedPlan(employee: { id: string; email: string }): Promise<PopResponse> {
  const plan = await ok(await call(jeroen, '/pops', { method: 'POST', body: { employeeId: employee.id, requestId: randomUUID(), goals: [smartGoal('g1', employee.id)] } }), PopResponse, 201);
  const body = { version: plan.current.number, contentHash: plan.current.contentHash };
  await ok(await call(employee, `/pops/${plan.pop.id}/approve`, { method: 'POST', body }), PopResponse);
  return ok(await call(jeroen, `/pops/${plan.pop.id}/approve`, { method: 'POST', body }), PopResponse);
}

async function pending(plan: PopResponse) {
  const { stores, database } = stack.current();
  return pendingGoalReminders(stores, createDispatchStore(database), plan.pop);
}

/** The cadences (in days) the plan's pending check-ins were planned at; none pending is a failure here. */
async function checkInCadences(plan: PopResponse): Promise<Set<number | undefined>> {
  const checkIns = (await pending(plan)).filter((r) => r.about.what === 'check-in');
  expect(checkIns.length).toBeGreaterThan(1);
  return new Set(checkIns.map((r) => r.about.everyDays));
}

async function storedOrg() {
  return (await stack.current().stores.organisations.get(fatima.tenantId))?.value;
}

describe("the organisation's reminder defaults over HTTP", () => {
  it('lets HR read them with their ETag: a monthly check-in, a week and a day before, the digest after two periods', async () => {
    const response = await call(fatima, PATH);
    const body = await ok(response, ReminderDefaultsResponse);
    expect(body.defaults).toEqual({ checkInCadenceDays: 30, reminderDaysBefore: [7, 1], digestStaleCadences: 2 });
    expect(response.headers.get('etag')).toBe(body.etag);
  });

  it.each([
    ['an employee', ahmed],
    ['a manager (the director)', jeroen],
  ] as const)('refuses %s with 403 hr-only in Dutch and English, reading or writing, and changes nothing', async (_label, who) => {
    const before = await storedOrg();
    const read = await problem(await call(who, PATH), 403);
    expect(read.code).toBe('hr-only');
    expect(read.messages.nl).toBe('Alleen HR kan de instellingen van de organisatie bekijken en wijzigen.');
    expect(read.messages.en).toBe("Only HR can view and change the organisation's settings.");
    const etag = (await ok(await call(fatima, PATH), ReminderDefaultsResponse)).etag;
    const write = await problem(await call(who, PATH, { method: 'PUT', ifMatch: etag, body: { checkInCadenceDays: 7, reminderDaysBefore: [1], digestStaleCadences: 1 } }), 403);
    expect(write.code).toBe('hr-only');
    expect(await storedOrg()).toEqual(before);
  });

  it('needs If-Match (428), refuses a stale one (412) and bad values with the field (400), and keeps the settings whole', async () => {
    const before = await storedOrg();
    const { etag } = await ok(await call(fatima, PATH), ReminderDefaultsResponse);
    const good = { checkInCadenceDays: 30, reminderDaysBefore: [7, 1], digestStaleCadences: 2 };
    expect((await problem(await call(fatima, PATH, { method: 'PUT', body: good }), 428)).code).toBe('precondition-required');
    expect((await problem(await call(fatima, PATH, { method: 'PUT', body: good, ifMatch: '"not-the-etag"' }), 412)).code).toBe('stale-write');
    const bad: [unknown, string][] = [
      [{ ...good, checkInCadenceDays: 3 }, 'checkInCadenceDays'],
      [{ ...good, checkInCadenceDays: 'monthly' }, 'checkInCadenceDays'],
      [{ ...good, reminderDaysBefore: [7, 7] }, 'reminderDaysBefore'],
      [{ ...good, reminderDaysBefore: [0] }, 'reminderDaysBefore.0'],
      [{ ...good, digestStaleCadences: 0 }, 'digestStaleCadences'],
      [{ checkInCadenceDays: 14 }, 'reminderDaysBefore'],
    ];
    for (const [body, field] of bad) {
      const refused = await problem(await call(fatima, PATH, { method: 'PUT', body, ifMatch: etag }), 400);
      expect(refused.errors?.map((e) => e.path)).toContain(field);
    }
    expect((await problem(await call(fatima, PATH, { method: 'PUT', raw: '{"checkInCadenceDays":', ifMatch: etag }), 400)).code).toBe('bad-json');
    expect(await storedOrg()).toEqual(before);
  });

  it('keeps another tenant apart: An (HR at Peeters) sees and changes only her own organisation', async () => {
    const hendriks = await storedOrg();
    const peeters = await ok(await call(an, PATH), ReminderDefaultsResponse);
    const saved = await ok(await call(an, PATH, { method: 'PUT', ifMatch: peeters.etag, body: { ...peeters.defaults, digestStaleCadences: 3 } }), ReminderDefaultsResponse);
    expect(saved.defaults.digestStaleCadences).toBe(3);
    expect(await storedOrg()).toEqual(hendriks);
  });

  it('re-plans the future reminders of every agreed plan at once; a plan with its own cadence keeps it', async () => {
    const ahmeds = await agreedPlan(ahmed);
    const noors = await agreedPlan(noor);
    await ok(await call(noor, `/pops/${noors.pop.id}/reminders`, { method: 'PUT', body: { cadenceDays: 60 } }), ReminderPreferencesResponse);
    expect(await checkInCadences(ahmeds)).toEqual(new Set([30]));
    expect((await pending(ahmeds)).filter((r) => r.about.what === 'milestone').map((r) => r.about.daysBefore)).toEqual([7, 1]);

    const { etag, defaults } = await ok(await call(fatima, PATH), ReminderDefaultsResponse);
    const response = await call(fatima, PATH, { method: 'PUT', ifMatch: etag, body: { ...defaults, checkInCadenceDays: 14, reminderDaysBefore: [1, 14] } });
    const saved = await ok(response, ReminderDefaultsResponse);
    expect(saved.defaults).toEqual({ checkInCadenceDays: 14, reminderDaysBefore: [14, 1], digestStaleCadences: 2 });
    expect(saved.etag).not.toBe(etag);
    expect(response.headers.get('etag')).toBe(saved.etag);
    expect(saved.rescheduledPlans).toBeGreaterThanOrEqual(2);
    expect(saved.pendingPlans).toBeUndefined();

    // Ahmed follows the organisation: fortnightly now, and 14 and 1 days before his milestone.
    expect(await checkInCadences(ahmeds)).toEqual(new Set([14]));
    expect((await pending(ahmeds)).filter((r) => r.about.what === 'milestone').map((r) => r.about.daysBefore)).toEqual([14, 1]);
    // Noor chose every 60 days for her plan: that stays, the new days before apply to her too.
    expect(await checkInCadences(noors)).toEqual(new Set([60]));
    expect((await pending(noors)).filter((r) => r.about.what === 'deadline').map((r) => r.about.daysBefore)).toEqual([14, 1]);

    // The rest of the settings is as it was; everyone's POP page knows the new default.
    const org = await storedOrg();
    expect(org).toMatchObject({ name: 'Installatiebedrijf Hendriks B.V.', locale: 'nl-NL', timeZone: 'Europe/Amsterdam', checkInCadenceDays: 14 });
    expect(org?.holidaySettings).toEqual({ country: 'NL', agreementDays: [], closingPeriods: [] });
    expect((await ok(await call(ahmed, '/me'), MeResponse)).organisation.checkInCadenceDays).toBe(14);
    // The old ETag is spent.
    expect((await problem(await call(fatima, PATH, { method: 'PUT', ifMatch: etag, body: saved.defaults }), 412)).code).toBe('stale-write');
  });

  it('completes a re-planning that was cut off after the write, in the nightly renewal', async () => {
    const ahmeds = await agreedPlan(ahmed);
    const { stores } = stack.current();
    const stored = await stack.current().stores.organisations.get(fatima.tenantId);
    if (!stored) throw new Error('no organisation');
    // The settings are written but no plan was re-planned (the process died right after the write).
    await stores.organisations.replace(withReminderDefaults(stored.value, { checkInCadenceDays: 91, reminderDaysBefore: [7], digestStaleCadences: 2 }), stored.etag);
    expect(await checkInCadences(ahmeds)).not.toEqual(new Set([91]));

    const timer = stack.current().app.table.timers.find((t) => t.name === 'planReminderRenewal');
    if (!timer) throw new Error('no renewal timer');
    const logs: unknown[][] = [];
    await timer.handler({ isPastDue: false, scheduleStatus: undefined } as unknown as Timer, new InvocationContext({ functionName: timer.name, logHandler: (_level, ...args) => logs.push(args) }));
    expect(await checkInCadences(ahmeds)).toEqual(new Set([91]));
    expect((await pending(ahmeds)).filter((r) => r.about.what !== 'check-in').map((r) => r.about.daysBefore)).toEqual([7, 7]);
    expect(logs.some((args) => args[0] === 'plan reminders renewed')).toBe(true);
  });

  it('re-plans a large organisation only as long as a request may take, says how many plans are left, and the nightly renewal does them', async () => {
    const ahmeds = await agreedPlan(ahmed);
    const { stores, database } = stack.current();
    const deps = { stores, dispatch: createDispatchStore(database), clock: { now: () => new Date() } };
    // A wall clock that moves a second per look: the budget of 1.5 s allows exactly one plan.
    let ms = 0;
    const service = createReminderDefaultsService(deps, { rescheduleBudgetMs: 1_500, elapsed: () => (ms += 1_000) });
    const current = await service.get(sampleActor(fatima));
    const cadence = current.defaults.checkInCadenceDays === 21 ? 28 : 21;

    const saved = await service.set(sampleActor(fatima), { ...current.defaults, checkInCadenceDays: cadence }, current.etag);
    expect(saved.rescheduledPlans).toBe(1);
    expect(saved.pendingPlans).toBeGreaterThanOrEqual(1);
    expect((await storedOrg())?.checkInCadenceDays).toBe(cadence);

    // The night: every agreed plan, the pending ones included, follows the new default.
    const renewed = await service.renewAll();
    expect(renewed).toBeGreaterThanOrEqual(1 + (saved.pendingPlans ?? 0));
    expect(await checkInCadences(ahmeds)).toEqual(new Set([cadence]));
  });

  it('is described in the OpenAPI document (GET and PUT, If-Match problems included)', async () => {
    const document = (await (await stack.current().api('/openapi.json')).json()) as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    const path = document.paths['/organisation/reminder-defaults'];
    expect(Object.keys(path ?? {}).sort()).toEqual(['get', 'put']);
    expect(Object.keys(path?.put?.responses ?? {})).toEqual(expect.arrayContaining(['200', '400', '403', '412', '428']));
  });
});
