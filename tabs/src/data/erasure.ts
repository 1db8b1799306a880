import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useKoersApi } from './KoersApiContext';
import { readKey } from './queryKeys';

/** HR's list to erase from: the leavers without a search, the matches with one (2 characters or more). */
export function useErasureCandidates(search: string) {
  const api = useKoersApi();
  const wanted = search.trim().length >= 2 ? search.trim() : undefined;
  return useQuery({
    queryKey: readKey('erasureCandidates', { query: wanted ? { search: wanted } : {} }),
    queryFn: ({ signal }) => api.privacyAdmin.erasureCandidates(wanted, signal),
    placeholderData: keepPreviousData,
  });
}

/** Erasing someone: afterwards every list that could name them is read again (not the signed-in person, who is not the one erased). */
export function useErasePerson() {
  const api = useKoersApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) => api.privacyAdmin.erase(personId),
    onSuccess: () => client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'me' }),
  });
}

/** HR's retention period for leavers; the candidates list (which shows it) is read again. */
export function useSetRetention() {
  const api = useKoersApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (months: number) => api.privacyAdmin.setRetention(months),
    onSuccess: () => client.invalidateQueries({ queryKey: ['erasureCandidates'] }),
  });
}

/** HR's retention period for held conversations (null: never); the candidates list carries it. */
export function useSetHeldConversationRetention() {
  const api = useKoersApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (years: number | null) => api.privacyAdmin.setHeldConversationRetention(years),
    onSuccess: () => client.invalidateQueries({ queryKey: ['erasureCandidates'] }),
  });
}

/** The works council's change log, newest first, a page at a time. */
export function useChangeLog() {
  const api = useKoersApi();
  return useInfiniteQuery({
    queryKey: readKey('changeLog', { query: {} }),
    queryFn: ({ pageParam, signal }) => api.privacyAdmin.changeLog(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.continuationToken,
  });
}
