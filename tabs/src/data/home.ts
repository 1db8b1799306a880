import type { HomeResponse } from '@koers/domain';
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { homeApi, type HomeApi } from '../api/homeApi';
import { useApi } from './apiContext';
import { queryKeys } from './queryKeys';

export const homeQuery = (api: HomeApi) => queryOptions({ queryKey: queryKeys.home(), queryFn: ({ signal }) => api.home(signal) });

/**
 * Answers read ahead, while the tab was still asking /me who is signed in: the page that shows
 * one first takes it as it is instead of reading it again. Any later showing reads again, as
 * every page does.
 */
const readAhead = new WeakSet<HomeResponse>();

/**
 * Starts reading /home alongside /me when the tab opens on the home page: the page needs /me's
 * answer to show, but its data does not depend on it. A failure is not shown here: the page's own
 * read then tries again and reports it.
 */
export function prefetchHome(client: QueryClient, api: HomeApi): void {
  void client.prefetchQuery({
    ...homeQuery(api),
    queryFn: async ({ signal }) => {
      const answer = await api.home(signal);
      readAhead.add(answer);
      return answer;
    },
  });
}

/** What the signed-in person should do next (GET /api/home); read again after every plan or booking change. */
export function useHome() {
  const query = useQuery({ ...homeQuery(useApi(homeApi)), refetchOnMount: (current) => !(current.state.data && readAhead.has(current.state.data)) });
  const { data } = query;
  // Shown once: from now on it is an answer like any other.
  useEffect(() => {
    if (data) readAhead.delete(data);
  }, [data]);
  return query;
}
