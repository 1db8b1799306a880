import { queryOptions, useQuery } from '@tanstack/react-query';
import { homeApi, type HomeApi } from '../api/homeApi';
import { useApi } from './apiContext';
import { queryKeys } from './queryKeys';

export const homeQuery = (api: HomeApi) => queryOptions({ queryKey: queryKeys.home(), queryFn: ({ signal }) => api.home(signal) });

/** What the signed-in person should do next (GET /api/home); read again after every plan or booking change. */
export function useHome() {
  return useQuery(homeQuery(useApi(homeApi)));
}
