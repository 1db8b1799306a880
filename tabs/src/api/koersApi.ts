import type { ConversationListResponse as ConversationList } from '@koers/contracts';
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
import { careerApi, type CareerApi } from './careerApi';
import { catalogueApi, type CatalogueApi } from './catalogueApi';
import { templatesApi, type TemplatesApi } from './templatesApi';
import { contracts } from '@koers/contracts';
import type { AuthorizedCall } from './authorizedApi';
import { apiClient } from './client';
import { canvasApi, type CanvasApi } from './canvasApi';
import { homeApi, type HomeApi } from './homeApi';
import { peopleApi, type PeopleApi } from './peopleApi';
import { organisationApi, type OrganisationApi } from './organisationApi';
import { popApi, type PopApi } from './popApi';
import { portfolioApi, type PortfolioApi } from './portfolioApi';
import { privacyApi, type PrivacyApi } from './privacyApi';
import { privacyAdminApi, type PrivacyAdminApi } from './privacyAdminApi';
import { cycleApi, type CycleApi } from './cycleApi';
import { progressApi, type ProgressApi } from './progressApi';
import { roundsApi, type RoundsApi } from './roundsApi';
import { insightApi, type InsightApi } from './insightApi';
import { gesprekspartnersApi, type GesprekspartnersApi } from './gesprekspartnersApi';
import { remarkApi, type RemarkApi } from './remarkApi';

/**
 * Every capability's calls in one object, for the pages behind the first screen (useKoersApi).
 * It names every contract, so the shell and the home page never import it: they use their own
 * capability's client (peopleApi, homeApi, privacyApi, popWritesApi).
 */
export interface KoersApi extends PeopleApi, HomeApi {
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
  catalogue: CatalogueApi;
  career: CareerApi;
  privacy: PrivacyApi;
  privacyAdmin: PrivacyAdminApi;
  cycle: CycleApi;
  progress: ProgressApi;
  rounds: RoundsApi;
  templates: TemplatesApi;
  insight: InsightApi;
  gesprekspartners: GesprekspartnersApi;
  remark: RemarkApi;
}

export function koersApi(call: AuthorizedCall): KoersApi {
  const client = apiClient(call);
  return {
    ...peopleApi(call),
    ...homeApi(call),
    conversations: (scope, signal) => client.call(contracts.conversations, { query: { scope }, signal }),
    proposals: (employeeId, after, signal) => client.call(contracts.bookingProposals, { query: { employeeId, after }, signal }),
    book: (request) => client.call(contracts.bookConversation, { body: request }),
    conversation: (id, signal) => client.call(contracts.conversation, { params: { id }, signal }),
    reschedule: (id, etag, times) => client.call(contracts.rescheduleConversation, { params: { id }, body: times, ifMatch: etag }),
    cancel: (id, etag, request) => client.call(contracts.cancelConversation, { params: { id }, body: request, ifMatch: etag }),
    complete: (id, etag) => client.call(contracts.completeConversation, { params: { id }, ifMatch: etag }),
    preparation: (conversationId, signal) => client.call(contracts.preparation, { params: { id: conversationId }, signal }),
    savePreparation: (conversationId, etag, body) => client.call(contracts.savePreparation, { params: { id: conversationId }, body, ifMatch: etag }),
    canvas: canvasApi(call),
    pop: popApi(call),
    portfolio: portfolioApi(call),
    organisation: organisationApi(call),
    catalogue: catalogueApi(call),
    career: careerApi(call),
    privacy: privacyApi(call),
    privacyAdmin: privacyAdminApi(call),
    cycle: cycleApi(call),
    progress: progressApi(call),
    rounds: roundsApi(call),
    templates: templatesApi(call),
    insight: insightApi(call),
    gesprekspartners: gesprekspartnersApi(call),
    remark: remarkApi(call),
  };
}
