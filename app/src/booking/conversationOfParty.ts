import type { Conversation, Person, Stored, Stores } from '@koers/domain';
import { forCurrentPartiesOnly } from '../directory/currentParty';

/**
 * A conversation, for its two parties only. Anyone else gets the same answer as for an id that
 * does not exist: nothing about a colleague's conversation leaks, not even that there is one.
 */
export async function conversationOfParty(stores: Stores, actor: Person, conversationId: string): Promise<Stored<Conversation>> {
  return forCurrentPartiesOnly(stores.people, actor, await stores.conversations.findById(actor.tenantId, conversationId), 'Conversation', conversationId);
}
