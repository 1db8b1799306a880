import {
  ConcurrencyError,
  ForbiddenError,
  remarkOnAgreedVersion,
  RemarkError,
  SaveRemarkRequest,
  withoutPopRemark,
  withPopRemark,
  writeRemark,
  type Clock,
  type Conversation,
  type EmployeeRemark,
  type Person,
  type Pop,
  type RemarkResponse,
  type Stored,
  type Stores,
} from '@koers/domain';
import { conversationOfParty } from '../booking/conversationOfParty';
import { forCurrentPartiesOnly } from '../directory/currentParty';

/**
 * "Ik zie dit anders": the employee's own remark on their agreed POP or a held conversation
 * (domain remark.ts). Only the employee writes, changes or withdraws it; the manager or
 * gesprekspartner reads it with the record. Anyone else gets the 404 an unknown id gets; the
 * other party, who knows the record, gets 403.
 */
export interface RemarkService {
  saveOnPop(actor: Person, popId: string, body: unknown): Promise<RemarkResponse>;
  withdrawOnPop(actor: Person, popId: string): Promise<RemarkResponse>;
  saveOnConversation(actor: Person, conversationId: string, body: unknown): Promise<RemarkResponse>;
  withdrawOnConversation(actor: Person, conversationId: string): Promise<RemarkResponse>;
}

const ATTEMPTS = 5;

function employeeOnly(actor: Person, record: { employeeId: string }): void {
  if (actor.id !== record.employeeId) throw new ForbiddenError('forbidden', 'remark-employee-only');
}

/** Re-reads and re-applies until the conditional write wins: a remark never overwrites a parallel change of the record. */
async function retrying<T>(first: Stored<T>, read: () => Promise<Stored<T> | undefined>, apply: (value: T) => T, save: (value: T, ifMatch: string) => Promise<unknown>, entity: string, id: string): Promise<T> {
  let current: Stored<T> | undefined = first;
  for (let attempt = 0; attempt < ATTEMPTS && current; attempt++) {
    const next = apply(current.value);
    if (next === current.value) return next;
    try {
      await save(next, current.etag);
      return next;
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
      current = await read();
    }
  }
  throw new ConcurrencyError(entity, id);
}

function heldConversationOnly(conversation: Conversation): void {
  if (conversation.status !== 'gehouden' || conversation.contentRemovedAt !== undefined) throw new RemarkError('remark-not-held');
}

export function createRemarkService({ stores, clock }: { stores: Stores; clock: Clock }): RemarkService {
  const now = () => clock.now().toISOString();

  async function popOfEmployee(actor: Person, popId: string): Promise<Stored<Pop>> {
    const stored = await forCurrentPartiesOnly(stores.people, actor, await stores.pops.findById(actor.tenantId, popId), 'Pop', popId);
    employeeOnly(actor, stored.value);
    return stored;
  }
  const onPop = async (actor: Person, popId: string, change: (pop: Pop) => Pop): Promise<RemarkResponse> => {
    const stored = await popOfEmployee(actor, popId);
    const { tenantId, employeeId } = stored.value;
    const saved = await retrying(stored, () => stores.pops.get(tenantId, employeeId, popId), change, (v, m) => stores.pops.replace(v, m), 'Pop', popId);
    return { remark: remarkOnAgreedVersion(saved) ?? null };
  };

  const onConversation = async (actor: Person, conversationId: string, change: (c: Conversation) => Conversation): Promise<RemarkResponse> => {
    const stored = await conversationOfParty(stores, actor, conversationId);
    employeeOnly(actor, stored.value);
    const { tenantId, employeeId } = stored.value;
    const saved = await retrying(
      stored,
      () => stores.conversations.get(tenantId, employeeId, conversationId),
      change,
      (v, m) => stores.conversations.replace(v, m),
      'Conversation',
      conversationId,
    );
    return { remark: saved.remark ?? null };
  };

  return {
    async saveOnPop(actor, popId, body) {
      const { text } = SaveRemarkRequest.parse(body);
      return onPop(actor, popId, (pop) => withPopRemark(pop, text, actor.id, now()));
    },
    withdrawOnPop: (actor, popId) => onPop(actor, popId, (pop) => withoutPopRemark(pop, now())),

    async saveOnConversation(actor, conversationId, body) {
      const { text } = SaveRemarkRequest.parse(body);
      return onConversation(actor, conversationId, (c) => {
        heldConversationOnly(c);
        const written: EmployeeRemark = writeRemark(c.remark, text, actor.id, now());
        // The remark carries its own dates; the conversation's stay what they were (heldAt reads them).
        return written === c.remark ? c : { ...c, remark: written };
      });
    },
    withdrawOnConversation: (actor, conversationId) =>
      onConversation(actor, conversationId, (c) => {
        if (!c.remark) return c;
        const { remark: _gone, ...rest } = c;
        return rest;
      }),
  };
}
