import { spawn } from 'node:child_process';
import path from 'node:path';
import { createBookingService, createLocalCalendar, createOutbox, SAMPLE_PEOPLE, seedSampleData } from '@koers/app';
import type { Person } from '@koers/domain';
import { createTranslator } from '@koers/texts';
import { useEmbeddedCosmos } from '../cosmos/__tests__/embeddedCosmos';
import { startConnectorStandIn, type ConnectorStandIn } from './__tests__/connectorStandIn';
import { FakeClock, harness } from './__tests__/dispatchKit';

/**
 * A real crash between "booked" and "employee told": the booking runs in a child process that is
 * SIGKILLed before the conversation is written, after it is written but before the notice is sent,
 * or while the notice is being POSTed. Whatever the moment, the employee hears of a booking that
 * exists exactly once, and never of one that does not.
 */
const cosmos = useEmbeddedCosmos();
let standIn: ConnectorStandIn;
const NOW = '2026-12-01T09:00:00.000Z';
const links = { tabUrl: 'http://localhost:53000' };

beforeAll(async () => {
  standIn = await startConnectorStandIn();
  await seedSampleData(cosmos.stores, new Date(NOW));
});
afterAll(() => standIn.close());

const chatOf = (employee: Person) => `a:notice-chat-${employee.id}`;

/** The booking notices that reached this employee's chat at the connector stand-in. */
function bookingNotices(employee: Person): number {
  const marker = createTranslator('nl-NL')('bot.prep.whatItIs').slice(0, 40);
  return standIn.deliveries.filter((d) => d.conversationId === chatOf(employee) && JSON.stringify(d.body).includes(marker)).length;
}

async function prepare(manager: Person, employee: Person) {
  await cosmos.stores.conversationReferences.upsert({
    id: employee.id,
    tenantId: employee.tenantId,
    reference: { serviceUrl: standIn.serviceUrl, conversation: { id: chatOf(employee) } },
    updatedAt: NOW,
  });
  const clock = new FakeClock(Date.parse(NOW));
  const dispatcher = harness(cosmos, clock).dispatcher();
  const outbox = createOutbox({ stores: cosmos.stores, clock, dispatcher });
  const booking = createBookingService({ stores: cosmos.stores, calendar: createLocalCalendar({ stores: cosmos.stores, tabUrl: links.tabUrl }), outbox, clock, links });
  const slot = (await booking.proposals(manager, { employeeId: employee.id })).slots[0];
  if (!slot) throw new Error('no slot');
  return { clock, dispatcher, booking, request: { employeeId: employee.id, start: slot.start, end: slot.end, requestId: globalThis.crypto.randomUUID() } };
}

function runChild(env: Record<string, string>): Promise<number | null> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, '__tests__', 'noticeChild.ts')], {
    env: { ...process.env, COSMOS_ENDPOINT: cosmos.server.endpoint, COSMOS_CA: cosmos.server.ca, NOW, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (env['CRASH'] === 'at-post') {
    standIn.rule = () => {
      child.kill('SIGKILL');
      return { kind: 'drop-before' };
    };
  }
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(signal ? null : code)));
}

describe('a booking process killed between the booking and telling the employee', () => {
  it.each([
    ['after the conversation is stored, before the notice is sent', 'before-send', 'linda', 'sanne'],
    ['while the notice is being sent', 'at-post', 'jeroen', 'ahmed'],
  ] as const)('killed %s: the next dispatcher run tells the employee exactly once', async (_when, crashAt, managerName, employeeName) => {
    const [manager, employee] = [SAMPLE_PEOPLE[managerName], SAMPLE_PEOPLE[employeeName]];
    const { clock, dispatcher, request } = await prepare(manager, employee);

    const exit = await runChild({ CRASH: crashAt, MANAGER: managerName, EMPLOYEE: employeeName, START: request.start, END: request.end, REQUEST_ID: request.requestId });
    standIn.rule = undefined;

    expect(exit).toBeNull(); // killed, not finished
    expect((await cosmos.stores.conversations.get(employee.tenantId, employee.id, request.requestId))?.value.status).toBe('gepland');
    expect(bookingNotices(employee)).toBe(0);

    clock.advance(3 * 60_000); // the dead process's claims have run out
    await dispatcher.run();
    await dispatcher.run();
    expect(bookingNotices(employee)).toBe(1);
  }, 60_000);

  it('killed before the conversation is stored: nobody is told, and the retried booking tells the employee once', async () => {
    const [manager, employee] = [SAMPLE_PEOPLE.jeroen, SAMPLE_PEOPLE.fatima];
    const { clock, dispatcher, booking, request } = await prepare(manager, employee);

    const exit = await runChild({ CRASH: 'before-write', MANAGER: 'jeroen', EMPLOYEE: 'fatima', START: request.start, END: request.end, REQUEST_ID: request.requestId });

    expect(exit).toBeNull();
    expect(await cosmos.stores.conversations.get(employee.tenantId, employee.id, request.requestId)).toBeUndefined();
    clock.advance(3 * 60_000); // past the notice's wait for its booking
    await dispatcher.run();
    expect(bookingNotices(employee)).toBe(0);

    // The manager's tab retries the same request: now the booking exists, and the employee hears of it.
    const booked = await booking.book(manager, request);
    expect(booked.conversation.status).toBe('gepland');
    await dispatcher.run();
    expect(bookingNotices(employee)).toBe(1);
  }, 60_000);
});
