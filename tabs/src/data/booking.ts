import type { BookConversationInput, CancelRequest, RescheduleRequest } from '@koers/domain';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { isStaleSlot, isStaleVersion } from '../pages/plan/staleSlot';
import { afterConversationChange, conversationQuery } from './conversation';
import { useKoersApi } from './KoersApiContext';
import { queryKeys } from './queryKeys';

export { useCompleteConversation, useConversations } from './conversation';

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
