import type { ProgressFilterQuery } from '@koers/domain';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useKoersApi } from './KoersApiContext';
import { readKey } from './queryKeys';

/** The rounds that have a board, newest first. */
export function useProgressRounds() {
  const api = useKoersApi();
  return useQuery({ queryKey: readKey('progressRounds', {}), queryFn: ({ signal }) => api.progress.rounds(signal) });
}

/** The counts of one round. */
export function useProgressBoard(roundId: string | undefined) {
  const api = useKoersApi();
  return useQuery({
    queryKey: readKey('progressBoard', { params: { roundId: roundId ?? '' } }),
    queryFn: ({ signal }) => api.progress.board(roundId ?? '', signal),
    enabled: roundId !== undefined,
  });
}

/** Who stands where in one round, a page at a time, with the board's filters. */
export function useProgressPeople(roundId: string | undefined, filter: ProgressFilterQuery) {
  const api = useKoersApi();
  return useInfiniteQuery({
    queryKey: readKey('progressPeople', { params: { roundId: roundId ?? '' }, query: filter }),
    queryFn: ({ pageParam, signal }) => api.progress.people(roundId ?? '', filter, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.continuationToken,
    enabled: roundId !== undefined,
  });
}
