import type { AccessLogResponse, PersonalDataExport } from '@koers/domain';
import type { AuthorizedCall } from './authorizedApi';
import { apiClient } from './client';
import { endpoint } from './endpoint';

const myData = endpoint({ name: 'myData', method: 'GET', path: 'me/data', response: { kind: 'json' } });
const myDataSummary = endpoint({ name: 'myDataSummary', method: 'GET', path: 'me/data/summary', response: { kind: 'binary', contentType: 'text/html' } });
const myAccessLog = endpoint({ name: 'myAccessLog', method: 'GET', path: 'me/access-log', response: { kind: 'json' } });

/** "Mijn gegevens" and "Wie heeft mijn gegevens bekeken" (@koers/contracts' privacy routes), on the home page. */
export interface PrivacyApi {
  myData(): Promise<PersonalDataExport>;
  /** The readable HTML page, in the caller's language. */
  summary(): Promise<Blob>;
  accessLog(continuationToken?: string, signal?: AbortSignal): Promise<AccessLogResponse>;
}

export function privacyApi(call: AuthorizedCall): PrivacyApi {
  const client = apiClient(call);
  return {
    myData: () => client.call(myData, {}),
    summary: () => client.call(myDataSummary, {}),
    accessLog: (continuationToken, signal) => client.call(myAccessLog, { query: continuationToken ? { continuationToken } : {}, signal }),
  };
}
