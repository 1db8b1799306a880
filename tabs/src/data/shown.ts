import type { UseQueryResult } from '@tanstack/react-query';
import { useDeferredValue } from 'react';

/** How a read shows on a page: a spinner, the error with "Opnieuw proberen", or its data. */
export type Shown<T> = { status: 'loading' } | { status: 'error'; error: unknown; retry: () => void } | { status: 'ready'; data: T };

/**
 * What was read stays on screen while it is read again in the background, even when that fails;
 * without data, a retry shows the spinner again rather than the old error.
 */
export function shown<T>(query: UseQueryResult<T>): Shown<T> {
  if (query.data !== undefined) return { status: 'ready', data: query.data };
  if (query.isError && !query.isFetching) return { status: 'error', error: query.error, retry: () => void query.refetch() };
  return { status: 'loading' };
}

/**
 * `shown`, for a read whose answer builds a large part of the screen: the answer is shown in a
 * transition, which React renders in slices and gives the main thread back in between, instead of
 * the one long task an arriving answer otherwise renders in (TanStack Query's updates cannot be
 * transitions themselves). Until that render is done, the screen keeps what it showed before.
 */
export function useShownInSlices<T>(query: UseQueryResult<T>): Shown<T> {
  const data = useDeferredValue(query.data);
  if (data !== undefined) return { status: 'ready', data };
  if (query.data !== undefined) return { status: 'loading' };
  return shown(query);
}
