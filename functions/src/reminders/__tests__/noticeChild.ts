/**
 * A manager books a conversation in its own process, for the notice kill test: the real booking
 * use case, outbox and dispatcher over the parent's embedded Cosmos (endpoint and CA from the
 * environment). CRASH says where it SIGKILLs itself, like a Functions worker that dies:
 *   before-write  the notice is in the outbox, the conversation is not written yet;
 *   before-send   the booking is stored, the outbox was not asked to send yet;
 * (a crash during the POST itself is the parent's doing: its connector stand-in kills this process).
 */
import { createBookingService, createLocalCalendar, createOutbox, SAMPLE_PEOPLE } from '@koers/app';
import type { Stores } from '@koers/domain';
import { createBotConnectorClient } from '../../botConnector/connectorClient';
import { createCosmosClient } from '../../cosmos/client';
import { DATABASE_ID } from '../../cosmos/containers';
import { createDispatchStore } from '../../cosmos/repositories/dispatch';
import { createCosmosStores } from '../../cosmos/stores';
import { createReminderDispatcher } from '../dispatcher';
import { FakeClock } from './dispatchKit';

type Name = keyof typeof SAMPLE_PEOPLE;

function crash(): never {
  process.kill(process.pid, 'SIGKILL');
  throw new Error('unreachable');
}

async function main(): Promise<void> {
  const { COSMOS_ENDPOINT, COSMOS_CA, NOW, CRASH, MANAGER, EMPLOYEE, START, END, REQUEST_ID } = process.env;
  if (!COSMOS_ENDPOINT || !COSMOS_CA || !NOW || !MANAGER || !EMPLOYEE || !START || !END || !REQUEST_ID) throw new Error('missing environment');
  const client = createCosmosClient({ mode: 'local', endpoint: COSMOS_ENDPOINT, ca: COSMOS_CA });
  const database = client.database(DATABASE_ID);
  const cosmos = createCosmosStores(database);
  const stores: Stores =
    CRASH === 'before-write' ? { ...cosmos, conversations: { ...cosmos.conversations, create: async () => crash() } } : cosmos;
  const clock = new FakeClock(Date.parse(NOW));
  const links = { tabUrl: 'http://localhost:53000' };
  const dispatcher = createReminderDispatcher({ stores, dispatch: createDispatchStore(database), transport: createBotConnectorClient({ tokens: async () => undefined }), clock, links });
  const outbox = createOutbox({ stores, clock, dispatcher: CRASH === 'before-send' ? { deliverNow: async () => crash() } : dispatcher });
  const booking = createBookingService({ stores, calendar: createLocalCalendar({ stores, tabUrl: links.tabUrl }), outbox, clock, links });
  const manager = SAMPLE_PEOPLE[MANAGER as Name];
  const employee = SAMPLE_PEOPLE[EMPLOYEE as Name];
  await booking.book(manager, { employeeId: employee.id, start: START, end: END, requestId: REQUEST_ID });
  process.stdout.write('booked\n');
  client.dispose();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
