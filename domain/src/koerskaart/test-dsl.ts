/**
 * Test helpers (not exported from the folder's index): a tiny DSL in the spirit of Excalidraw's
 * reconciliation tests, and a seeded PRNG for the property tests. Replicas make operations the way
 * a tab does (read local state, make op, apply locally, queue it), and `merged(a, b)` checks the
 * join laws on every case before rendering the result as short readable lines.
 */
import { applyOperation, applyOperations, emptyCanvas, mergeCanvas } from './merge';
import { addCard, deleteCard, editText, moveCard, orderAt, resolveConflict, type Writer } from './operations';
import { KoerskaartState, type KoerskaartOperation } from './schema';
import { fieldsOf, type FieldName, type SectionId } from './structure';
import { fieldText, isDeleted, orderedCards } from './view';

export const SANNE = '0a000000-0000-4000-8000-000000000106';
export const JEROEN = '0a000000-0000-4000-8000-000000000101';

export class Replica {
  state: KoerskaartState;
  /** Operations made here, in order: the outbox a reconnect would (re)send. */
  sent: KoerskaartOperation[] = [];
  private counter = 0;

  constructor(
    readonly userId: string,
    readonly replicaId: string,
    state: KoerskaartState = emptyCanvas(),
  ) {
    this.state = state;
  }

  writer(): Writer {
    this.counter += 1;
    return { userId: this.userId, replicaId: this.replicaId, nonce: `${this.replicaId}-${this.counter}` };
  }

  private local<T extends KoerskaartOperation>(op: T): T {
    this.state = applyOperation(this.state, op);
    this.sent.push(op);
    return op;
  }

  add(cardId: string, section: SectionId, text = ''): KoerskaartOperation {
    const order = orderAt(this.state, section, Number.MAX_SAFE_INTEGER);
    return this.local(addCard(this.state, { cardId, section, order, texts: { text } }, this.writer()));
  }

  addKernkwadrant(cardId: string, texts: Partial<Record<FieldName, string>> = {}): KoerskaartOperation {
    const order = orderAt(this.state, 'competentie', Number.MAX_SAFE_INTEGER);
    return this.local(addCard(this.state, { cardId, kind: 'kernkwadrant', section: 'competentie', order, texts }, this.writer()));
  }

  edit(cardId: string, text: string, options: { field?: FieldName } = {}): KoerskaartOperation {
    return this.local(editText(this.state, { cardId, text, ...options }, this.writer()));
  }

  resolve(cardId: string, text: string, field?: FieldName): KoerskaartOperation {
    return this.local(resolveConflict(this.state, { cardId, text, ...(field ? { field } : {}) }, this.writer()));
  }

  move(cardId: string, section: SectionId, index = Number.MAX_SAFE_INTEGER): KoerskaartOperation {
    const order = orderAt(this.state, section, index, cardId);
    return this.local(moveCard(this.state, { cardId, section, order }, this.writer()));
  }

  delete(cardId: string): KoerskaartOperation {
    return this.local(deleteCard(this.state, { cardId }, this.writer()));
  }

  /** Receive the other replica's operations (the live channel). */
  receive(ops: readonly KoerskaartOperation[]): void {
    this.state = applyOperations(this.state, ops);
  }

  /** Reload the other replica's whole state (reconnect, polling fallback). */
  sync(other: Replica): void {
    this.state = mergeCanvas(this.state, other.state);
  }
}

/** Sanne prepares a canvas; then she and Jeroen each hold a copy with empty outboxes. */
export function fromCommonStart(setup: (sanne: Replica) => void = () => undefined): { sanne: Replica; jeroen: Replica } {
  const sanne = new Replica(SANNE, 'sanne-tab');
  setup(sanne);
  sanne.sent = [];
  return { sanne, jeroen: new Replica(JEROEN, 'jeroen-tab', sanne.state) };
}

export const json = (state: KoerskaartState): string => JSON.stringify(state);

const quoted = (values: string[]) => values.map((v) => JSON.stringify(v)).join(' | ');

/**
 * One line per card in canvas order: `id @section: "text"`; a conflict shows its alternatives
 * (sorted by text, so the line does not depend on nonces) as `"a" | "b"`; a kernkwadrant shows
 * each quadrant as `name="…"`; a deleted card ends in ` †`.
 */
export function render(state: KoerskaartState): string[] {
  return orderedCards(state, { includeDeleted: true }).map((card) => {
    const texts = fieldsOf(card.kind).map((field) => {
      const text = fieldText(card, field);
      const values = text.conflict ? text.conflict.alternatives.map((a) => a.value).sort() : [text.value];
      return card.kind === 'note' ? quoted(values) : `${field}=${quoted(values)}`;
    });
    return `${card.id} @${card.place.section}: ${texts.join(' ')}${isDeleted(card) ? ' †' : ''}`;
  });
}

/**
 * Merge two replicas and prove the case on the way: the merge is symmetric and idempotent,
 * delivering each side's operations to the other (twice, and in reverse order) reaches the very
 * same state, and the result is a valid stored canvas. Returns the rendered result.
 */
export function merged(a: Replica, b: Replica): string[] {
  const ab = mergeCanvas(a.state, b.state);
  expect(json(mergeCanvas(b.state, a.state))).toBe(json(ab));
  expect(json(mergeCanvas(ab, ab))).toBe(json(ab));
  expect(json(mergeCanvas(ab, a.state))).toBe(json(ab));
  expect(json(mergeCanvas(b.state, ab))).toBe(json(ab));
  const aGetsB = applyOperations(applyOperations(a.state, b.sent), b.sent);
  expect(json(aGetsB)).toBe(json(ab));
  const bGetsA = applyOperations(applyOperations(b.state, [...a.sent].reverse()), a.sent);
  expect(json(bGetsA)).toBe(json(ab));
  expect(KoerskaartState.safeParse(ab).success).toBe(true);
  return render(ab);
}

/** mulberry32: small, fast, and good enough to drive property tests from a seed. */
export function prng(seed: number): { next(): number; int(n: number): number; pick<T>(items: readonly T[]): T; chance(p: number): boolean } {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]) => {
      if (items.length === 0) throw new Error('pick from nothing');
      return items[int(items.length)] as T;
    },
    chance: (p: number) => next() < p,
  };
}
