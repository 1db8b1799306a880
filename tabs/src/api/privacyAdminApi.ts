import { contracts } from '@koers/contracts';
import type { ChangeLogResponse, ErasureCandidatesResponse, ErasureReport, HeldConversationRetentionSettings, RetentionResponse } from '@koers/domain';
import type { AuthorizedCall } from './authorizedApi';
import { apiClient } from './client';

/** HR's side of privacy (@koers/contracts' privacy routes): erasure, retention and the works council's change log. */
export interface PrivacyAdminApi {
  /** HR: the leavers, or the people matching `search`, to erase. */
  erasureCandidates(search: string | undefined, signal?: AbortSignal): Promise<ErasureCandidatesResponse>;
  /** HR: erase everything Koers holds about one person. */
  erase(personId: string): Promise<ErasureReport>;
  /** HR: the works council's change log, newest first. */
  changeLog(continuationToken?: string, signal?: AbortSignal): Promise<ChangeLogResponse>;
  /** HR: months after leaving before the retention timer erases someone. */
  setRetention(months: number): Promise<RetentionResponse>;
  /** HR: years after a conversation before the retention timer empties its content (null: never). */
  setHeldConversationRetention(years: number | null): Promise<HeldConversationRetentionSettings>;
}

export function privacyAdminApi(call: AuthorizedCall): PrivacyAdminApi {
  const client = apiClient(call);
  return {
    erasureCandidates: (search, signal) => client.call(contracts.erasureCandidates, { query: search ? { search } : {}, signal }),
    changeLog: (continuationToken, signal) => client.call(contracts.changeLog, { query: continuationToken ? { continuationToken } : {}, signal }),
    setRetention: (months) => client.call(contracts.setRetention, { body: { leaverRetentionMonths: months } }),
    setHeldConversationRetention: (years) => client.call(contracts.setHeldConversationRetention, { body: { heldConversationRetentionYears: years } }),
    erase: (personId) => client.call(contracts.erasePerson, { params: { id: personId }, body: { reason: 'request' } }),
  };
}
