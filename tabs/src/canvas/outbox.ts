import { koerskaart, type CanvasOperation } from '@koers/domain';

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

/** Per canvas and per person: two people on one computer never send each other's edits. */
export function outboxKey(canvasId: string, userId: string): string {
  return `koers.koerskaart.outbox.${canvasId}.${userId}`;
}

/** Whether a previous page left something in the outbox (reading it takes canvasMessages.ts). */
export function hasStoredOutbox(storage: OutboxStore, key: string): boolean {
  try {
    return Boolean(storage.getItem(key));
  } catch {
    return false;
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

/**
 * The typing in one card's text document becomes one update, in the place of the first: Yjs
 * updates merge into one that means the same, and text may go before a later move or delete of
 * its card (typing in a card deleted meanwhile is dropped by the server either way).
 */
export function compact(ops: readonly CanvasOperation[]): CanvasOperation[] {
  const typing = new Map<string, string[]>();
  const key = (op: CanvasOperation & { type: 'editText' }) => `${op.cardId}|${op.epoch}`;
  for (const op of ops) if (op.type === 'editText') typing.set(key(op), [...(typing.get(key(op)) ?? []), op.update]);
  const placed = new Set<string>();
  const result: CanvasOperation[] = [];
  for (const op of ops) {
    if (op.type !== 'editText') {
      result.push(op);
      continue;
    }
    if (placed.has(key(op))) continue;
    placed.add(key(op));
    const updates = typing.get(key(op)) ?? [op.update];
    result.push(updates.length === 1 ? op : { ...op, update: koerskaart.mergeTextUpdates(updates) });
  }
  return result;
}

/** The next batch to send, in the order the edits were made, and what waits behind it. */
export function nextBatch(queue: readonly CanvasOperation[], max = MAX_BATCH): { batch: CanvasOperation[]; rest: CanvasOperation[] } {
  const compacted = compact(queue);
  return { batch: compacted.slice(0, max), rest: compacted.slice(max) };
}

/**
 * After a failed send the batch goes back in front of what was queued meanwhile, so the server
 * sees the edits in the order they were made. Operations the server refused (never applicable,
 * e.g. a move of a card it does not know) are dropped; the rest are kept.
 */
export function requeue(batch: readonly CanvasOperation[], queuedMeanwhile: readonly CanvasOperation[], refusedIndexes: readonly number[] = []): CanvasOperation[] {
  const refused = new Set(refusedIndexes);
  return [...batch.filter((_op, i) => !refused.has(i)), ...queuedMeanwhile];
}
