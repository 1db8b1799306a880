import type { UseQueryResult } from '@tanstack/react-query';

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
