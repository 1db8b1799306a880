import { queryOptions, useQuery } from '@tanstack/react-query';
import type { KoersApi } from '../api/koersApi';
import { useKoersApi } from './KoersApiContext';
import { queryKeys } from './queryKeys';

export const homeQuery = (api: KoersApi) => queryOptions({ queryKey: queryKeys.home(), queryFn: ({ signal }) => api.home(signal) });

/** What the signed-in person should do next (GET /api/home); read again after every plan or booking change. */
export function useHome() {
  return useQuery(homeQuery(useKoersApi()));
}
