/**
 * What to do after a failed send. Teams' guidance: back off exponentially with jitter on 429
 * (honouring Retry-After) and also retry 412, 502 and 504. A 403 (the user blocked or removed the
 * app) or 404 (the chat is gone) will not heal by waiting: those go to `dead` at once.
 */

/** `network`: the connection dropped or timed out; the connector may or may not have the message. */
export type SendFailure = number | 'network';

const PERMANENT = new Set([400, 401, 403, 404, 413]);

export function isRetryable(failure: SendFailure): boolean {
  return failure === 'network' || !PERMANENT.has(failure);
}

/** Retried inside the same run (short waits), before the occurrence is put back for a later run. */
export const IN_RUN_RETRIES = 3;

/** Tries across runs before an occurrence is dead-lettered. */
export const MAX_ATTEMPTS = 6;

/** Waits between runs' attempts: 1 min, 5 min, 15 min, 1 h, 4 h. */
const BACKOFF_MS = [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000, 4 * 60 * 60_000];

/**
 * The wait before the next run may try again, after `attempts` tries; `jitter` in [0, 1) spreads
 * retries so a recovering connector is not hit by every reminder at once. Retry-After wins when longer.
 */
export function retryDelayMs(attempts: number, jitter: number, retryAfterMs?: number): number {
  const base = BACKOFF_MS[Math.min(Math.max(attempts - 1, 0), BACKOFF_MS.length - 1)] ?? 60_000;
  const delay = Math.round(base * (1 + 0.25 * Math.min(Math.max(jitter, 0), 1)));
  return Math.max(delay, retryAfterMs ?? 0);
}

/** The short in-run wait before retry `n` (0-based): 250 ms, 500 ms, 1 s, or Retry-After. */
export function inRunDelayMs(n: number, retryAfterMs?: number): number {
  return Math.max(250 * 2 ** n, retryAfterMs ?? 0);
}

/** A Retry-After header (delta-seconds or an HTTP date) in ms from `now`; undefined when absent or garbage. */
export function parseRetryAfter(header: string | null | undefined, now: number): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.min(Math.round(Number(trimmed) * 1000), 3_600_000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.min(Math.max(at - now, 0), 3_600_000);
}
