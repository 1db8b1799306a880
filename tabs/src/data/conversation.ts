import type { ConversationView } from '@koers/domain';
import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { conversationApi, type ConversationApi } from '../api/conversationApi';
import { useApi } from './apiContext';
import { queryKeys, type ConversationScope } from './queryKeys';

/** The conversation reads and "Gesprek afronden", which the Koerskaart makes too; kept apart from ./booking.ts, which brings every contract. */

export const conversationsQuery = (api: Pick<ConversationApi, 'conversations'>, scope: ConversationScope) =>
  queryOptions({ queryKey: queryKeys.conversations(scope), queryFn: ({ signal }) => api.conversations(scope, signal) });

export const conversationQuery = (api: Pick<ConversationApi, 'conversation'>, id: string) =>
  queryOptions({ queryKey: queryKeys.conversation(id), queryFn: ({ signal }) => api.conversation(id, signal) });

/** My conversations, or those with my reports; `enabled: false` for someone without a team. */
export function useConversations(scope: ConversationScope, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...conversationsQuery(useApi(conversationApi), scope), enabled });
}

/** A booking, a new time or a cancellation: the answer is the conversation as it is now; the lists and free moments changed. */
export function afterConversationChange(client: QueryClient, view: ConversationView): Promise<void> {
  client.setQueryData(queryKeys.conversation(view.conversation.id), view);
  return Promise.all([
    client.invalidateQueries({ queryKey: queryKeys.lists.conversations() }),
    client.invalidateQueries({ queryKey: queryKeys.lists.proposals() }),
    client.invalidateQueries({ queryKey: queryKeys.home() }),
  ]).then(() => undefined);
}

/** "Gesprek afronden": with the conversation's newest etag, read just before (idempotent on the server). */
export function useCompleteConversation() {
  const api = useApi(conversationApi);
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      const current = await client.fetchQuery({ ...conversationQuery(api, id), staleTime: 0 });
      return api.complete(id, current.etag);
    },
    onSuccess: (view) => afterConversationChange(client, view),
  });
}
