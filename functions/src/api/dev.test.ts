import { randomUUID } from 'node:crypto';
import { SAMPLE_PEOPLE } from '@koers/app';
import { DevClockResponse, DevReminderRunResponse, Problem } from '@koers/contracts';
import { PopResponse } from '@koers/domain';
import { createDispatchStore } from '../cosmos/repositories/dispatch';
import { createDevClock } from '../host/devClock';
import { LEASE_ID } from '../reminders/dispatcher';
import { acquireLease } from '../reminders/lease';
import { startConnectorStandIn, type ConnectorStandIn } from '../reminders/__tests__/connectorStandIn';
import { useLocalStack } from '../testing/localStack';

/**
 * Local time on demand: the stack starts on KOERS_CLOCK_START, POST /api/dev/clock moves it on,
 * POST /api/dev/reminders/run makes the dispatcher send what has fallen due — against the real
 * local stack, with a stand-in for the Bot Connector behind Sanne's stored chat.
 */

const { linda, sanne } = SAMPLE_PEOPLE;
/** Monday 1 March 2027, 07:30 in Amsterdam: before Sanne's working day (08:00). */
const START = '2027-03-01T06:30:00.000Z';
const stack = useLocalStack({ env: { KOERS_CLOCK_START: START } });

let connector: ConnectorStandIn;
beforeAll(async () => {
  connector = await startConnectorStandIn();
});
afterAll(() => connector.close());

const postJson = (path: string, body: unknown, token?: string) =>
  stack.current().api(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), ...(token ? { token } : {}) });

async function clockNow(): Promise<number> {
  return Date.parse(DevClockResponse.parse(await (await stack.current().api('/dev/clock')).json()).now);
}

async function runReminders(): Promise<DevReminderRunResponse> {
  const response = await stack.current().api('/dev/reminders/run', { method: 'POST' });
  expect(response.status).toBe(200);
  return DevReminderRunResponse.parse(await response.json());
}


async function plan(response: Response, status = 200): Promise<PopResponse> {
  if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${await response.text()}`);
  return PopResponse.parse(await response.json());
}

const sannesChat = () => connector.deliveries.filter((d) => d.conversationId === 'a:dev-clock-sanne');
/** Sanne's reminder cards about the goal (her chat also holds the notice that the plan was agreed). */
const goalCards = () => sannesChat().filter((d) => JSON.stringify(d.body).includes('Storingen aan warmtepompen zelf oplossen'));

describe('the dev clock and the on-demand reminder run (local mode)', () => {
  it('runs on from KOERS_CLOCK_START, like a clock', async () => {
    const now = await clockNow();
    expect(now).toBeGreaterThanOrEqual(Date.parse(START));
    expect(now).toBeLessThan(Date.parse(START) + 60_000);
  });

  it('refuses to move back, naming the field, and keeps its time', async () => {
    const before = await clockNow();
    const response = await postJson('/dev/clock', { now: '2027-02-01T08:00:00+01:00' });
    expect(response.status).toBe(400);
    const problem = Problem.parse(await response.json());
    expect(problem.code).toBe('validation');
    expect(problem.errors?.map((e) => e.path)).toEqual(['now']);
    expect(await clockNow()).toBeGreaterThanOrEqual(before);
    expect((await postJson('/dev/clock', { now: '1 maart' })).status).toBe(400);
  });

  it('sends a milestone reminder once its morning has come: nothing before, one card after, none again', async () => {
    const { stores } = stack.current();
    await stores.conversationReferences.upsert({
      id: sanne.id,
      tenantId: sanne.tenantId,
      updatedAt: START,
      reference: { serviceUrl: connector.serviceUrl, channelId: 'msteams', conversation: { id: 'a:dev-clock-sanne', conversationType: 'personal', tenantId: sanne.tenantId }, user: { id: `29:${sanne.id}`, aadObjectId: sanne.id }, bot: { id: '28:koers' } },
    });
    const lindas = await stack.current().tokenFor(linda.email);
    const sannes = await stack.current().tokenFor(sanne.email);
    // A milestone on Tuesday: its "one day before" reminder falls on Monday at 08:00, half an hour from now.
    const goal = { id: 'g1', title: 'Storingen aan warmtepompen zelf oplossen', kind: 'verdiepen', route: 'opleiding', milestones: [{ id: 'm1', title: 'Cursus warmtepompen afgerond', due: '2027-03-02' }] };
    const created = await plan(await postJson('/pops', { employeeId: sanne.id, requestId: randomUUID(), goals: [goal] }, lindas), 201);
    const approval = { version: created.current.number, contentHash: created.current.contentHash };
    await plan(await postJson(`/pops/${created.pop.id}/approve`, approval, sannes));
    await plan(await postJson(`/pops/${created.pop.id}/approve`, approval, lindas));

    await runReminders();
    // Agreed: Sanne hears it at once, but the milestone's reminder waits for its morning.
    expect(sannesChat().map((d) => JSON.stringify(d.body)).filter((body) => body.includes('Jullie POP is goedgekeurd'))).toHaveLength(1);
    expect(goalCards()).toEqual([]);

    const moved = await postJson('/dev/clock', { now: '2027-03-01T08:01:00+01:00' });
    expect(moved.status).toBe(200);
    expect(Date.parse(DevClockResponse.parse(await moved.json()).now)).toBeGreaterThanOrEqual(Date.parse('2027-03-01T07:01:00.000Z'));
    // The five-minute timer may beat this run to it; either way exactly one card arrives.
    await runReminders();
    expect(goalCards()).toHaveLength(1);
    expect((await runReminders()).sent).toBe(0);
    expect(goalCards()).toHaveLength(1);
  });

  it('waits for a tenant another pass is working (the timer, which may have read the clock before it moved), then works it too', async () => {
    const dispatch = createDispatchStore(stack.current().database);
    const timersPass = await acquireLease(dispatch, sanne.tenantId, { id: LEASE_ID, holder: 'timer-pass', now: await clockNow(), termMs: 1_500 });
    expect(timersPass).toBeDefined();
    // Hendriks is busy when the first pass comes; a later one works it once the lease has run out.
    expect(await runReminders()).toMatchObject({ tenants: 2, leaseBusy: 0 });
  });

  it('keeps accepting the tokens it mints after a jump of a month (one clock for minting and checking)', async () => {
    const now = await clockNow();
    expect((await postJson('/dev/clock', { now: new Date(now + 31 * 86_400_000).toISOString() })).status).toBe(200);
    const token = await stack.current().tokenFor(sanne.email);
    expect((await stack.current().api('/me', { token })).status).toBe(200);
  });
});

describe('createDevClock', () => {
  it('starts where asked, ticks with its base, and moves only forward', () => {
    let real = Date.parse('2026-12-01T23:00:00.000Z');
    const clock = createDevClock({ start: new Date(START), base: { now: () => new Date(real) } });
    expect(clock.now().toISOString()).toBe(START);
    real += 1_000;
    expect(clock.now().toISOString()).toBe('2027-03-01T06:30:01.000Z');
    clock.set(new Date('2027-03-01T07:01:00.000Z'));
    real += 5_000;
    expect(clock.now().toISOString()).toBe('2027-03-01T07:01:05.000Z');
    expect(() => clock.set(new Date(START))).toThrow(RangeError);
    expect(() => clock.set(new Date('nonsense'))).toThrow(RangeError);
    expect(clock.now().toISOString()).toBe('2027-03-01T07:01:05.000Z');
  });
});
