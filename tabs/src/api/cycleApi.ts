import { contracts, type ConversationRequestResponse, type OpenRequestResponse } from '@koers/contracts';
import type { ConversationRequestInput, SlotCheckQuery, SlotVerdict } from '@koers/domain';
import type { AuthorizedCall } from './authorizedApi';
import { apiClient } from './client';

/** The cycle around one person: an employee asks for a conversation; a manager checks a time picked by hand. */
export interface CycleApi {
  request(input: ConversationRequestInput): Promise<ConversationRequestResponse>;
  openRequest(signal?: AbortSignal): Promise<OpenRequestResponse>;
  checkTime(query: SlotCheckQuery, signal?: AbortSignal): Promise<SlotVerdict>;
}

export function cycleApi(call: AuthorizedCall): CycleApi {
  const client = apiClient(call);
  return {
    request: (input) => client.call(contracts.requestConversation, { body: input }),
    openRequest: (signal) => client.call(contracts.openConversationRequest, { signal }),
    checkTime: (query, signal) => client.call(contracts.checkBookingTime, { query, signal }),
  };
}
