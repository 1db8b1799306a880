import type { ConversationRequestResponse, OpenRequestResponse } from '@koers/contracts';
import type { ConversationRequestInput, SlotCheckQuery, SlotVerdict } from '@koers/domain';
import type { AuthorizedCall } from './authorizedApi';
import { apiClient } from './client';
import { endpoint } from './endpoint';

// Endpoints, not contracts: asking for a conversation sits on the employee's home page (endpoint.ts).
const requestConversation = endpoint({ name: 'requestConversation', method: 'POST', path: 'conversations/requests', response: { kind: 'json' }, body: true });
const openConversationRequest = endpoint({ name: 'openConversationRequest', method: 'GET', path: 'conversations/requests', response: { kind: 'json' } });
const checkBookingTime = endpoint({ name: 'checkBookingTime', method: 'GET', path: 'bookings/check', response: { kind: 'json' } });

/** The cycle around one person: an employee asks for a conversation; a manager checks a time picked by hand. */
export interface CycleApi {
  request(input: ConversationRequestInput): Promise<ConversationRequestResponse>;
  openRequest(signal?: AbortSignal): Promise<OpenRequestResponse>;
  checkTime(query: SlotCheckQuery, signal?: AbortSignal): Promise<SlotVerdict>;
}

export function cycleApi(call: AuthorizedCall): CycleApi {
  const client = apiClient(call);
  return {
    request: (input) => client.call(requestConversation, { body: input }),
    openRequest: (signal) => client.call(openConversationRequest, { signal }),
    checkTime: (query, signal) => client.call(checkBookingTime, { query, signal }),
  };
}
