import type { BookConversationInput, CancelRequest, ConversationView, RescheduleRequest } from '@koers/domain';
import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { KoersApi } from '../api/koersApi';
import { isStaleSlot, isStaleVersion } from '../pages/plan/staleSlot';
import { useKoersApi } from './KoersApiContext';
import { queryKeys, type ConversationScope } from './queryKeys';

export const conversationsQuery = (api: KoersApi, scope: ConversationScope) =>
  queryOptions({ queryKey: queryKeys.conversations(scope), queryFn: ({ signal }) => api.conversations(scope, signal) });

export const conversationQuery = (api: KoersApi, id: string) =>
  queryOptions({ queryKey: queryKeys.conversation(id), queryFn: ({ signal }) => api.conversation(id, signal) });

/** My conversations, or those with my reports; `enabled: false` for someone without a team. */
export function useConversations(scope: ConversationScope, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...conversationsQuery(useKoersApi(), scope), enabled });
}

export function useConversation(id: string) {
  return useQuery(conversationQuery(useKoersApi(), id));
}

/** Free moments in both calendars; `after` asks for later ones ("andere tijden"). */
export function useProposals(employeeId: string, after: string | undefined) {
  const api = useKoersApi();
  return useQuery({
    queryKey: queryKeys.proposals(employeeId, after),
    queryFn: ({ signal }) => api.proposals(employeeId, after, signal),
    // Calendars change all the time: proposals are read afresh for every choice.
    gcTime: 0,
  });
}

/** A booking, a new time or a cancellation: the answer is the conversation as it is now; the lists and free moments changed. */
function afterConversationChange(client: QueryClient, view: ConversationView): Promise<void> {
  client.setQueryData(queryKeys.conversation(view.conversation.id), view);
  return Promise.all([
    client.invalidateQueries({ queryKey: queryKeys.lists.conversations() }),
    client.invalidateQueries({ queryKey: queryKeys.lists.proposals() }),
    client.invalidateQueries({ queryKey: queryKeys.home() }),
  ]).then(() => undefined);
}

/** Taken meanwhile: fresh proposals; changed meanwhile (412): the conversation read again for a fresh etag. */
function afterConversationRefusal(client: QueryClient, error: unknown, employeeId: string | undefined, id?: string): void {
  if (isStaleSlot(error)) void client.invalidateQueries({ queryKey: employeeId ? queryKeys.lists.proposalsFor(employeeId) : queryKeys.lists.proposals() });
  if (isStaleVersion(error) && id !== undefined) void client.invalidateQueries({ queryKey: queryKeys.conversation(id) });
}

/** Idempotent by `requestId`: sending the same intent twice books once. */
export function useBookConversation() {
  const api = useKoersApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: BookConversationInput) => api.book(request),
    onSuccess: (answer) => afterConversationChange(client, answer),
    onError: (error, request) => afterConversationRefusal(client, error, request.employeeId),
  });
}

export function useRescheduleConversation() {
  const api = useKoersApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag, times }: { id: string; etag: string; times: RescheduleRequest; employeeId: string }) => api.reschedule(id, etag, times),
    onSuccess: (view) => afterConversationChange(client, view),
    onError: (error, { id, employeeId }) => afterConversationRefusal(client, error, employeeId, id),
  });
}

/**
 * A refused cancellation (412) is not read again here: the dialog that asked stays open with its
 * message, and the card reads the conversation again when it closes.
 */
export function useCancelConversation() {
  const api = useKoersApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag, request }: { id: string; etag: string; request: CancelRequest }) => api.cancel(id, etag, request),
    onSuccess: (view) => afterConversationChange(client, view),
  });
}

/** "Gesprek afronden": with the conversation's newest etag, read just before (idempotent on the server). */
export function useCompleteConversation() {
  const api = useKoersApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      const current = await client.fetchQuery({ ...conversationQuery(api, id), staleTime: 0 });
      return api.complete(id, current.etag);
    },
    onSuccess: (view) => afterConversationChange(client, view),
  });
}
