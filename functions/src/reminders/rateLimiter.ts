/**
 * Keeps Koers under Teams' limits for bots (learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit):
 * per conversation 7 messages a second, 8 per 2 s, 60 per 30 s, 1800 per hour; per app per tenant
 * 50 requests a second. Sliding windows over a log of requests per key. Teams counts arrivals,
 * and a request can arrive any time between its start and its response; so a request occupies
 * its slot from its start until its response, and its window runs from the response. Then the
 * request that waits for a slot starts after the earlier one has surely arrived plus the window:
 * no jitter on the way can put eight arrivals into one second. A 429's Retry-After pauses the key.
 * A window can also be paced (`spread`): its requests start at least ms/limit apart. Without that,
 * the tenant's 50 go out in one clump each second, the clump slows every one of their responses,
 * and since a window runs from the response, each second then stretches by the clump's latency
 * (measured: 83 % of the ceiling; paced: see `npm run bench`).
 * Single process; good enough because one lease holder sends for a tenant at a time.
 */

export interface Window {
  limit: number;
  ms: number;
  /** Start the requests at least ms/limit apart instead of letting the whole limit go at once. */
  spread?: boolean;
}

export const CONVERSATION_WINDOWS: readonly Window[] = [
  { limit: 7, ms: 1_000 },
  { limit: 8, ms: 2_000 },
  { limit: 60, ms: 30_000 },
  { limit: 1_800, ms: 3_600_000 },
];
export const TENANT_WINDOWS: readonly Window[] = [{ limit: 50, ms: 1_000, spread: true }];

export interface RateLimiterOptions {
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Added to each window (clock granularity between us and Teams). */
  guardMs?: number;
}

/** One request: in flight until `settle` gives it the time its response came. */
interface Slot {
  at: number;
  settled: boolean;
}

interface KeyState {
  windows: readonly Window[];
  /** Oldest first; trimmed to the longest window. */
  sent: Slot[];
  pausedUntil: number;
  /** When the newest request started (for paced windows). */
  lastStart: number;
}

/** Wait a little and look again when only a request still in flight stands in the way. */
const IN_FLIGHT_POLL_MS = 5;

export class RateLimiter {
  private readonly keys = new Map<string, KeyState>();
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly guardMs: number;

  constructor(options: RateLimiterOptions = {}) {
    this.now = options.now ?? (() => Date.now());
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.guardMs = options.guardMs ?? 20;
  }

  /**
   * Waits until one more request is allowed on every key, then counts it on all of them at once.
   * Call the returned function when the response (or the failure) has come.
   */
  async acquire(keys: readonly { key: string; windows: readonly Window[] }[]): Promise<() => void> {
    const states = keys.map(({ key, windows }) => this.state(key, windows));
    for (;;) {
      const now = this.now();
      const wait = Math.max(0, ...states.map((s) => this.waitFor(s, now)));
      // No await between the check and the record: concurrent callers cannot both take the last slot.
      if (wait === 0) {
        const slot: Slot = { at: now, settled: false };
        for (const s of states) {
          s.sent.push(slot);
          s.lastStart = now;
        }
        return () => {
          slot.at = Math.max(slot.at, this.now());
          slot.settled = true;
        };
      }
      await this.sleep(wait);
    }
  }

  /** After a 429: nothing more on this key until Retry-After has passed. */
  pause(key: string, windows: readonly Window[], ms: number): void {
    const s = this.state(key, windows);
    s.pausedUntil = Math.max(s.pausedUntil, this.now() + ms);
  }

  private state(key: string, windows: readonly Window[]): KeyState {
    let s = this.keys.get(key);
    if (!s) {
      // Bounded memory: idle keys (every window empty) are dropped when the map grows.
      if (this.keys.size > 10_000) this.sweep();
      s = { windows, sent: [], pausedUntil: 0, lastStart: Number.NEGATIVE_INFINITY };
      this.keys.set(key, s);
    }
    return s;
  }

  private waitFor(s: KeyState, now: number): number {
    const longest = Math.max(...s.windows.map((w) => w.ms)) + this.guardMs;
    // Settle order can differ from start order, so trim only settled slots, from the front.
    while (s.sent.length > 0 && s.sent[0]?.settled && (s.sent[0]?.at ?? 0) <= now - longest) s.sent.shift();
    let wait = Math.max(0, s.pausedUntil - now);
    for (const w of s.windows) {
      if (w.spread) wait = Math.max(wait, s.lastStart + w.ms / w.limit - now);
      const span = w.ms + this.guardMs;
      const occupying = s.sent.filter((slot) => !slot.settled || slot.at > now - span);
      if (occupying.length >= w.limit) {
        // The slot that must leave the window before one more fits: the limit-th newest.
        const ends = occupying.map((slot) => (slot.settled ? slot.at + span : Number.POSITIVE_INFINITY)).sort((a, b) => a - b);
        const blocker = ends[occupying.length - w.limit] ?? now;
        wait = Math.max(wait, blocker === Number.POSITIVE_INFINITY ? IN_FLIGHT_POLL_MS : blocker - now);
      }
    }
    return wait;
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, s] of this.keys) {
      const longest = Math.max(...s.windows.map((w) => w.ms)) + this.guardMs;
      if (s.pausedUntil <= now && s.sent.every((slot) => slot.settled && slot.at <= now - longest)) this.keys.delete(key);
    }
  }
}
