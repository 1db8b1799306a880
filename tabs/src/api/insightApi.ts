import { contracts } from '@koers/contracts';
import type { InsightFilter, InsightResponse, InsightRoundsResponse, MyTalentResponse, NamedTalentResponse, SaveTalentProfileRequest } from '@koers/domain';
import type { AuthorizedCall } from './authorizedApi';
import { apiClient } from './client';

/** HR's anonymous insight and my talent-pool wishes (@koers/contracts' insight routes). */
export interface InsightApi {
  rounds(signal?: AbortSignal): Promise<InsightRoundsResponse>;
  round(roundId: string, filter: InsightFilter, signal?: AbortSignal): Promise<InsightResponse>;
  namedTalent(continuationToken?: string, signal?: AbortSignal): Promise<NamedTalentResponse>;
  myTalent(signal?: AbortSignal): Promise<MyTalentResponse>;
  /** `etag` null for the first save. */
  saveMyTalent(request: SaveTalentProfileRequest, etag: string | null): Promise<MyTalentResponse>;
}

export function insightApi(call: AuthorizedCall): InsightApi {
  const client = apiClient(call);
  return {
    rounds: (signal) => client.call(contracts.insightRounds, { signal }),
    round: (roundId, filter, signal) => client.call(contracts.insight, { params: { roundId }, query: filter, signal }),
    namedTalent: (continuationToken, signal) => client.call(contracts.namedTalent, { query: continuationToken ? { continuationToken } : {}, signal }),
    myTalent: (signal) => client.call(contracts.myTalent, { signal }),
    saveMyTalent: (request, etag) => client.call(contracts.saveMyTalent, { body: request, ...(etag ? { ifMatch: etag } : {}) }),
  };
}
