import { ConcurrencyError, ConflictError } from '@koers/domain';
import type { DispatchStore } from '@koers/domain';

/**
 * A lease per tenant: the holder writes its run id and an expiry with the ETag it read, so of two
 * overlapping runs exactly one wins; a crashed holder's lease simply expires. Fencing is on top of
 * this, not instead: every reminder and bundle is still claimed with its own ETag, so even a run
 * that lost its lease mid-way (a long GC pause) cannot send what another run has claimed.
 */
export interface Lease {
  /** Renews when less than half the term is left; false when the lease is lost to another run. */
  keep(now: number): Promise<boolean>;
  release(): Promise<void>;
}

export async function acquireLease(
  store: DispatchStore,
  tenantId: string,
  options: { id: string; holder: string; now: number; termMs: number },
): Promise<Lease | undefined> {
  const { id, holder, termMs } = options;
  const term = (now: number) => ({ id, tenantId, holder, until: new Date(now + termMs).toISOString() });
  let etag: string;
  let until: number;
  const current = await store.getLease(tenantId, id);
  try {
    if (!current) {
      const created = await store.createLease(term(options.now));
      etag = created.etag;
    } else {
      if (Date.parse(current.value.until) > options.now && current.value.holder !== holder) return undefined;
      etag = (await store.replaceLease(term(options.now), current.etag)).etag;
    }
    until = options.now + termMs;
  } catch (error) {
    if (error instanceof ConflictError || error instanceof ConcurrencyError) return undefined;
    throw error;
  }
  return {
    async keep(now) {
      if (until - now > termMs / 2) return true;
      try {
        etag = (await store.replaceLease(term(now), etag)).etag;
        until = now + termMs;
        return true;
      } catch (error) {
        if (error instanceof ConcurrencyError) return false;
        throw error;
      }
    },
    async release() {
      // Expire it now so the next run need not wait out the term; a lost lease is nobody's to release.
      await store.replaceLease({ id, tenantId, holder, until: new Date(0).toISOString() }, etag).catch(() => undefined);
    },
  };
}
