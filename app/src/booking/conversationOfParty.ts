import { NotFoundError, type Conversation, type Person, type Stored, type Stores } from '@koers/domain';
import { isCurrentParty } from '../directory/currentParty';

/**
 * A conversation, for its two parties only. Anyone else gets the same answer as for an id that
 * does not exist: nothing about a colleague's conversation leaks, not even that there is one.
 */
export async function conversationOfParty(stores: Stores, actor: Person, conversationId: string): Promise<Stored<Conversation>> {
  const stored = await stores.conversations.findById(actor.tenantId, conversationId);
  if (!stored || !(await isCurrentParty(stores.people, actor, stored.value))) throw new NotFoundError('Conversation', conversationId);
  return stored;
}
