import { ConcurrencyError, ConflictError, noticeRecord, type AddressedNotice, type Clock, type Outbox, type OutboxDispatcher, type Reminder, type Stores } from '@koers/domain';

/**
 * The outbox over the due index: a notice's record is created once (its id is the notice's
 * idempotency key); a record that was never delivered — skipped because the change it reported had
 * not happened, or dead after failed tries — is armed again when the same change is reported anew
 * (a retried booking that now succeeded). A sent one stays sent: nobody is told twice.
 */

export interface OutboxLog {
  warn(message: string, fields: Record<string, string>): void;
}

export interface OutboxOptions {
  stores: Pick<Stores, 'reminders'>;
  clock: Clock;
  /** Sends at once; without it (an app built from bare stores) the records wait for a dispatcher run. */
  dispatcher?: OutboxDispatcher;
  log?: OutboxLog;
}

const REARMABLE: ReadonlySet<Reminder['state']> = new Set(['skipped', 'dead']);

export function createOutbox(options: OutboxOptions): Outbox {
  const { stores, clock } = options;
  async function put(notice: AddressedNotice): Promise<void> {
    const record = noticeRecord(notice);
    try {
      await stores.reminders.create(record);
      return;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
    // Already in the outbox: armed again only if it never reached anyone.
    const existing = await stores.reminders.get(record.tenantId, record.dueAt, record.id);
    if (!existing || !REARMABLE.has(existing.value.state)) return;
    const { claim: _claim, notBefore: _notBefore, lastError: _lastError, ...rest } = existing.value;
    const at = clock.now().toISOString();
    const armed: Reminder = { ...rest, state: 'due', attempts: 0, notBefore: at, armedAt: at };
    try {
      await stores.reminders.replace(armed, existing.etag);
    } catch (error) {
      // Someone else moved it on meanwhile: theirs stands.
      if (!(error instanceof ConcurrencyError)) throw error;
    }
  }

  return {
    async enqueue(notices) {
      for (const notice of notices) await put(notice);
    },
    async flush(notices) {
      if (!options.dispatcher || notices.length === 0) return;
      const byTenant = new Map<string, Reminder[]>();
      for (const record of notices.map(noticeRecord)) byTenant.set(record.tenantId, [...(byTenant.get(record.tenantId) ?? []), record]);
      for (const [tenantId, list] of byTenant) {
        try {
          await options.dispatcher.deliverNow(tenantId, list);
        } catch (error) {
          // The records are durable: the dispatcher's next run sends what this could not.
          options.log?.warn('notice not sent at once; the dispatcher will retry', { tenantId, error: error instanceof Error ? error.name : 'error' });
        }
      }
    },
  };
}
