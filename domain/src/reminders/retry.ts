import { retryDelay, SEND_ACROSS_RUNS_RETRY, SEND_IN_RUN_RETRY } from '../retry';

/**
 * What the reminder dispatcher does after a failed send. Teams' guidance: back off exponentially
 * with jitter on 429 (honouring Retry-After) and also retry 412, 502 and 504. A 403 (the user
 * blocked or removed the app) or 404 (the chat is gone) will not heal by waiting: those go to
 * `dead` at once. The waits themselves are the send policies of ../retry.ts.
 */

/** `network`: the connection dropped or timed out; the connector may or may not have the message. */
export type SendFailure = number | 'network';

const PERMANENT = new Set([400, 401, 403, 404, 413]);

export function isRetryable(failure: SendFailure): boolean {
  return failure === 'network' || !PERMANENT.has(failure);
}

/** Retried inside the same run (short waits), before the occurrence is put back for a later run. */
export const IN_RUN_RETRIES = SEND_IN_RUN_RETRY.maxAttempts - 1;

/** Tries across runs before an occurrence is dead-lettered. */
export const MAX_ATTEMPTS = SEND_ACROSS_RUNS_RETRY.maxAttempts;

/** The wait before a later run may try again, after `attempts` tries; `jitter` in [0, 1). */
export function retryDelayMs(attempts: number, jitter: number, retryAfterMs?: number): number {
  return retryDelay(SEND_ACROSS_RUNS_RETRY, attempts, jitter, retryAfterMs);
}

/** The short in-run wait before retry `n` (0-based): 250 ms, 500 ms, 1 s, or Retry-After. */
export function inRunDelayMs(n: number, retryAfterMs?: number): number {
  return retryDelay(SEND_IN_RUN_RETRY, n + 1, 0, retryAfterMs);
}
