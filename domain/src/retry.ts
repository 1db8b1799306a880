/**
 * The one retry policy of Koers: how long to wait after a failure, when to give up, and what a
 * server's Retry-After means. Microsoft Graph, the Bot Connector sends, the reminder dispatcher and
 * the tab's Koerskaart write loop each name a policy here instead of keeping a backoff of their
 * own. Pure: the caller supplies the clock's `now` and a random number, so tests are exact.
 */

export interface RetryPolicy {
  /** Attempts in all, the first one included; Infinity for "until it works" (the tab's write loop). */
  maxAttempts: number;
  /**
   * The wait after the n-th failure (n from 1). `exponential`: baseMs · 2^(n−1), at most maxMs.
   * `steps`: stepsMs[n−1], the last step repeating.
   */
  delay: { kind: 'exponential'; baseMs: number; maxMs: number } | { kind: 'steps'; stepsMs: readonly number[] };
  /** Up to this fraction of the delay is added at random, so retries of many clients spread out. */
  jitter: number;
  /** Never wait more than this in all; a longer Retry-After ends the retries (someone is waiting). */
  maxTotalWaitMs?: number;
}

/** A Retry-After beyond an hour is treated as an hour: nothing in Koers should sleep longer. */
const MAX_RETRY_AFTER_MS = 3_600_000;

/**
 * A Retry-After header in milliseconds from `nowMs`: delay-seconds or an HTTP-date (RFC 9110
 * §10.2.3), capped at an hour. Undefined when absent or unreadable.
 */
export function parseRetryAfter(header: string | null | undefined, nowMs: number): number | undefined {
  if (!header) return undefined;
  const text = header.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.min(Math.round(Number(text) * 1000), MAX_RETRY_AFTER_MS);
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.min(Math.max(at - nowMs, 0), MAX_RETRY_AFTER_MS);
}

/**
 * The wait after `failures` failures (1 after the first). `random` in [0, 1) draws the jitter;
 * the server's Retry-After wins when it is longer.
 */
export function retryDelay(policy: RetryPolicy, failures: number, random: number, retryAfterMs?: number): number {
  const n = Math.max(failures, 1);
  const base =
    policy.delay.kind === 'exponential'
      ? Math.min(policy.delay.baseMs * 2 ** (n - 1), policy.delay.maxMs)
      : (policy.delay.stepsMs[Math.min(n - 1, policy.delay.stepsMs.length - 1)] ?? 0);
  const jittered = Math.round(base * (1 + policy.jitter * Math.min(Math.max(random, 0), 1)));
  return Math.max(jittered, retryAfterMs ?? 0);
}

/**
 * Whether to try again after `failures` failures, and after how long: undefined when the policy is
 * spent (no attempts left, or the wait would go past the total budget given `waitedMs` so far).
 */
export function nextRetry(
  policy: RetryPolicy,
  state: { failures: number; waitedMs?: number; random: number; retryAfterMs?: number },
): number | undefined {
  if (state.failures >= policy.maxAttempts) return undefined;
  const delay = retryDelay(policy, state.failures, state.random, state.retryAfterMs);
  if (policy.maxTotalWaitMs !== undefined && (state.waitedMs ?? 0) + delay > policy.maxTotalWaitMs) return undefined;
  return delay;
}

/**
 * Microsoft Graph inside one request (a bot turn or an API call must answer): four attempts,
 * 1 s, 2 s, 4 s, at most 10 s of waiting in all; Graph's Retry-After when it gives one.
 */
export const GRAPH_RETRY: RetryPolicy = {
  maxAttempts: 4,
  delay: { kind: 'exponential', baseMs: 1_000, maxMs: 8_000 },
  jitter: 0,
  maxTotalWaitMs: 10_000,
};

/**
 * Microsoft Graph in the directory sync (a timer, or HR's *Nu synchroniseren* that shows progress):
 * more patient than GRAPH_RETRY, because giving up only means the next run repeats the page —
 * six attempts, 1 s doubling to 30 s, at most two minutes of waiting per request; a longer
 * Retry-After ends the run, which resumes where it stopped.
 */
export const GRAPH_SYNC_RETRY: RetryPolicy = {
  maxAttempts: 6,
  delay: { kind: 'exponential', baseMs: 1_000, maxMs: 30_000 },
  jitter: 0,
  maxTotalWaitMs: 120_000,
};

/** A chat send retried inside the same dispatcher run before it is put back: 250 ms, 500 ms, 1 s. */
export const SEND_IN_RUN_RETRY: RetryPolicy = {
  maxAttempts: 4,
  delay: { kind: 'exponential', baseMs: 250, maxMs: 1_000 },
  jitter: 0,
};

/**
 * A chat send across dispatcher runs: 1 min, 5 min, 15 min, 1 h, 4 h (+ up to 25 %), then dead
 * letter after six attempts, so a connector that is down for an afternoon still delivers.
 */
export const SEND_ACROSS_RUNS_RETRY: RetryPolicy = {
  maxAttempts: 6,
  delay: { kind: 'steps', stepsMs: [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000, 4 * 60 * 60_000] },
  jitter: 0.25,
};

/**
 * The tab's Koerskaart edits waiting to be saved: retried until they are (nothing typed may be
 * lost; they also wait in the browser's storage), 1 s doubling to at most 10 s while the API or
 * the network is away, so a return is noticed within seconds.
 */
export const CANVAS_WRITE_RETRY: RetryPolicy = {
  maxAttempts: Number.POSITIVE_INFINITY,
  delay: { kind: 'exponential', baseMs: 1_000, maxMs: 10_000 },
  jitter: 0.2,
};

/**
 * A request Koers' API refused with 429 (over a quota, before doing anything): the tab sends it
 * again after the server's Retry-After, at least 1 s and doubling, at most four more times and
 * 30 s in all, so a person sees a short pause instead of an error.
 */
export const RATE_LIMITED_RETRY: RetryPolicy = {
  maxAttempts: 5,
  delay: { kind: 'exponential', baseMs: 1_000, maxMs: 8_000 },
  jitter: 0.2,
  maxTotalWaitMs: 30_000,
};

/**
 * A write re-applied after losing an ETag race to other writers of the same record (progress
 * notes, approvals): a short random pause, 5 ms doubling to at most 250 ms, so fifty people
 * writing one plan at once take turns instead of all reading and losing again together. The
 * caller bounds the attempts.
 */
export const CONTENDED_WRITE_RETRY: RetryPolicy = {
  maxAttempts: Number.POSITIVE_INFINITY,
  delay: { kind: 'exponential', baseMs: 5, maxMs: 250 },
  jitter: 1,
};

/**
 * The server's canvas write losing an etag race (412) to the other party's write: read, apply
 * again and retry at once, with a little jitter so two writers in lockstep part ways.
 */
export const CANVAS_STORE_RETRY: RetryPolicy = {
  maxAttempts: 25,
  delay: { kind: 'exponential', baseMs: 1, maxMs: 50 },
  jitter: 1,
};
