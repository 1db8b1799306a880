import { canonicalClock, clockEquals, clockJoin, clockLeq } from './clock';
import { KoerskaartError } from './errors';
import { own } from './own';
import type { Card, CardHeader, KoerskaartOperation, KoerskaartState, PlaceRegister, TextWrite, Tombstone } from './schema';
import { MAX_CARDS } from './schema';
import { FIELD_NAMES, fieldsOf, type FieldName } from './structure';

/**
 * The merge rule. Every part of a canvas is a join-semilattice and the canvas is their product,
 * so `mergeCanvas` is commutative, associative and idempotent (a state-based CRDT):
 *
 *  - cards: a map, merged per id (union of ids);
 *  - card identity (kind, author): written once at add; equal on every replica;
 *  - place (section + order key): last writer wins by the total order
 *    (version, versionNonce, updatedBy, section, order) — the maximum of a total order is a join;
 *  - each text field: a multi-value register — the writes not superseded by another, where `w` is
 *    superseded by `v` when v's clock covers w's (v's author had seen w). The maximal elements of
 *    the union of two sets is a join. Concurrent writes both stay: a conflict, never a loss;
 *  - tombstone: pointwise-max of the seen clocks and the larger (version, nonce) — a product of
 *    joins.
 *
 * Operations are deltas of that same lattice (`operationDelta`), so `applyOperation` is a merge:
 * applying an op twice, late, or before the ops it followed on its author's side changes nothing
 * that applying it once in order would not.
 */

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Total order on writes with equal clocks — only reachable with invalid (reused) dots. */
function writeTieKey(w: TextWrite): string {
  return JSON.stringify([w.version, w.versionNonce, w.updatedBy, w.replicaId, w.value]);
}

function writeIdentity(w: TextWrite): string {
  return writeTieKey(w) + JSON.stringify(canonicalClock(w.clock));
}

/** `by` supersedes `w`: its author had seen w. Equal clocks fall back to a total tie-break. */
function supersedes(by: TextWrite, w: TextWrite): boolean {
  if (!clockLeq(w.clock, by.clock)) return false;
  if (!clockEquals(w.clock, by.clock)) return true;
  return writeTieKey(w) < writeTieKey(by);
}

function canonicalWrite(w: TextWrite): TextWrite {
  return {
    value: w.value,
    version: w.version,
    versionNonce: w.versionNonce,
    updatedBy: w.updatedBy,
    replicaId: w.replicaId,
    clock: canonicalClock(w.clock),
  };
}

/** The maximal writes of the union: what nobody has knowingly overwritten. */
export function joinTextRegister(a: readonly TextWrite[], b: readonly TextWrite[]): TextWrite[] {
  const unique = new Map<string, TextWrite>();
  for (const w of [...a, ...b]) unique.set(writeIdentity(w), w);
  const all = [...unique.values()];
  return all
    .filter((w) => !all.some((other) => other !== w && supersedes(other, w)))
    .map(canonicalWrite)
    .sort((x, y) => compareStrings(writeIdentity(x), writeIdentity(y)));
}

function placeKey(p: PlaceRegister): [number, string, string, string, string] {
  return [p.version, p.versionNonce, p.updatedBy, p.section, p.order];
}

function compareTuples(a: readonly (number | string)[], b: readonly (number | string)[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number | string;
    const y = b[i] as number | string;
    if (x !== y) return typeof x === 'number' && typeof y === 'number' ? x - y : compareStrings(String(x), String(y));
  }
  return 0;
}

export function joinPlace(a: PlaceRegister, b: PlaceRegister): PlaceRegister {
  const winner = compareTuples(placeKey(a), placeKey(b)) >= 0 ? a : b;
  return {
    section: winner.section,
    order: winner.order,
    version: winner.version,
    versionNonce: winner.versionNonce,
    updatedBy: winner.updatedBy,
  };
}

export function joinTombstone(a: Tombstone | undefined, b: Tombstone | undefined): Tombstone | undefined {
  if (!a || !b) {
    const only = a ?? b;
    return only && joinTombstoneDefined(only, only);
  }
  return joinTombstoneDefined(a, b);
}

function joinTombstoneDefined(a: Tombstone, b: Tombstone): Tombstone {
  const seen: Partial<Record<FieldName, Record<string, number>>> = {};
  for (const field of FIELD_NAMES) {
    const clocks = [a.seen[field], b.seen[field]].filter((c) => c !== undefined);
    if (clocks.length > 0) seen[field] = clockJoin(...clocks);
  }
  const key = (t: Tombstone) => [t.version, t.versionNonce, t.updatedBy];
  const winner = compareTuples(key(a), key(b)) >= 0 ? a : b;
  return { seen, version: winner.version, versionNonce: winner.versionNonce, updatedBy: winner.updatedBy };
}

/** Identity is written once; should two ever differ (corrupt input), the smaller wins everywhere. */
function joinIdentity(a: Card, b: Card): Pick<Card, 'kind' | 'authorId'> {
  return compareTuples([a.kind, a.authorId], [b.kind, b.authorId]) <= 0
    ? { kind: a.kind, authorId: a.authorId }
    : { kind: b.kind, authorId: b.authorId };
}

export function mergeCard(a: Card, b: Card): Card {
  if (a.id !== b.id) throw new Error(`cannot merge card ${a.id} with ${b.id}`);
  const fields: Card['fields'] = {};
  for (const field of FIELD_NAMES) {
    const writes = joinTextRegister(a.fields[field] ?? [], b.fields[field] ?? []);
    if (writes.length > 0) fields[field] = writes;
  }
  const tombstone = joinTombstone(a.tombstone, b.tombstone);
  return {
    id: a.id,
    ...joinIdentity(a, b),
    place: joinPlace(a.place, b.place),
    fields,
    ...(tombstone ? { tombstone } : {}),
  };
}

function canonicalCard(card: Card): Card {
  return mergeCard(card, card);
}

function withCards(cards: Map<string, Card>): KoerskaartState {
  return { cards: Object.fromEntries([...cards.entries()].sort(([a], [b]) => compareStrings(a, b))) };
}

/** The join of two canvases: what you get by knowing everything either side knows. */
export function mergeCanvas(a: KoerskaartState, b: KoerskaartState): KoerskaartState {
  const cards = new Map<string, Card>();
  for (const card of Object.values(a.cards)) cards.set(card.id, canonicalCard(card));
  for (const card of Object.values(b.cards)) {
    const known = cards.get(card.id);
    cards.set(card.id, known ? mergeCard(known, card) : canonicalCard(card));
  }
  return withCards(cards);
}

export function emptyCanvas(): KoerskaartState {
  return { cards: {} };
}

function headerCard(header: CardHeader): Card {
  return { id: header.id, kind: header.kind, authorId: header.authorId, place: header.place, fields: {} };
}

/** The operation as a one-card state: applying it is merging it. */
export function operationDelta(op: KoerskaartOperation): Card {
  switch (op.type) {
    case 'addCard':
      return op.card;
    case 'editText':
    case 'resolveConflict':
      return { ...headerCard(op.card), fields: { [op.field]: [op.write] } };
    case 'moveCard':
      return headerCard(op.card);
    case 'deleteCard':
      return { ...headerCard(op.card), tombstone: op.tombstone };
  }
}

function sameCard(a: Card, b: Card): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Apply one operation (local or received). Returns the same state object when the operation was
 * already known — re-delivery after a reconnect is a no-op the caller can detect and skip storing.
 * Refuses only what the admission rules forbid: a new card beyond the limit, or an op that
 * contradicts the card it names (another kind or author, a field the kind does not have).
 */
export function applyOperation(state: KoerskaartState, op: KoerskaartOperation): KoerskaartState {
  const delta = operationDelta(op);
  for (const field of Object.keys(delta.fields) as FieldName[]) {
    if (!fieldsOf(delta.kind).includes(field)) throw new KoerskaartError('field-not-on-card', delta.id);
  }
  const known = own(state.cards, delta.id);
  if (known && (known.kind !== delta.kind || known.authorId !== delta.authorId)) {
    throw new KoerskaartError('card-mismatch', delta.id);
  }
  if (!known && Object.keys(state.cards).length >= MAX_CARDS) throw new KoerskaartError('canvas-full', delta.id);
  const merged = known ? mergeCard(known, delta) : canonicalCard(delta);
  if (known && sameCard(known, merged)) return state;
  const cards = new Map(Object.entries(state.cards));
  cards.set(merged.id, merged);
  return withCards(cards);
}

export function applyOperations(state: KoerskaartState, ops: readonly KoerskaartOperation[]): KoerskaartState {
  return ops.reduce(applyOperation, state);
}
