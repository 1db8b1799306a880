import { ForbiddenError, NotFoundError, RemarkError, type Person, type PopResponse } from '@koers/domain';
import { createOutbox } from '../outbox/outbox';
import { createPopService } from '../pop/popService';
import { SAMPLE_PEOPLE, sampleActor, seedSampleData } from '../sample';
import { createMemoryStores } from '../testing/memoryStores';
import { conversationWithAgreements, jsonRenderer, smartGoal } from '../testing/popFixtures';
import { createPrivacyService } from '../privacy/privacyService';
import { createErasureService } from '../privacy/erasure';
import { createRemarkService } from './remarkService';

const { jeroen, ahmed, noor } = SAMPLE_PEOPLE;

async function world() {
  let now = new Date('2026-12-01T09:00:00.000Z');
  const clock = { now: () => now };
  const stores = createMemoryStores();
  await seedSampleData(stores, now);
  const pops = createPopService({ stores, clock, outbox: createOutbox({ stores, clock }), renderAgreementsPdf: jsonRenderer });
  const remarks = createRemarkService({ stores, clock });
  const plan = await pops.create(jeroen, { employeeId: ahmed.id, requestId: globalThis.crypto.randomUUID(), goals: [smartGoal('g1', ahmed.id)] });
  const approve = (who: Person, p: PopResponse) => pops.approve(who, p.pop.id, { version: p.current.number, contentHash: p.current.contentHash });
  const later = (iso: string) => {
    now = new Date(iso);
  };
  return { stores, pops, remarks, plan, approve, later };
}

describe("the employee's own remark on an agreed plan", () => {
  it('is kept beside the agreed version, which stays exactly as both approved it, and the manager reads it', async () => {
    const { pops, remarks, plan, approve } = await world();
    await approve(jeroen, plan);
    const agreed = await approve(ahmed, plan);

    const saved = await remarks.saveOnPop(ahmed, plan.pop.id, { text: 'Ik zie de planning van de cursus anders: pas na de zomer.' });

    expect(saved.remark).toMatchObject({ text: 'Ik zie de planning van de cursus anders: pas na de zomer.', by: ahmed.id, at: '2026-12-01T09:00:00.000Z' });
    const managers = await pops.get(jeroen, plan.pop.id);
    expect(managers.pop.versions).toEqual(agreed.pop.versions);
    expect(managers.status).toBe('goedgekeurd');
    expect(managers.pop.remarks).toEqual([{ ...saved.remark, version: agreed.current.number }]);
  });

  it('says when it was changed, and can be withdrawn', async () => {
    const { remarks, plan, approve, later } = await world();
    await approve(jeroen, plan);
    await approve(ahmed, plan);
    await remarks.saveOnPop(ahmed, plan.pop.id, { text: 'Eerste versie' });

    later('2026-12-03T10:00:00.000Z');
    const changed = await remarks.saveOnPop(ahmed, plan.pop.id, { text: 'Tweede versie' });
    expect(changed.remark).toMatchObject({ text: 'Tweede versie', at: '2026-12-01T09:00:00.000Z', changedAt: '2026-12-03T10:00:00.000Z' });

    expect(await remarks.withdrawOnPop(ahmed, plan.pop.id)).toEqual({ remark: null });
  });

  it('cannot be written before both approved the plan', async () => {
    const { remarks, plan, approve } = await world();
    await approve(jeroen, plan);
    await expect(remarks.saveOnPop(ahmed, plan.pop.id, { text: 'Te vroeg' })).rejects.toEqual(new RemarkError('remark-not-approved'));
  });

  it('is written by the employee only: the manager is refused, a stranger finds no plan', async () => {
    const { remarks, plan, approve } = await world();
    await approve(jeroen, plan);
    await approve(ahmed, plan);
    await expect(remarks.saveOnPop(jeroen, plan.pop.id, { text: 'Namens Ahmed' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(remarks.saveOnPop(noor, plan.pop.id, { text: 'Van Noor' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses a text longer than 2,000 characters or only spaces', async () => {
    const { remarks, plan, approve } = await world();
    await approve(jeroen, plan);
    await approve(ahmed, plan);
    await expect(remarks.saveOnPop(ahmed, plan.pop.id, { text: 'x'.repeat(2001) })).rejects.toThrow();
    await expect(remarks.saveOnPop(ahmed, plan.pop.id, { text: '   ' })).rejects.toThrow();
    expect((await remarks.saveOnPop(ahmed, plan.pop.id, { text: 'x'.repeat(2000) })).remark?.text).toHaveLength(2000);
  });
});

describe("the employee's own remark on a held conversation", () => {
  it('travels with the conversation for both parties, and only once it was held', async () => {
    const { stores, remarks } = await world();
    const held = await conversationWithAgreements(stores, ahmed, jeroen, ['Cursus projectleiding volgen']);

    await remarks.saveOnConversation(ahmed, held.id, { text: 'Het gesprek ging vooral over de planning, niet over mijn wensen.' });

    const kept = await stores.conversations.get(ahmed.tenantId, ahmed.id, held.id);
    expect(kept?.value.remark?.text).toBe('Het gesprek ging vooral over de planning, niet over mijn wensen.');
    expect(kept?.value.updatedAt).toBe(held.updatedAt);
    await expect(remarks.saveOnConversation(jeroen, held.id, { text: 'Namens Ahmed' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(remarks.saveOnConversation(noor, held.id, { text: 'Van Noor' })).rejects.toBeInstanceOf(NotFoundError);

    await stores.conversations.replace({ ...held, id: held.id, status: 'gepland' }, (await stores.conversations.get(ahmed.tenantId, ahmed.id, held.id))!.etag);
    await expect(remarks.saveOnConversation(ahmed, held.id, { text: 'Te vroeg' })).rejects.toEqual(new RemarkError('remark-not-held'));
  });
});

describe("the employee's remark as personal data", () => {
  it("is in the employee's own export, and goes when the employee is erased", async () => {
    const { stores, remarks, plan, approve } = await world();
    await approve(jeroen, plan);
    await approve(ahmed, plan);
    await remarks.saveOnPop(ahmed, plan.pop.id, { text: 'Mijn eigen kijk op het plan' });
    const held = await conversationWithAgreements(stores, ahmed, jeroen, ['Cursus']);
    await remarks.saveOnConversation(ahmed, held.id, { text: 'Mijn eigen kijk op het gesprek' });
    const clock = { now: () => new Date('2026-12-02T09:00:00.000Z') };

    const exported = JSON.stringify(await createPrivacyService({ stores, clock }).myData(ahmed));
    expect(exported).toContain('Mijn eigen kijk op het plan');
    expect(exported).toContain('Mijn eigen kijk op het gesprek');

    await createErasureService({ stores, erasure: stores.erasure, clock }).erase(sampleActor(SAMPLE_PEOPLE.fatima), ahmed.id);
    const managers = JSON.stringify(await createPrivacyService({ stores, clock }).myData(jeroen));
    expect(managers).not.toContain('Mijn eigen kijk');
  });

  it("stays with the employee, naming nobody else, when the manager is erased", async () => {
    const { stores, remarks, plan, approve } = await world();
    await approve(jeroen, plan);
    await approve(ahmed, plan);
    await remarks.saveOnPop(ahmed, plan.pop.id, { text: 'Mijn eigen kijk op het plan' });
    const clock = { now: () => new Date('2026-12-02T09:00:00.000Z') };

    await createErasureService({ stores, erasure: stores.erasure, clock }).erase(sampleActor(SAMPLE_PEOPLE.fatima), jeroen.id);

    const own = await createPrivacyService({ stores, clock }).myData(ahmed);
    expect(own.pops[0]?.remarks?.[0]).toMatchObject({ text: 'Mijn eigen kijk op het plan', by: ahmed.id });
    expect(JSON.stringify(own.pops)).not.toContain(jeroen.id);
  });
});
