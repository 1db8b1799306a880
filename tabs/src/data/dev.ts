import { useQuery } from '@tanstack/react-query';
import type { DevApi } from '../api/devApi';
import { queryKeys } from './queryKeys';

/** The local dev issuer's sample people (local mode only; asked before anyone is signed in). */
export function useDevPersonas(dev: DevApi) {
  return useQuery({ queryKey: queryKeys.devPersonas(), queryFn: ({ signal }) => dev.personas(signal) });
}
