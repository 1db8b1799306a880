import { randomUUID } from 'node:crypto';
import { SAMPLE_PEOPLE } from '@koers/app';
import { Problem } from '@koers/contracts';
import { PopResponse, ReminderPreferencesResponse } from '@koers/domain';
import { createDispatchStore } from '../cosmos/repositories/dispatch';
import { pendingGoalReminders } from './__tests__/goalKit';
import { jsonRenderer, smartGoal } from '../pop/__tests__/popKit';
import { useLocalStack } from '../testing/localStack';

const { jeroen, ahmed, fatima } = SAMPLE_PEOPLE;
const stack = useLocalStack({ adapters: { agreementsPdf: jsonRenderer } });

async function call(who: { email: string }, path: string, init: { method?: string; body?: unknown } = {}): Promise<Response> {
  return stack.current().api(path, {
    method: init.method ?? 'GET',
    token: await stack.current().tokenFor(who.email),
    headers: init.body === undefined ? {} : { 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

async function ok<T>(response: Response, schema: { parse(value: unknown): T }, status = 200): Promise<T> {
  if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${await response.text()}`);
  return schema.parse(await response.json());
}

/** Ahmed's plan with one goal (deadline June 2027), agreed by both: its reminders are scheduled. */
async function agreedPlan(): Promise<PopResponse> {
  const plan = await ok(await call(jeroen, '/pops', { method: 'POST', body: { employeeId: ahmed.id, requestId: randomUUID(), goals: [smartGoal('g1', ahmed.id)] } }), PopResponse, 201);
  const body = { version: plan.current.number, contentHash: plan.current.contentHash };
  await ok(await call(ahmed, `/pops/${plan.pop.id}/approve`, { method: 'POST', body }), PopResponse);
  return ok(await call(jeroen, `/pops/${plan.pop.id}/approve`, { method: 'POST', body }), PopResponse);
}

/** The plan's pending check-ins, as the due index has them. */
async function pendingCheckIns(plan: PopResponse): Promise<string[]> {
  const { stores, database } = stack.current();
  const pending = await pendingGoalReminders(stores, createDispatchStore(database), plan.pop);
  return pending.filter((r) => r.about.what === 'check-in').map((r) => r.dueAt.slice(0, 10));
}

describe('pausing or changing reminders over HTTP', () => {
  it('pauses a goal\'s check-ins for the employee without touching the agreement, and resumes them at a new cadence', async () => {
    const plan = await agreedPlan();
    const before = await pendingCheckIns(plan);
    expect(before.length).toBeGreaterThan(0);

    const paused = await ok(await call(ahmed, `/pops/${plan.pop.id}/reminders`, { method: 'PUT', body: { goalId: 'g1', paused: true } }), ReminderPreferencesResponse);
    expect(paused.reminderPreferences.goals).toEqual([{ goalId: 'g1', paused: true }]);
    expect(await pendingCheckIns(plan)).toEqual([]);
    const after = await ok(await call(ahmed, `/pops/${plan.pop.id}`), PopResponse);
    expect(after.status).toBe('goedgekeurd');
    expect(after.pop.versions).toEqual(plan.pop.versions);

    await ok(await call(jeroen, `/pops/${plan.pop.id}/reminders`, { method: 'PUT', body: { goalId: 'g1', paused: false, cadenceDays: 60 } }), ReminderPreferencesResponse);
    const resumed = await pendingCheckIns(plan);
    expect(resumed.length).toBeGreaterThan(0);
    expect(resumed.length).toBeLessThan(before.length);
  });

  it.each([
    ['someone who is not a party (HR)', fatima, { goalId: 'g1', paused: true }, 404],
    ['a cadence below a week', ahmed, { cadenceDays: 3 }, 400],
    ['pausing the whole plan at once', ahmed, { paused: true }, 400],
    ['an unknown goal', ahmed, { goalId: 'nope', paused: true }, 422],
  ] as const)('refuses %s and stores nothing', async (_label, who, body, status) => {
    const plan = await agreedPlan();
    const response = await call(who, `/pops/${plan.pop.id}/reminders`, { method: 'PUT', body });
    expect(response.status).toBe(status);
    Problem.parse(await response.json());
    expect((await ok(await call(ahmed, `/pops/${plan.pop.id}`), PopResponse)).pop.reminderPreferences).toBeUndefined();
  });
});
