import { useInfiniteQuery } from '@tanstack/react-query';
import { useKoersApi } from './KoersApiContext';
import { queryKeys } from './queryKeys';

/** "Wie heeft mijn gegevens bekeken", newest first, a page at a time. */
export function useAccessLog() {
  const api = useKoersApi();
  return useInfiniteQuery({
    queryKey: queryKeys.accessLog(),
    queryFn: ({ pageParam, signal }) => api.privacy.accessLog(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.continuationToken,
  });
}
