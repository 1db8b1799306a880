import { ForbiddenError, KOERS_STANDAARD, type BookingService, type Person } from '@koers/domain';
import { createBookingService } from '../booking/bookingService';
import { createLocalCalendar } from '../local/localCalendar';
import { createOutbox } from '../outbox/outbox';
import { createPreparationService } from '../preparation/preparationService';
import { SAMPLE_PEOPLE, sampleActor, seedSampleData } from '../sample';
import { createMemoryStores } from '../testing/memoryStores';
import { createTemplateService } from './templateService';

const NOW = new Date('2026-12-01T09:00:00.000Z');
const { jeroen, linda, ahmed, sanne, fatima } = SAMPLE_PEOPLE;
const stores = createMemoryStores();
const clock = { now: () => NOW };
const templates = createTemplateService({ stores, clock, newTemplateId: () => 'techniek' });
const preparation = createPreparationService({ stores, clock });
const booking: BookingService = createBookingService({
  stores,
  calendar: createLocalCalendar({ stores, tabUrl: 'http://localhost:53000' }),
  outbox: createOutbox({ stores, clock }),
  clock,
  links: { tabUrl: 'http://localhost:53000' },
});

async function book(manager: Person, employee: Person): Promise<string> {
  const proposals = await booking.proposals(manager, { employeeId: employee.id });
  const slot = proposals.slots[0];
  if (!slot) throw new Error('no slot proposed');
  const booked = await booking.book(manager, { employeeId: employee.id, start: slot.start, end: slot.end, requestId: crypto.randomUUID() });
  return booked.conversation.id;
}

beforeAll(async () => {
  await seedSampleData(stores, NOW);
});

describe('conversation templates', () => {
  it('start with the built-in Koers template in use, read by everyone', async () => {
    const list = await templates.list(sampleActor(sanne));
    expect(list.inUse).toEqual({ templateId: 'koers-standaard', version: 1 });
    expect(list.templates).toEqual([expect.objectContaining({ templateId: 'koers-standaard', builtIn: true, inUse: true })]);
    const builtIn = await templates.get(sampleActor(sanne), list.inUse);
    expect(builtIn.questions).toEqual(KOERS_STANDAARD.questions);
  });

  it('are copied and changed by HR only', async () => {
    await expect(templates.copy(sampleActor(jeroen), { from: { templateId: 'koers-standaard', version: 1 }, name: 'Eigen' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(templates.use(sampleActor(sanne), 'koers-standaard')).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('pin a running conversation to its version, while new conversations get the newly published one', async () => {
    const before = await book(jeroen, ahmed);
    const hr = sampleActor(fatima);
    const copy = await templates.copy(hr, { from: { templateId: 'koers-standaard', version: 1 }, name: 'Techniek' });
    expect(copy).toMatchObject({ templateId: 'techniek', version: 1, builtIn: false, basedOn: { templateId: 'koers-standaard', version: 1 } });
    const veiligheid = { id: 'veiligheid', role: 'employee' as const, section: 'opening' as const, text: { nl: 'Hoe veilig werk je?', en: 'How safely do you work?' } };
    const published = await templates.publish(hr, 'techniek', {
      name: 'Techniek',
      questions: [veiligheid, ...copy.questions.filter((q) => q.id !== 'energie')],
      sectionPrompts: { opening: { nl: 'Begin bij veiligheid.', en: 'Start with safety.' } },
      variants: { uitwisseling: 'standaard' },
      basedOnVersion: 1,
    });
    expect(published.version).toBe(2);
    expect(published.history.map((h) => h.version)).toEqual([2, 1]);
    expect(published.history[0]?.createdByName).toBe(fatima.displayName);
    await templates.use(hr, 'techniek');

    const after = await book(linda, sanne);
    const pinnedBefore = await preparation.get(ahmed, before);
    const pinnedAfter = await preparation.get(sanne, after);
    expect(pinnedBefore.template).toEqual({ templateId: 'koers-standaard', version: 1 });
    expect(pinnedBefore.questions.map((q) => q.id)).toContain('energie');
    expect(pinnedAfter.template).toEqual({ templateId: 'techniek', version: 2 });
    expect(pinnedAfter.questions[0]?.text.nl).toBe('Hoe veilig werk je?');

    // A later version changes neither conversation.
    await templates.publish(hr, 'techniek', { ...published, questions: published.questions.slice(1), basedOnVersion: 2 });
    expect((await preparation.get(sanne, after)).template).toEqual({ templateId: 'techniek', version: 2 });

    // Answers are checked against the pinned questions.
    const saved = await preparation.save(sanne, after, { answers: [{ questionId: 'veiligheid', text: 'Altijd met helm.', shared: true }] });
    expect(saved.mine?.answers.map((a) => a.questionId)).toEqual(['veiligheid']);
    await expect(preparation.save(ahmed, before, { answers: [{ questionId: 'veiligheid', text: 'Nee.' }] }, (await preparation.get(ahmed, before)).etag)).rejects.toThrow(
      'question veiligheid belongs to the other party',
    );
  });

  it('refuse an edit started from an older version, and any edit of the built-in template', async () => {
    const hr = sampleActor(fatima);
    await expect(templates.publish(hr, 'techniek', { ...KOERS_STANDAARD, basedOnVersion: 1 })).rejects.toMatchObject({ code: 'template-stale' });
    await expect(templates.publish(hr, 'koers-standaard', { ...KOERS_STANDAARD, basedOnVersion: 1 })).rejects.toMatchObject({ code: 'template-read-only' });
    expect((await templates.get(hr, { templateId: 'techniek', version: 1 })).name).toBe('Techniek');
  });
});
