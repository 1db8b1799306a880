import { contracts } from '@koers/contracts';
import type { ProgressBoardResponse, ProgressFilterQuery, ProgressPeopleResponse, ProgressRoundsResponse } from '@koers/domain';
import type { AuthorizedCall } from './authorizedApi';
import { apiClient } from './client';

/** HR's progress board (@koers/contracts' progress routes). */
export interface ProgressApi {
  rounds(signal?: AbortSignal): Promise<ProgressRoundsResponse>;
  board(roundId: string, signal?: AbortSignal): Promise<ProgressBoardResponse>;
  people(roundId: string, filter: ProgressFilterQuery, continuationToken?: string, signal?: AbortSignal): Promise<ProgressPeopleResponse>;
  exportFile(roundId: string, filter: ProgressFilterQuery, format: 'csv' | 'xlsx', lang: 'nl-NL' | 'nl-BE' | 'en-GB'): Promise<Blob>;
}

export function progressApi(call: AuthorizedCall): ProgressApi {
  const client = apiClient(call);
  return {
    rounds: (signal) => client.call(contracts.progressRounds, { signal }),
    board: (roundId, signal) => client.call(contracts.progressBoard, { params: { roundId }, signal }),
    people: (roundId, filter, continuationToken, signal) =>
      client.call(contracts.progressPeople, { params: { roundId }, query: { ...filter, ...(continuationToken ? { continuationToken } : {}) }, signal }),
    exportFile: (roundId, filter, format, lang) => client.call(contracts.progressExport, { params: { roundId }, query: { ...filter, format, lang } }),
  };
}
