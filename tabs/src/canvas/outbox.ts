import { CanvasOperation } from '@koers/domain';
import { z } from 'zod';

/**
 * The outbox of one open Koerskaart, as pure steps: which local operations still wait for the
 * server's acknowledgement, how they are kept in storage so a reload or a crash loses nothing,
 * which of them go in the next batch, and what goes back in the queue when a batch fails. The
 * session (canvasSession.ts) owns the timing; these decide the order.
 */

/** Storage for the outbox; localStorage in the tab, a Map in tests. */
export interface OutboxStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const MAX_BATCH = 200;
const StoredOutbox = z.array(CanvasOperation).max(5000);

/** Per canvas and per person: two people on one computer never send each other's edits. */
export function outboxKey(canvasId: string, userId: string): string {
  return `koers.koerskaart.outbox.${canvasId}.${userId}`;
}

/** What a previous page left unsent; unreadable or tampered storage counts as empty. */
export function readOutbox(storage: OutboxStore, key: string): CanvasOperation[] {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return [];
  }
  if (!raw) return [];
  try {
    const parsed = StoredOutbox.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Everything not yet acknowledged, the batch on its way first: that is the order to resend in. */
export function writeOutbox(storage: OutboxStore, key: string, unacknowledged: readonly CanvasOperation[]): void {
  try {
    if (unacknowledged.length === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(unacknowledged));
  } catch {
    // Full or blocked storage: the edits still go out from memory; only a reload could lose them.
  }
}

/** Same card, field and session: the later write supersedes the earlier, so only it is sent. */
export function compact(ops: readonly CanvasOperation[]): CanvasOperation[] {
  const lastEdit = new Map<string, number>();
  const key = (op: CanvasOperation & { type: 'editText' }) => `${op.card.id}|${op.field}|${op.write.replicaId}`;
  ops.forEach((op, i) => {
    if (op.type === 'editText') lastEdit.set(key(op), i);
  });
  return ops.filter((op, i) => op.type !== 'editText' || lastEdit.get(key(op)) === i);
}

/** The next batch to send, in the order the edits were made, and what waits behind it. */
export function nextBatch(queue: readonly CanvasOperation[], max = MAX_BATCH): { batch: CanvasOperation[]; rest: CanvasOperation[] } {
  const compacted = compact(queue);
  return { batch: compacted.slice(0, max), rest: compacted.slice(max) };
}

/**
 * After a failed send the batch goes back in front of what was queued meanwhile, so the server
 * sees the edits in the order they were made. Operations the server refused (never applicable,
 * e.g. an edit of a card deleted meanwhile) are dropped; the rest are kept.
 */
export function requeue(batch: readonly CanvasOperation[], queuedMeanwhile: readonly CanvasOperation[], refusedIndexes: readonly number[] = []): CanvasOperation[] {
  const refused = new Set(refusedIndexes);
  return [...batch.filter((_op, i) => !refused.has(i)), ...queuedMeanwhile];
}
