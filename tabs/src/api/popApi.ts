import {
  PopListResponse,
  PopResponse,
  ReminderPreferencesResponse,
  type ApprovePopRequest,
  type CreatePopRequest,
  type RecordProgressRequest,
  type ReminderPreferencesRequest,
  type RevisePopRequest,
} from '@koers/domain';
import type { AuthorizedCall } from './authorizedApi';
import type { Parser } from './http';

/** The POP calls of the API (domain/src/popApi.ts): every answer checked against the domain's zod shapes. */
export interface PopApi {
  /** The employee's plans, newest first. */
  list(employeeId: string, signal?: AbortSignal): Promise<PopListResponse>;
  /** Idempotent: by `conversationId` (one plan per conversation), else by `requestId`. */
  create(request: CreatePopRequest): Promise<PopResponse>;
  get(id: string, signal?: AbortSignal): Promise<PopResponse>;
  /** `etag` is the view's etag (If-Match); a stale one or an older `baseVersion` is 412. */
  revise(id: string, etag: string, request: RevisePopRequest): Promise<PopResponse>;
  approve(id: string, request: ApprovePopRequest): Promise<PopResponse>;
  progress(id: string, request: RecordProgressRequest): Promise<PopResponse>;
  /** The PDF of an approved version ("Gemaakte afspraken"). */
  pdf(id: string, version: number): Promise<Blob>;
  /** Pause or change reminders: the plan's cadence, or a goal's cadence or pause (never a new version). */
  reminders(id: string, request: ReminderPreferencesRequest): Promise<ReminderPreferencesResponse>;
}

const path = (id: string) => `/pops/${encodeURIComponent(id)}`;

/** A PDF answer: a Blob that says it is one (the body's magic bytes are the server's to get right). */
const PdfBlob: Parser<Blob> = {
  safeParse: (input) =>
    input instanceof Blob && input.size > 0 && (input.type === '' || input.type.startsWith('application/pdf'))
      ? { success: true, data: input }
      : { success: false },
};

export function popApi(call: AuthorizedCall): PopApi {
  return {
    list: (employeeId, signal) =>
      call({ path: `/pops?${new URLSearchParams({ employeeId }).toString()}`, schema: PopListResponse, signal }),
    create: (request) => call({ method: 'POST', path: '/pops', body: request, schema: PopResponse }),
    get: (id, signal) => call({ path: path(id), schema: PopResponse, signal }),
    revise: (id, etag, request) => call({ method: 'PUT', path: `${path(id)}/goals`, body: request, ifMatch: etag, schema: PopResponse }),
    approve: (id, request) => call({ method: 'POST', path: `${path(id)}/approve`, body: request, schema: PopResponse }),
    progress: (id, request) => call({ method: 'POST', path: `${path(id)}/progress`, body: request, schema: PopResponse }),
    pdf: (id, version) => call({ path: `${path(id)}/versions/${version}/pdf`, schema: PdfBlob, expect: 'blob' }),
    reminders: (id, request) => call({ method: 'PUT', path: `${path(id)}/reminders`, body: request, schema: ReminderPreferencesResponse }),
  };
}
