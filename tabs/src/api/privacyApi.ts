import { contracts } from '@koers/contracts';
import type { AccessLogResponse, ChangeLogResponse, ErasureCandidatesResponse, ErasureReport, PersonalDataExport, RetentionResponse } from '@koers/domain';
import type { AuthorizedCall } from './authorizedApi';
import { apiClient } from './client';

/** "Mijn gegevens" and "Wie heeft mijn gegevens bekeken" (@koers/contracts' privacy routes). */
export interface PrivacyApi {
  myData(): Promise<PersonalDataExport>;
  /** The readable HTML page, in the caller's language. */
  summary(): Promise<Blob>;
  accessLog(continuationToken?: string, signal?: AbortSignal): Promise<AccessLogResponse>;
  /** HR: the leavers, or the people matching `search`, to erase. */
  erasureCandidates(search: string | undefined, signal?: AbortSignal): Promise<ErasureCandidatesResponse>;
  /** HR: erase everything Koers holds about one person. */
  erase(personId: string): Promise<ErasureReport>;
  /** HR: the works council's change log, newest first. */
  changeLog(continuationToken?: string, signal?: AbortSignal): Promise<ChangeLogResponse>;
  /** HR: months after leaving before the retention timer erases someone. */
  setRetention(months: number): Promise<RetentionResponse>;
}

export function privacyApi(call: AuthorizedCall): PrivacyApi {
  const client = apiClient(call);
  return {
    myData: () => client.call(contracts.myData, {}),
    summary: () => client.call(contracts.myDataSummary, {}),
    accessLog: (continuationToken, signal) => client.call(contracts.myAccessLog, { query: continuationToken ? { continuationToken } : {}, signal }),
    erasureCandidates: (search, signal) => client.call(contracts.erasureCandidates, { query: search ? { search } : {}, signal }),
    changeLog: (continuationToken, signal) => client.call(contracts.changeLog, { query: continuationToken ? { continuationToken } : {}, signal }),
    setRetention: (months) => client.call(contracts.setRetention, { body: { leaverRetentionMonths: months } }),
    erase: (personId) => client.call(contracts.erasePerson, { params: { id: personId }, body: { reason: 'request' } }),
  };
}
