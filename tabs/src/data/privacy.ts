import { useInfiniteQuery } from '@tanstack/react-query';
import { privacyApi } from '../api/privacyApi';
import { useApi } from './apiContext';
import { queryKeys } from './queryKeys';

/** "Wie heeft mijn gegevens bekeken", newest first, a page at a time. */
export function useAccessLog() {
  const api = useApi(privacyApi);
  return useInfiniteQuery({
    queryKey: queryKeys.accessLog(),
    queryFn: ({ pageParam, signal }) => api.accessLog(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.continuationToken,
  });
}
