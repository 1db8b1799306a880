import type { ConversationListResponse as ConversationList, MeResponse as Me } from '@koers/contracts';
import type {
  BookConversationInput,
  CancelRequest,
  ConversationResponse as ConversationAnswer,
  ConversationView as View,
  PreparationResponse as PreparationAnswer,
  RescheduleRequest,
  SavePreparationInput,
  SlotProposalsResponse as SlotProposals,
} from '@koers/domain';
import { ConversationListResponse, MeResponse } from '@koers/contracts';
import {
  ConversationResponse,
  ConversationView,
  PreparationResponse,
  SlotProposalsResponse,
} from '@koers/domain';
import type { AuthorizedCall } from './authorizedApi';
import { canvasApi, type CanvasApi } from './canvasApi';
import { organisationApi, type OrganisationApi } from './organisationApi';
import { popApi, type PopApi } from './popApi';
import { portfolioApi, type PortfolioApi } from './portfolioApi';

export interface KoersApi {
  me(signal?: AbortSignal): Promise<Me>;
  conversations(scope: 'mine' | 'team', signal?: AbortSignal): Promise<ConversationList>;
  /** Free moments in both calendars; `after` is the previous answer's `next` ("andere tijden"). */
  proposals(employeeId: string, after?: string, signal?: AbortSignal): Promise<SlotProposals>;
  /** Idempotent by `request.requestId`: sending the same intent twice books once. */
  book(request: BookConversationInput): Promise<ConversationAnswer>;
  conversation(id: string, signal?: AbortSignal): Promise<View>;
  reschedule(id: string, etag: string, times: RescheduleRequest): Promise<View>;
  cancel(id: string, etag: string, request: CancelRequest): Promise<View>;
  /** "Gesprek afronden": marks it held (idempotent). */
  complete(id: string, etag: string): Promise<View>;
  preparation(conversationId: string, signal?: AbortSignal): Promise<PreparationAnswer>;
  /** `etag` is absent for the first save (nothing stored yet). */
  savePreparation(conversationId: string, etag: string | undefined, body: SavePreparationInput): Promise<PreparationAnswer>;
  canvas: CanvasApi;
  pop: PopApi;
  portfolio: PortfolioApi;
  organisation: OrganisationApi;
}

const conversationPath = (id: string) => `/conversations/${encodeURIComponent(id)}`;

export function koersApi(call: AuthorizedCall): KoersApi {
  return {
    me: (signal) => call({ path: '/me', schema: MeResponse, signal }),
    conversations: (scope, signal) =>
      call({ path: `/conversations?scope=${scope}`, schema: ConversationListResponse, signal }),
    proposals: (employeeId, after, signal) => {
      const query = new URLSearchParams({ employeeId });
      if (after) query.set('after', after);
      return call({ path: `/bookings/proposals?${query.toString()}`, schema: SlotProposalsResponse, signal });
    },
    book: (request) => call({ method: 'POST', path: '/conversations', body: request, schema: ConversationResponse }),
    conversation: (id, signal) => call({ path: conversationPath(id), schema: ConversationView, signal }),
    reschedule: (id, etag, times) =>
      call({ method: 'POST', path: `${conversationPath(id)}/reschedule`, body: times, ifMatch: etag, schema: ConversationView }),
    cancel: (id, etag, request) =>
      call({ method: 'POST', path: `${conversationPath(id)}/cancel`, body: request, ifMatch: etag, schema: ConversationView }),
    complete: (id, etag) => call({ method: 'POST', path: `${conversationPath(id)}/complete`, ifMatch: etag, schema: ConversationView }),
    preparation: (conversationId, signal) =>
      call({ path: `${conversationPath(conversationId)}/preparation`, schema: PreparationResponse, signal }),
    savePreparation: (conversationId, etag, body) =>
      call({
        method: 'PUT',
        path: `${conversationPath(conversationId)}/preparation`,
        body,
        ...(etag ? { ifMatch: etag } : {}),
        schema: PreparationResponse,
      }),
    canvas: canvasApi(call),
    pop: popApi(call),
    portfolio: portfolioApi(call),
    organisation: organisationApi(call),
  };
}
