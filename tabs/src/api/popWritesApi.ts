import type { BodyInput, contracts } from '@koers/contracts';
import type { PopResponse, RecordProgressRequest } from '@koers/domain';
import type { AuthorizedCall } from './authorizedApi';
import { apiClient } from './client';
import { endpoint } from './endpoint';

const createPop = endpoint({ name: 'createPop', method: 'POST', path: 'pops', body: true, response: { kind: 'json' } });
const recordPopProgress = endpoint({ name: 'recordPopProgress', method: 'POST', path: 'pops/{id}/progress', body: true, response: { kind: 'json' } });

/** The wire body: the goals in it are checked as goals, on the server. */
export type CreatePopInput = BodyInput<typeof contracts.createPop>;

/** The plan writes the home page makes too: "POP maken" for a team member, and a check-in answered. */
export interface PopWritesApi {
  /** Idempotent: by `conversationId` (one plan per conversation), else by `requestId`. */
  create(request: CreatePopInput): Promise<PopResponse>;
  progress(id: string, request: RecordProgressRequest): Promise<PopResponse>;
}

export function popWritesApi(call: AuthorizedCall): PopWritesApi {
  const client = apiClient(call);
  return {
    create: (request) => client.call(createPop, { body: request }),
    progress: (id, request) => client.call(recordPopProgress, { params: { id }, body: request }),
  };
}
