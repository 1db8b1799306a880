import {
  CANVAS_WRITE_RETRY,
  GRAPH_RETRY,
  nextRetry,
  parseRetryAfter,
  retryDelay,
  SEND_ACROSS_RUNS_RETRY,
  SEND_IN_RUN_RETRY,
  type RetryPolicy,
} from './retry';

const now = Date.parse('2026-03-09T08:00:00Z');

describe('Retry-After', () => {
  it('reads delay-seconds and an HTTP date as milliseconds from now', () => {
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter(' 1.5 ', now)).toBe(1500);
    expect(parseRetryAfter('Mon, 09 Mar 2026 08:00:05 GMT', now)).toBe(5000);
  });

  it('treats a date in the past as "now" and caps a very long wait at an hour', () => {
    expect(parseRetryAfter('Mon, 09 Mar 2026 07:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('86400', now)).toBe(3_600_000);
  });

  it('ignores an absent or unreadable header', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});

describe('the wait between attempts', () => {
  it('doubles from the base and stops growing at the maximum', () => {
    const waits = [1, 2, 3, 4, 5, 6].map((n) => retryDelay(CANVAS_WRITE_RETRY, n, 0));
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 10_000, 10_000]);
  });

  it('follows the steps of a stepped policy, repeating the last one', () => {
    const waits = [1, 2, 3, 4, 5, 9].map((n) => retryDelay(SEND_ACROSS_RUNS_RETRY, n, 0));
    expect(waits).toEqual([60_000, 300_000, 900_000, 3_600_000, 14_400_000, 14_400_000]);
  });

  it('adds at most the jitter fraction, never less than the base', () => {
    expect(retryDelay(SEND_ACROSS_RUNS_RETRY, 2, 0.999)).toBeLessThanOrEqual(300_000 * 1.25);
    expect(retryDelay(SEND_ACROSS_RUNS_RETRY, 2, 0.999)).toBeGreaterThan(300_000);
    expect(retryDelay(SEND_ACROSS_RUNS_RETRY, 2, -3)).toBe(300_000);
  });

  it("waits the server's Retry-After when that is longer than the backoff", () => {
    expect(retryDelay(SEND_IN_RUN_RETRY, 1, 0, 5_000)).toBe(5_000);
    expect(retryDelay(SEND_IN_RUN_RETRY, 1, 0, 10)).toBe(250);
  });
});

describe('giving up', () => {
  it('stops when the attempts are spent', () => {
    expect(nextRetry(GRAPH_RETRY, { failures: 3, random: 0 })).toBe(4_000);
    expect(nextRetry(GRAPH_RETRY, { failures: 4, random: 0 })).toBeUndefined();
  });

  it('stops when the next wait would go past the total budget, however many attempts are left', () => {
    expect(nextRetry(GRAPH_RETRY, { failures: 1, waitedMs: 0, random: 0, retryAfterMs: 12_000 })).toBeUndefined();
    expect(nextRetry(GRAPH_RETRY, { failures: 3, waitedMs: 3_000, random: 0 })).toBe(4_000);
    expect(nextRetry(GRAPH_RETRY, { failures: 3, waitedMs: 7_000, random: 0 })).toBeUndefined();
  });

  it('never gives up on a policy without an attempt limit', () => {
    const unbounded: RetryPolicy = CANVAS_WRITE_RETRY;
    expect(nextRetry(unbounded, { failures: 10_000, random: 0 })).toBe(10_000);
  });
});
