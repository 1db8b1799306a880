import { ERASED_PERSON_ID, ForbiddenError, mentionsPerson } from '@koers/domain';
import { createOutbox } from '../outbox/outbox';
import { createPopService } from '../pop/popService';
import { createPortfolioService } from '../portfolio/portfolioService';
import { createPreparationService } from '../preparation/preparationService';
import { SAMPLE_PEOPLE, sampleActor, seedSampleData } from '../sample';
import { createMemoryStores } from '../testing/memoryStores';
import { conversationWithAgreements, jsonRenderer } from '../testing/popFixtures';
import { createChangeRecorder } from './changeLog';
import { createErasureService } from './erasure';
import { createPrivacyService } from './privacyService';

const { jeroen, fatima, ahmed, noor } = SAMPLE_PEOPLE;
const now = new Date('2026-12-01T09:00:00.000Z');
const clock = { now: () => now };

async function world() {
  const stores = createMemoryStores();
  await seedSampleData(stores, now);
  const preparation = createPreparationService({ stores, clock });
  const pops = createPopService({ stores, clock, outbox: createOutbox({ stores, clock }), renderAgreementsPdf: jsonRenderer });
  const portfolio = createPortfolioService({ stores, clock });
  const conversation = await conversationWithAgreements(stores, ahmed, jeroen, ['Cursus projectleiding volgen']);
  await preparation.save(ahmed, conversation.id, { answers: [{ questionId: 'hoe-sta-je', text: 'Ahmeds eigen antwoord', shared: true }] });
  const managers = await preparation.get(jeroen, conversation.id);
  await preparation.save(jeroen, conversation.id, { answers: [{ questionId: 'paden', text: 'Jeroens eigen notitie' }] }, managers.etag);
  const pop = (await pops.create(ahmed, { employeeId: ahmed.id, conversationId: conversation.id, requestId: globalThis.crypto.randomUUID() })).pop;
  await portfolio.create(ahmed, { requestId: globalThis.crypto.randomUUID(), kind: 'reflectie', title: 'Ahmeds reflectie', period: { from: '2026-11-20' }, visibility: 'leidinggevende' });
  await pops.get(jeroen, pop.id);
  await portfolio.get(jeroen, ahmed.id);
  const reports: unknown[] = [];
  const erasure = createErasureService({ stores, erasure: stores.erasure, clock, onErased: async (r) => void reports.push(r) });
  return { stores, erasure, conversation, pop, reports, privacy: createPrivacyService({ stores, dispatch: stores.dispatch, clock }) };
}

const hr = sampleActor(fatima);

describe('erasing a person', () => {
  it("leaves nothing of an erased employee: not their conversation, answers, plan, portfolio or the log of who read them", async () => {
    const { stores, erasure, privacy, conversation, pop } = await world();

    const report = await erasure.erase(hr, ahmed.id);

    expect(report.deleted).toBeGreaterThan(5);
    expect(await stores.people.get(ahmed.tenantId, ahmed.id)).toBeUndefined();
    expect(await stores.conversations.findById(ahmed.tenantId, conversation.id)).toBeUndefined();
    expect(await stores.pops.findById(ahmed.tenantId, pop.id)).toBeUndefined();
    const managers = await privacy.myData(jeroen);
    expect(mentionsPerson(managers, ahmed.id)).toBe(false);
    expect(JSON.stringify(managers)).not.toContain('Jeroens eigen notitie');
  });

  it("keeps the employee's plan when their manager is erased, naming nobody in their place and without the manager's notes", async () => {
    const { stores, erasure, pop } = await world();
    await createChangeRecorder({ stores, clock })({ tenantId: jeroen.tenantId, kind: 'retention-changed', actorId: jeroen.id, details: { fromMonths: 12, toMonths: 6 } });
    expect((await createPrivacyService({ stores, clock }).myData(jeroen)).changes.map((c) => c.kind)).toEqual(['retention-changed']);

    await erasure.erase(hr, jeroen.id);

    // The works council keeps the change, made by nobody in particular.
    expect((await stores.changeLog.list(jeroen.tenantId)).items.map((c) => c.actorId)).toEqual([ERASED_PERSON_ID]);
    const kept = await stores.pops.findById(ahmed.tenantId, pop.id);
    expect(kept?.value.managerId).toBe(ERASED_PERSON_ID);
    expect(mentionsPerson(kept?.value, jeroen.id)).toBe(false);
    const stored = await stores.people.get(ahmed.tenantId, ahmed.id);
    const ahmeds = await createPrivacyService({ stores, dispatch: stores.dispatch, clock }).myData(stored!.value);
    expect(mentionsPerson(ahmeds, jeroen.id)).toBe(false);
    expect(JSON.stringify(ahmeds)).not.toContain('Jeroens eigen notitie');
    expect(JSON.stringify(ahmeds)).toContain('Ahmeds eigen antwoord');
    expect(ahmeds.accessLog.map((e) => e.readerId)).toContain(ERASED_PERSON_ID);
  });

  it('finishes what a crashed run left, and a second run finds nothing more to do', async () => {
    const { stores, erasure } = await world();
    const remove = stores.erasure.remove.bind(stores.erasure);
    let budget = 4;
    const crashing = createErasureService({
      stores,
      clock,
      erasure: {
        find: stores.erasure.find.bind(stores.erasure),
        remove: async (...args) => {
          if (budget-- === 0) throw new Error('process killed');
          await remove(...args);
        },
      },
    });
    await expect(crashing.erase(hr, ahmed.id)).rejects.toThrow('process killed');
    expect(await stores.people.get(ahmed.tenantId, ahmed.id)).toBeDefined();

    const completed = await erasure.erase(hr, ahmed.id);
    expect(completed.deleted).toBeGreaterThan(0);
    expect(await stores.people.get(ahmed.tenantId, ahmed.id)).toBeUndefined();
    const again = await erasure.erase(hr, ahmed.id);
    expect([again.deleted, again.anonymised]).toEqual([0, 0]);
  });

  it('is for HR and administrators only, and tells the change log who erased whom', async () => {
    const { erasure, reports } = await world();

    await expect(erasure.erase(sampleActor(jeroen), noor.id)).rejects.toThrow(ForbiddenError);
    await erasure.erase(hr, noor.id);
    expect(reports).toEqual([expect.objectContaining({ personId: noor.id, actorId: fatima.id, reason: 'request', tenantId: noor.tenantId })]);
  });
});
