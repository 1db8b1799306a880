import { ForbiddenError } from '@koers/domain';
import { createPreparationService } from '../preparation/preparationService';
import { SAMPLE_PEOPLE, sampleActor, seedSampleData } from '../sample';
import { createMemoryStores } from '../testing/memoryStores';
import { conversationWithAgreements } from '../testing/popFixtures';
import { createErasureService } from './erasure';

const { jeroen, fatima, ahmed } = SAMPLE_PEOPLE;
const heldOn = '2026-12-01T09:00:00.000Z';

async function world() {
  let now = new Date(heldOn);
  const clock = { now: () => now };
  const stores = createMemoryStores();
  await seedSampleData(stores, now);
  const conversation = await conversationWithAgreements(stores, ahmed, jeroen, ['Cursus projectleiding volgen'], heldOn);
  await createPreparationService({ stores, clock }).save(ahmed, conversation.id, { answers: [{ questionId: 'hoe-sta-je', text: 'Ahmeds eigen antwoord', shared: true }] });
  const changes: unknown[] = [];
  const erasure = createErasureService({ stores, erasure: stores.erasure, clock, onHeldConversationRetentionChanged: async (c) => void changes.push(c) });
  const moveTo = (iso: string) => {
    now = new Date(iso);
  };
  return { stores, erasure, conversation, changes, moveTo };
}

describe('the retention rule for held conversations', () => {
  it('keeps every conversation while the organisation has set no period', async () => {
    const { stores, erasure, conversation, moveTo } = await world();
    moveTo('2046-12-01T09:00:00.000Z');

    expect(await erasure.heldConversations.apply(ahmed.tenantId)).toEqual({ emptied: 0 });
    expect(Object.keys((await stores.canvases.get(ahmed.tenantId, ahmed.id, conversation.id))?.value.state.cards ?? {})).not.toHaveLength(0);
  });

  it('empties the Koerskaart and preparations once the period is over, and keeps that the conversation took place', async () => {
    const { stores, erasure, conversation, moveTo } = await world();
    await erasure.heldConversations.set(sampleActor(fatima), 2);

    moveTo('2028-11-30T09:00:00.000Z');
    expect((await erasure.heldConversations.apply(ahmed.tenantId)).emptied).toBe(0);

    moveTo('2028-12-01T09:00:00.000Z');
    expect(await erasure.heldConversations.apply(ahmed.tenantId)).toEqual({ emptied: 1, years: 2 });
    const canvas = await stores.canvases.get(ahmed.tenantId, ahmed.id, conversation.id);
    expect(canvas?.value.state.cards).toEqual({});
    expect(await stores.preparations.get(ahmed.tenantId, ahmed.id, conversation.id, 'employee')).toBeUndefined();
    const kept = await stores.conversations.get(ahmed.tenantId, ahmed.id, conversation.id);
    expect(kept?.value).toMatchObject({ status: 'gehouden', managerId: jeroen.id, contentRemovedAt: '2028-12-01T09:00:00.000Z' });
    // The next night finds nothing left to do.
    expect((await erasure.heldConversations.apply(ahmed.tenantId)).emptied).toBe(0);
  });

  it('tells the works council log of a changed period, and of switching it off', async () => {
    const { erasure, changes } = await world();
    const hr = sampleActor(fatima);

    expect(await erasure.heldConversations.set(hr, 5)).toEqual({ heldConversationRetentionYears: 5 });
    await erasure.heldConversations.set(hr, 5);
    expect(await erasure.heldConversations.set(hr, null)).toEqual({ heldConversationRetentionYears: null });

    expect(changes).toEqual([
      { tenantId: fatima.tenantId, actorId: fatima.id, fromYears: 0, toYears: 5 },
      { tenantId: fatima.tenantId, actorId: fatima.id, fromYears: 5, toYears: 0 },
    ]);
  });

  it('lets only HR or an administrator set the period', async () => {
    const { erasure } = await world();
    await expect(erasure.heldConversations.set(sampleActor(jeroen), 3)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
