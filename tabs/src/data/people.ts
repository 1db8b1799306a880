import { queryOptions, useQuery } from '@tanstack/react-query';
import type { KoersApi } from '../api/koersApi';
import { useKoersApi } from './KoersApiContext';
import { queryKeys } from './queryKeys';

export const meQuery = (api: KoersApi) => queryOptions({ queryKey: queryKeys.me(), queryFn: ({ signal }) => api.me(signal) });

/** Who is signed in: their roles, manager, reports and organisation. */
export function useMe() {
  return useQuery(meQuery(useKoersApi()));
}
