import type { CareerOptionsResponse } from '@koers/domain';
import type { AuthorizedCall } from './authorizedApi';
import { apiClient } from './client';
import { endpoint } from './endpoint';

// An endpoint, not the contract (see endpoint.ts): the Koerskaart's "Mogelijke stappen" read it,
// and the contracts would bring zod and every capability's schemas to the canvas.
const careerOptions = endpoint({ name: 'careerOptions', method: 'GET', path: 'people/{id}/career-options', response: { kind: 'json' } });

export interface CareerOptionsApi {
  /** With `conversationId`, the employee's self-assessment of that preparation counts. */
  options(personId: string, conversationId: string | undefined, signal?: AbortSignal): Promise<CareerOptionsResponse>;
}

/** A person's career options, without the contracts: what the Koerskaart and Voorbereiden call. */
export function careerOptionsApi(call: AuthorizedCall): CareerOptionsApi {
  const client = apiClient(call);
  return { options: (personId, conversationId, signal) => client.call(careerOptions, { params: { id: personId }, query: conversationId ? { conversationId } : {}, signal }) };
}
