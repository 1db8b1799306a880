import {
  ConcurrencyError,
  ForbiddenError,
  hasRole,
  koerskaart,
  HeldConversationRetentionYears,
  heldContentDue,
  NotFoundError,
  readAll,
  type Actor,
  type Clock,
  type Conversation,
  type ErasureStore,
  type Stored,
  type Stores,
} from '@koers/domain';
import { z } from 'zod';

/**
 * The retention rule for held conversations (docs/privacy.md §5): so many years after a
 * conversation was held, what was said in it goes — the Koerskaart's cards, both preparations and
 * the employee's remark. The conversation record stays, marked `contentRemovedAt`, so the POP's
 * history still shows that a conversation took place on that day and with whom.
 */
export interface HeldConversationRetention {
  /** Empties every held conversation of the tenant whose period is over; how many, and the period (absent: off). */
  apply(tenantId: string): Promise<{ emptied: number; years?: number }>;
  /** HR or an admin sets the period in years, or switches it off (`null`); the works council's log hears of it. */
  set(actor: Actor, years: number | null): Promise<{ heldConversationRetentionYears: number | null }>;
}

export interface HeldConversationRetentionOptions {
  stores: Stores;
  erasure: ErasureStore;
  clock: Clock;
  /** Told when the period changes (0 = off). */
  onChanged?: (change: { tenantId: string; actorId: string; fromYears: number; toYears: number }) => Promise<void>;
}

const MAX_SCANNED = 100_000;
const PreparationOf = z.object({ conversationId: z.string() });

/** The conversation as kept after its content went: re-read and retried when someone else wrote it meanwhile. */
async function markEmptied(stores: Stores, found: Stored<Conversation>, at: string): Promise<void> {
  let current: Stored<Conversation> | undefined = found;
  for (let attempt = 0; attempt < 5 && current; attempt++) {
    const { remark: _remark, ...rest } = current.value;
    try {
      await stores.conversations.replace({ ...rest, contentRemovedAt: at }, current.etag);
      return;
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
      current = await stores.conversations.get(current.value.tenantId, current.value.employeeId, current.value.id);
    }
  }
}

export function createHeldConversationRetention({ stores, erasure, clock, onChanged }: HeldConversationRetentionOptions): HeldConversationRetention {
  async function empty(conversation: Stored<Conversation>): Promise<void> {
    const { tenantId, employeeId, id } = conversation.value;
    for (const found of await erasure.find('preparations', tenantId, 'employeeId', employeeId)) {
      if (PreparationOf.safeParse(found.document).data?.conversationId === id) await erasure.remove('preparations', found.partitionKey, found.id);
    }
    for (let attempt = 0; attempt < 5; attempt++) {
      const canvas = await stores.canvases.get(tenantId, employeeId, id);
      if (!canvas) break;
      try {
        await stores.canvases.replace({ ...canvas.value, state: koerskaart.emptyCanvas(), updatedAt: clock.now().toISOString() }, canvas.etag);
        break;
      } catch (error) {
        if (!(error instanceof ConcurrencyError)) throw error;
      }
    }
    // Last: until the mark is set, the next night finds this conversation again.
    await markEmptied(stores, conversation, clock.now().toISOString());
  }

  return {
    async apply(tenantId) {
      const organisation = await stores.organisations.get(tenantId);
      const years = organisation?.value.heldConversationRetentionYears;
      if (years === undefined) return { emptied: 0 };
      const now = clock.now();
      let emptied = 0;
      for (const person of await readAll((page) => stores.people.listTenant(tenantId, page), MAX_SCANNED)) {
        const conversations = await readAll((page) => stores.conversations.listForEmployee(tenantId, person.id, page), MAX_SCANNED);
        for (const conversation of conversations.filter((c) => heldContentDue(c, years, now))) {
          const stored = await stores.conversations.get(tenantId, person.id, conversation.id);
          if (!stored) continue;
          await empty(stored);
          emptied++;
        }
      }
      return { emptied, years };
    },

    async set(actor, years) {
      if (!hasRole(actor, 'hr') && !hasRole(actor, 'admin')) throw new ForbiddenError();
      const wanted = years === null ? undefined : HeldConversationRetentionYears.parse(years);
      for (let attempt = 0; attempt < 5; attempt++) {
        const current = await stores.organisations.get(actor.tenantId);
        if (!current) throw new NotFoundError('Organisation', actor.tenantId);
        const before = current.value.heldConversationRetentionYears;
        const { heldConversationRetentionYears: _old, ...rest } = current.value;
        try {
          await stores.organisations.replace(wanted === undefined ? rest : { ...rest, heldConversationRetentionYears: wanted }, current.etag);
        } catch (error) {
          if (error instanceof ConcurrencyError) continue;
          throw error;
        }
        if (before !== wanted) await onChanged?.({ tenantId: actor.tenantId, actorId: actor.id, fromYears: before ?? 0, toYears: wanted ?? 0 });
        return { heldConversationRetentionYears: wanted ?? null };
      }
      throw new ConcurrencyError('Organisation', actor.tenantId);
    },
  };
}
