import { ApiError } from '../api/errors';

/** How often a failed read is tried again after the first attempt: never for an answer that is final. */
export const MAX_READ_RETRIES = 2;

/**
 * Whether a failed read is worth another try. A 4xx (a problem answer, a 404, a 412) is the API's
 * final word, and so is an answer that does not fit its contract or a lost sign-in; a network
 * failure or a 5xx may pass, so it is tried again, at most twice.
 */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  const { failure } = error;
  if (failure.kind === 'network') return true;
  if (failure.kind === 'http' || failure.kind === 'problem') return failure.status >= 500;
  return false;
}

/** TanStack Query's `retry`: `retriesSoFar` counts the tries after the first (0 when the first failed). */
export function retryRead(retriesSoFar: number, error: unknown): boolean {
  return retriesSoFar < MAX_READ_RETRIES && isTransient(error);
}
