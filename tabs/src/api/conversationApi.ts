import type { ConversationListResponse as ConversationList } from '@koers/contracts';
import type { ConversationView as View } from '@koers/domain';
import type { AuthorizedCall } from './authorizedApi';
import { apiClient } from './client';
import { endpoint } from './endpoint';

const conversations = endpoint({ name: 'conversations', method: 'GET', path: 'conversations', response: { kind: 'json' } });
const conversation = endpoint({ name: 'conversation', method: 'GET', path: 'conversations/{id}', response: { kind: 'json' } });
const completeConversation = endpoint({ name: 'completeConversation', method: 'POST', path: 'conversations/{id}/complete', response: { kind: 'json' } });

/**
 * The conversation calls the Koerskaart makes too (its list to choose from, "Gesprek afronden"),
 * without contracts (see endpoint.ts); koersApi has the same calls for the other pages.
 */
export interface ConversationApi {
  conversations(scope: 'mine' | 'team', signal?: AbortSignal): Promise<ConversationList>;
  conversation(id: string, signal?: AbortSignal): Promise<View>;
  /** "Gesprek afronden": marks it held (idempotent). */
  complete(id: string, etag: string): Promise<View>;
}

export function conversationApi(call: AuthorizedCall): ConversationApi {
  const client = apiClient(call);
  return {
    conversations: (scope, signal) => client.call(conversations, { query: { scope }, signal }),
    conversation: (id, signal) => client.call(conversation, { params: { id }, signal }),
    complete: (id, etag) => client.call(completeConversation, { params: { id }, ifMatch: etag }),
  };
}
