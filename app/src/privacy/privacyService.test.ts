import { ForbiddenError } from '@koers/domain';
import { createOutbox } from '../outbox/outbox';
import { createPopService } from '../pop/popService';
import { createPortfolioService } from '../portfolio/portfolioService';
import { createPreparationService } from '../preparation/preparationService';
import { SAMPLE_PEOPLE, sampleActor, seedSampleData } from '../sample';
import { createMemoryStores } from '../testing/memoryStores';
import { conversationWithAgreements, jsonRenderer } from '../testing/popFixtures';
import { createPrivacyService } from './privacyService';

const { jeroen, fatima, ahmed, noor } = SAMPLE_PEOPLE;
let now = new Date('2026-12-01T09:00:00.000Z');
const clock = { now: () => now };
const stores = createMemoryStores();
const privacy = createPrivacyService({ stores, dispatch: stores.dispatch, clock });
const preparation = createPreparationService({ stores, clock });
const pops = createPopService({ stores, clock, outbox: createOutbox({ stores, clock }), renderAgreementsPdf: jsonRenderer });
const portfolio = createPortfolioService({ stores, clock });

let conversationId: string;
let popId: string;

beforeAll(async () => {
  await seedSampleData(stores, now);
  const conversation = await conversationWithAgreements(stores, ahmed, jeroen, ['Cursus projectleiding volgen']);
  conversationId = conversation.id;
  await preparation.save(ahmed, conversationId, {
    answers: [
      { questionId: 'hoe-sta-je', text: 'Goed, maar ik wil meer variatie.', shared: true },
      { questionId: 'allergie', text: 'Mensen die afspraken niet nakomen.' },
    ],
  });
  const managers = await preparation.get(jeroen, conversationId);
  await preparation.save(jeroen, conversationId, { answers: [{ questionId: 'paden', text: 'Misschien later teamleider, zeg ik nog niet.' }] }, managers.etag);
  popId = (await pops.create(ahmed, { employeeId: ahmed.id, conversationId, requestId: globalThis.crypto.randomUUID() })).pop.id;
  await portfolio.create(ahmed, { requestId: globalThis.crypto.randomUUID(), kind: 'reflectie', title: 'Wat ik leerde van het project', period: { from: '2026-11-20' }, visibility: 'leidinggevende' });
});

describe('Mijn gegevens', () => {
  it("holds the employee's own answers in full, their conversation, canvas, plan and portfolio, and never the manager's preparation", async () => {
    const mine = await privacy.myData(ahmed);

    expect(mine.person.id).toBe(ahmed.id);
    expect(mine.conversations.map((c) => c.id)).toContain(conversationId);
    expect(mine.preparations.flatMap((p) => p.answers.map((a) => a.text))).toEqual(['Goed, maar ik wil meer variatie.', 'Mensen die afspraken niet nakomen.']);
    expect(mine.canvases.map((c) => c.id)).toContain(conversationId);
    expect(mine.pops.map((p) => p.id)).toContain(popId);
    expect(mine.portfolio.entries.map((e) => e.content.title)).toEqual(['Wat ik leerde van het project']);
    expect(JSON.stringify(mine)).not.toContain('teamleider');
  });

  it("gives the manager their own preparation and the plan they agreed, never the employee's answers", async () => {
    const managers = await privacy.myData(jeroen);

    expect(managers.preparations.map((p) => p.role)).toEqual(['manager']);
    expect(managers.pops.map((p) => p.id)).toContain(popId);
    expect(JSON.stringify(managers.preparations)).not.toContain('variatie');
    expect(JSON.stringify(managers)).not.toContain('afspraken niet nakomen');
  });
});

describe('Wie heeft mijn gegevens bekeken', () => {
  it("lists the manager's reads of shared answers, the portfolio and the plan by name, without their content", async () => {
    now = new Date('2026-12-02T10:15:00.000Z');
    await preparation.get(jeroen, conversationId);
    await portfolio.get(jeroen, ahmed.id);
    await pops.get(jeroen, popId);
    await pops.get(jeroen, popId);
    // Their own data: nobody else read it.
    await pops.get(ahmed, popId);

    const log = await privacy.accessLog(ahmed);
    const today = log.items.filter((e) => e.at.startsWith('2026-12-02'));
    expect(today.map((e) => [e.readerName, e.capacity, e.what]).sort()).toEqual([
      ['Jeroen Hendriks', 'manager', 'pop'],
      ['Jeroen Hendriks', 'manager', 'portfolio'],
      ['Jeroen Hendriks', 'manager', 'preparation'],
    ]);
    expect(JSON.stringify(log)).not.toContain('variatie');
    expect((await privacy.myData(ahmed)).accessLog.length).toBeGreaterThanOrEqual(3);
  });

  it("shows nobody else's lines", async () => {
    expect((await privacy.accessLog(noor)).items.filter((e) => e.readerId === jeroen.id && e.what !== 'person')).toEqual([]);
  });
});

describe("an administrator's export on someone's request", () => {
  it('is refused to anyone without Koers.Admin, HR included', async () => {
    await expect(privacy.dataOf(sampleActor(fatima), ahmed.id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('gives the same document and is itself on the person\'s access log', async () => {
    now = new Date('2026-12-03T08:00:00.000Z');
    const admin = { ...sampleActor(fatima), roles: ['admin' as const] };
    const exported = await privacy.dataOf(admin, ahmed.id);

    expect(exported.person.id).toBe(ahmed.id);
    expect((await privacy.accessLog(ahmed)).items[0]).toMatchObject({ readerId: fatima.id, capacity: 'admin', what: 'export' });
  });
});

