import { HttpProblem } from './problem';

/**
 * How many requests one user, one tenant and the dev issuer may make: a token bucket per key
 * (`capacity` requests at once, refilled at `perSecond`). Answering over the quota is a 429
 * problem with Retry-After, before any input is read or anything is written, so the client may
 * simply send the same request again (the tab and the bot back off with the domain's retry policy).
 *
 * In one process only: the local host. In Azure a bucket per Functions instance would limit
 * nothing (instances come and go and share no memory); there the same numbers are API
 * Management's rate-limit-by-key policy in front of the Function App (infra/modules/apiGateway.bicep,
 * docs/operations.md).
 */
export interface QuotaRule {
  /** Requests allowed in a burst. */
  capacity: number;
  /** Requests the bucket regains per second. */
  perSecond: number;
}

/**
 * The numbers, generous for the Koerskaart: typing in both tabs saves about 2–5 times a second
 * per person, plus the page's reads. A person gets a burst of 240 and 20 a second after that; an
 * organisation 2,400 and 200 a second; the dev issuer 60 and one a second.
 */
export const API_QUOTAS = {
  user: { capacity: 240, perSecond: 20 },
  tenant: { capacity: 2_400, perSecond: 200 },
  devToken: { capacity: 60, perSecond: 1 },
} as const satisfies Record<string, QuotaRule>;

export type QuotaName = keyof typeof API_QUOTAS;

interface Bucket {
  tokens: number;
  at: number;
}

/** At most this many buckets are kept; the least recently used go first (a full bucket is no loss). */
const MAX_BUCKETS = 50_000;

export interface RequestQuotas {
  /**
   * Takes one request from every key's bucket, or none when any is empty: then HttpProblem 429
   * with Retry-After (whole seconds until the emptiest bucket has a request again).
   */
  take(keys: readonly { name: QuotaName; key: string }[]): void;
}

export function createRequestQuotas(options: { now?: () => number; rules?: Partial<Record<QuotaName, QuotaRule>> } = {}): RequestQuotas {
  const now = options.now ?? Date.now;
  const rules: Record<QuotaName, QuotaRule> = { ...API_QUOTAS, ...options.rules };
  const buckets = new Map<string, Bucket>();

  function current(name: QuotaName, key: string, at: number): Bucket {
    const id = `${name}|${key}`;
    const rule = rules[name];
    const found = buckets.get(id);
    const bucket = found
      ? { tokens: Math.min(rule.capacity, found.tokens + ((at - found.at) / 1000) * rule.perSecond), at }
      : { tokens: rule.capacity, at };
    buckets.delete(id);
    buckets.set(id, bucket);
    if (buckets.size > MAX_BUCKETS) buckets.delete(buckets.keys().next().value ?? '');
    return bucket;
  }

  return {
    take(keys) {
      const at = now();
      const held = keys.map(({ name, key }) => ({ rule: rules[name], bucket: current(name, key, at) }));
      const waitMs = Math.max(0, ...held.map(({ rule, bucket }) => (bucket.tokens >= 1 ? 0 : ((1 - bucket.tokens) / rule.perSecond) * 1000)));
      if (waitMs > 0) throw new HttpProblem(429, 'rate-limited', { headers: { 'Retry-After': String(Math.max(1, Math.ceil(waitMs / 1000))) } });
      for (const { bucket } of held) bucket.tokens -= 1;
    },
  };
}
