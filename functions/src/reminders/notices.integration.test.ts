import { createBookingService, createLocalCalendar, createOutbox, SAMPLE_PEOPLE, seedSampleData } from '@koers/app';
import type { Person } from '@koers/domain';
import { createTranslator } from '@koers/texts';
import { useEmbeddedCosmos } from '../cosmos/__tests__/embeddedCosmos';
import { startConnectorStandIn, type ConnectorStandIn } from './__tests__/connectorStandIn';
import { FakeClock, harness } from './__tests__/dispatchKit';

/** Notices through the outbox and the dispatcher, against the connector stand-in. */
const cosmos = useEmbeddedCosmos();
let standIn: ConnectorStandIn;
const links = { tabUrl: 'http://localhost:53000' };
// A Tuesday evening in Amsterdam, outside everyone's working hours.
const EVENING = '2026-12-01T20:30:00.000Z';

beforeAll(async () => {
  standIn = await startConnectorStandIn();
  await seedSampleData(cosmos.stores, new Date(EVENING));
});
afterAll(() => standIn.close());

const chatOf = (employee: Person) => `a:notices-${employee.id}`;
const marker = createTranslator('nl-NL')('bot.prep.whatItIs').slice(0, 40);
const bookingNotices = (employee: Person) => standIn.deliveries.filter((d) => d.conversationId === chatOf(employee) && JSON.stringify(d.body).includes(marker));

async function connect(employee: Person, conversationId = chatOf(employee)) {
  await cosmos.stores.conversationReferences.upsert({ id: employee.id, tenantId: employee.tenantId, reference: { serviceUrl: standIn.serviceUrl, conversation: { id: conversationId } }, updatedAt: EVENING });
}

function setUp(installer?: { installFor(tenantId: string, userId: string): Promise<'installed' | 'not-configured' | 'failed'> }) {
  const clock = new FakeClock(Date.parse(EVENING));
  const dispatcher = harness(cosmos, clock).dispatcher(installer ? { installer } : {});
  const booking = createBookingService({
    stores: cosmos.stores,
    calendar: createLocalCalendar({ stores: cosmos.stores, tabUrl: links.tabUrl }),
    outbox: createOutbox({ stores: cosmos.stores, clock, dispatcher }),
    clock,
    links,
  });
  const book = async (manager: Person, employee: Person) => {
    const slot = (await booking.proposals(manager, { employeeId: employee.id })).slots[0];
    if (!slot) throw new Error('no slot');
    return booking.book(manager, { employeeId: employee.id, start: slot.start, end: slot.end, requestId: globalThis.crypto.randomUUID() });
  };
  return { clock, dispatcher, book };
}

describe('a notice through the outbox', () => {
  it('reaches the employee at once, in the evening too, as one message with the text and the preparation card', async () => {
    const { sanne, linda } = SAMPLE_PEOPLE;
    await connect(sanne);
    const { book } = setUp();
    await book(linda, sanne);

    const [delivered, ...more] = bookingNotices(sanne);
    expect(more).toEqual([]);
    const body = delivered?.body as { text?: string; attachments?: { contentType: string }[] };
    expect(body.text).toContain('Linda de Wit heeft een loopbaangesprek met je gepland');
    expect(body.attachments?.map((a) => a.contentType)).toEqual(['application/vnd.microsoft.card.adaptive']);
  });

  it('installs Koers for someone without a chat with it, then tells them in the chat that gives', async () => {
    const { kees, linda } = SAMPLE_PEOPLE;
    const installed: string[] = [];
    const { book } = setUp({
      installFor: async (_tenantId, userId) => {
        installed.push(userId);
        await connect(kees);
        return 'installed';
      },
    });
    await book(linda, kees);
    expect(installed).toEqual([kees.id]);
    expect(bookingNotices(kees)).toHaveLength(1);
  });

  it('keeps the notice for someone who cannot be reached yet, and retries in their next working hours once they have a chat', async () => {
    const { daan, linda } = SAMPLE_PEOPLE;
    const { clock, dispatcher, book } = setUp({ installFor: async () => 'not-configured' });
    await book(linda, daan);
    expect(bookingNotices(daan)).toHaveLength(0);

    await connect(daan); // Daan opens Koers in Teams that evening
    clock.advance(15 * 60_000);
    await dispatcher.run();
    expect(bookingNotices(daan)).toHaveLength(0); // a retry does not ring at night
    clock.set('2026-12-02T08:30:00.000Z'); // Wednesday 09:30 in Amsterdam
    await dispatcher.run();
    await dispatcher.run();
    expect(bookingNotices(daan)).toHaveLength(1);
  });

  it('tells the employee once when the connector refuses a moment and then takes it', async () => {
    const { ahmed, jeroen } = SAMPLE_PEOPLE;
    await connect(ahmed);
    const { book } = setUp();
    standIn.script.push({ kind: 'status', status: 502 });
    await book(jeroen, ahmed);
    expect(bookingNotices(ahmed)).toHaveLength(1);
  });
});
