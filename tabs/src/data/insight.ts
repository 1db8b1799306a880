import type { InsightFilter, SaveTalentProfileRequest } from '@koers/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useKoersApi } from './KoersApiContext';
import { readKey } from './queryKeys';
import { formSeed } from './reads';

const keys = {
  rounds: () => readKey('insightRounds', {}),
  round: (roundId: string, filter: InsightFilter) => readKey('insight', { params: { roundId }, query: filter }),
  namedTalent: () => readKey('namedTalent', { query: {} }),
  myTalent: () => readKey('myTalent', {}),
};

/** The closed rounds with insight (Koers.HR). */
export function useInsightRounds() {
  const api = useKoersApi();
  return useQuery({ queryKey: keys.rounds(), queryFn: ({ signal }) => api.insight.rounds(signal) });
}

/** One round's figures as the filter selects them; off until a round is chosen. */
export function useInsight(roundId: string | undefined, filter: InsightFilter) {
  const api = useKoersApi();
  return useQuery({
    queryKey: keys.round(roundId ?? '', filter),
    queryFn: ({ signal }) => api.insight.round(roundId ?? '', filter, signal),
    enabled: roundId !== undefined,
    placeholderData: (previous) => previous,
  });
}

/** The first page of the talent-pool wishes shown to HR by name (Koers.HR). */
export function useNamedTalent() {
  const api = useKoersApi();
  return useQuery({ queryKey: keys.namedTalent(), queryFn: ({ signal }) => api.insight.namedTalent(undefined, signal) });
}

/** The next page after `continuationToken`, for "meer tonen". */
export function useMoreNamedTalent() {
  const api = useKoersApi();
  return useMutation({ mutationFn: (continuationToken: string) => api.insight.namedTalent(continuationToken) });
}

/** My own talent-pool wishes: the form's starting point. */
export function useMyTalent() {
  const api = useKoersApi();
  return useQuery({ queryKey: keys.myTalent(), queryFn: ({ signal }) => api.insight.myTalent(signal), ...formSeed });
}

export function useSaveMyTalent() {
  const api = useKoersApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ request, etag }: { request: SaveTalentProfileRequest; etag: string | null }) => api.insight.saveMyTalent(request, etag),
    onSuccess: (saved) => client.setQueryData(keys.myTalent(), saved),
  });
}
