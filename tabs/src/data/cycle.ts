import type { ConversationRequestInput, SlotCheckQuery } from '@koers/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { cycleApi } from '../api/cycleApi';
import { useApi } from './apiContext';
import { readKey } from './queryKeys';

const openRequestKey = () => readKey('openConversationRequest', {});

/** My request for a conversation that still waits for my manager (none: `request` absent). */
export function useOpenRequest({ enabled = true }: { enabled?: boolean } = {}) {
  const api = useApi(cycleApi);
  return useQuery({ queryKey: openRequestKey(), queryFn: ({ signal }) => api.openRequest(signal), enabled });
}

/** "Gesprek aanvragen": the manager gets a chat card with proposals; the page then shows it as asked. */
export function useRequestConversation() {
  const api = useApi(cycleApi);
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ConversationRequestInput) => api.request(input),
    onSuccess: () => client.invalidateQueries({ queryKey: openRequestKey() }),
  });
}

/** Whether a time the manager picked by hand can be booked; asked again for every other time. */
export function useTimeCheck(query: SlotCheckQuery | undefined) {
  const api = useApi(cycleApi);
  return useQuery({
    queryKey: readKey('checkBookingTime', { query: query ?? { employeeId: '', start: '', end: '' } }),
    queryFn: ({ signal }) => api.checkTime(query!, signal),
    enabled: query !== undefined,
    // Calendars change all the time: a verdict is not kept for later.
    gcTime: 0,
  });
}
