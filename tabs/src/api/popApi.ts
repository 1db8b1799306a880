import { contracts, type BodyInput } from '@koers/contracts';
import type {
  ApprovePopRequest,
  FollowUpsResponse,
  PopListResponse,
  PopResponse,
  RecordProgressRequest,
  ReminderPreferencesRequest,
  ReminderPreferencesResponse,
} from '@koers/domain';
import type { AuthorizedCall } from './authorizedApi';
import { apiClient } from './client';
import { popWritesApi, type CreatePopInput } from './popWritesApi';

export type { CreatePopInput };

/** The wire body: the goals in it are checked as goals, on the server and here. */
export type RevisePopInput = BodyInput<typeof contracts.revisePop>;

/**
 * The POP calls of the API (@koers/contracts' pop routes): answers checked against their
 * contract, except those of the writes the home page makes too (popWritesApi).
 */
export interface PopApi {
  /** The employee's plans, newest first. */
  list(employeeId: string, signal?: AbortSignal): Promise<PopListResponse>;
  /** Idempotent: by `conversationId` (one plan per conversation), else by `requestId`. */
  create(request: CreatePopInput): Promise<PopResponse>;
  get(id: string, signal?: AbortSignal): Promise<PopResponse>;
  /** `etag` is the view's etag (If-Match); a stale one or an older `baseVersion` is 412. */
  revise(id: string, etag: string, request: RevisePopInput): Promise<PopResponse>;
  approve(id: string, request: ApprovePopRequest): Promise<PopResponse>;
  progress(id: string, request: RecordProgressRequest): Promise<PopResponse>;
  /** The PDF of an approved version ("Gemaakte afspraken"). */
  pdf(id: string, version: number): Promise<Blob>;
  /** Pause or change reminders: the plan's cadence, or a goal's cadence or pause (never a new version). */
  reminders(id: string, request: ReminderPreferencesRequest): Promise<ReminderPreferencesResponse>;
  /** The agreed follow-up rhythm's dates and where each stands. */
  followUps(id: string, signal?: AbortSignal): Promise<FollowUpsResponse>;
}

export function popApi(call: AuthorizedCall): PopApi {
  const client = apiClient(call);
  const writes = popWritesApi(call);
  return {
    list: (employeeId, signal) => client.call(contracts.listPops, { query: { employeeId }, signal }),
    create: (request) => writes.create(request),
    get: (id, signal) => client.call(contracts.pop, { params: { id }, signal }),
    revise: (id, etag, request) => client.call(contracts.revisePop, { params: { id }, body: request, ifMatch: etag }),
    approve: (id, request) => client.call(contracts.approvePop, { params: { id }, body: request }),
    progress: (id, request) => writes.progress(id, request),
    pdf: (id, version) => client.call(contracts.popAgreementsPdf, { params: { id, n: version } }),
    reminders: (id, request) => client.call(contracts.popReminders, { params: { id }, body: request }),
    followUps: (id, signal) => client.call(contracts.popFollowUps, { params: { id }, signal }),
  };
}
