import { ConcurrencyError, NotFoundError, type BookingService, type Person } from '@koers/domain';
import { createBookingService } from '../booking/bookingService';
import { createLocalCalendar } from '../local/localCalendar';
import { SAMPLE_PEOPLE, seedSampleData } from '../sample';
import { createOutbox } from '../outbox/outbox';
import { createMemoryStores } from '../testing/memoryStores';
import { createPreparationService } from './preparationService';

const NOW = new Date('2026-12-01T09:00:00.000Z');
const { jeroen, linda, ahmed, sanne } = SAMPLE_PEOPLE;

const stores = createMemoryStores();

/** A booking service to plan the conversations with, and the preparation of them. */
function setUp() {
  const clock = { now: () => NOW };
  const service: BookingService = createBookingService({
    stores,
    calendar: createLocalCalendar({ stores, tabUrl: 'http://localhost:53000' }),
    outbox: createOutbox({ stores, clock }),
    clock,
    links: { tabUrl: 'http://localhost:53000' },
  });
  return { service, preparation: createPreparationService({ stores, clock }) };
}

async function firstSlot(service: BookingService, manager: Person, employee: Person) {
  const proposals = await service.proposals(manager, { employeeId: employee.id });
  const slot = proposals.slots[0];
  if (!slot) throw new Error('no slot proposed');
  return slot;
}

beforeAll(async () => {
  await seedSampleData(stores, NOW);
});

describe('preparing a conversation', () => {
  it("keeps each party's answers private until that party shares them", async () => {
    const { service, preparation } = setUp();
    const slot = await firstSlot(service, jeroen, ahmed);
    const booked = await service.book(jeroen, { employeeId: ahmed.id, start: slot.start, end: slot.end, requestId: globalThis.crypto.randomUUID() });
    const id = booked.conversation.id;

    const partial = await preparation.save(ahmed, id, {
      answers: [
        { questionId: 'hoe-sta-je', text: 'Goed, maar ik wil meer variatie.', shared: true },
        { questionId: 'sterktes', text: 'Plannen en overzicht houden.', shared: true },
        { questionId: 'allergie', text: 'Mensen die afspraken niet nakomen.' },
      ],
    });
    expect(partial.role).toBe('employee');
    expect(partial.mine?.answers).toHaveLength(3);
    expect(partial.mine?.completedAt).toBeUndefined();

    await preparation.save(jeroen, id, {
      answers: [
        { questionId: 'paden', text: 'Doorgroei naar projectleider.', shared: true },
        { questionId: 'aanbod', text: 'Budget is krap dit jaar.' },
      ],
    });

    const managerView = await preparation.get(jeroen, id);
    expect(managerView.sharedByEmployee?.answers.map((a) => a.questionId)).toEqual(['hoe-sta-je', 'sterktes']);
    expect(JSON.stringify(managerView)).not.toContain('afspraken niet nakomen');
    expect(managerView.mine?.answers.map((a) => [a.questionId, a.shared])).toEqual([
      ['paden', true],
      ['aanbod', false],
    ]);

    const employeeView = await preparation.get(ahmed, id);
    expect(employeeView.sharedByEmployee).toBeUndefined();
    expect(employeeView.sharedByManager?.answers.map((a) => a.text)).toEqual(['Doorgroei naar projectleider.']);
    expect(JSON.stringify(employeeView)).not.toContain('Budget is krap');

    // Finished later, with the etag of what was read: done, and the manager sees that it is.
    await preparation.save(ahmed, id, { answers: partial.mine!.answers, completed: true }, employeeView.etag);
    expect((await service.get(jeroen, id)).employeePrepared).toBe(true);
  });

  it('refuses a stale save, questions of the other party, and outsiders', async () => {
    const { service, preparation } = setUp();
    const slot = await firstSlot(service, linda, sanne);
    const booked = await service.book(linda, { employeeId: sanne.id, start: slot.start, end: slot.end, requestId: globalThis.crypto.randomUUID() });
    const id = booked.conversation.id;

    const first = await preparation.save(sanne, id, { answers: [{ questionId: 'energie', text: 'Storingen oplossen.' }] });
    await preparation.save(sanne, id, { answers: [{ questionId: 'energie', text: 'Storingen oplossen, klanten helpen.' }] }, first.etag);
    await expect(preparation.save(sanne, id, { answers: [{ questionId: 'energie', text: 'oud' }] }, first.etag)).rejects.toBeInstanceOf(ConcurrencyError);
    await expect(preparation.save(sanne, id, { answers: [{ questionId: 'aanbod', text: 'x' }] })).rejects.toThrow(/other party/);
    // Saving as if there were none yet (an old bot card, a tab opened before the first save) is stale too.
    await expect(preparation.save(sanne, id, { answers: [] })).rejects.toBeInstanceOf(ConcurrencyError);
    await expect(preparation.get(jeroen, id)).rejects.toBeInstanceOf(NotFoundError);

    const kept = await preparation.get(sanne, id);
    expect(kept.mine?.answers[0]?.text).toBe('Storingen oplossen, klanten helpen.');
  });
});
