import { contracts } from '@koers/contracts';
import type { ConversationRequestInput, SlotCheckQuery } from '@koers/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useKoersApi } from './KoersApiContext';
import { readKey } from './queryKeys';

const openRequestKey = () => readKey(contracts.openConversationRequest, {});

/** My request for a conversation that still waits for my manager (none: `request` absent). */
export function useOpenRequest({ enabled = true }: { enabled?: boolean } = {}) {
  const api = useKoersApi();
  return useQuery({ queryKey: openRequestKey(), queryFn: ({ signal }) => api.cycle.openRequest(signal), enabled });
}

/** "Gesprek aanvragen": the manager gets a chat card with proposals; the page then shows it as asked. */
export function useRequestConversation() {
  const api = useKoersApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ConversationRequestInput) => api.cycle.request(input),
    onSuccess: () => client.invalidateQueries({ queryKey: openRequestKey() }),
  });
}

/** Whether a time the manager picked by hand can be booked; asked again for every other time. */
export function useTimeCheck(query: SlotCheckQuery | undefined) {
  const api = useKoersApi();
  return useQuery({
    queryKey: readKey(contracts.checkBookingTime, { query: query ?? { employeeId: '', start: '', end: '' } }),
    queryFn: ({ signal }) => api.cycle.checkTime(query!, signal),
    enabled: query !== undefined,
    // Calendars change all the time: a verdict is not kept for later.
    gcTime: 0,
  });
}
