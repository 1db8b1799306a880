import { clockJoin, MAX_CLOCK_ENTRIES, type Clock } from './clock';
import { KoerskaartError } from './errors';
import { isOrderKey, orderKeyForIndex } from './order-key';
import { own } from './own';
import type {
  AddCardOperation,
  Card,
  CardHeader,
  DeleteCardOperation,
  EditTextOperation,
  KoerskaartState,
  MoveCardOperation,
  ResolveConflictOperation,
  TextWrite,
  Tombstone,
} from './schema';
import { MAX_CARDS, MAX_TEXT_LENGTH } from './schema';
import { fieldsOf, type CardKind, type FieldName, type SectionId } from './structure';
import { cardsInSection } from './view';

/**
 * Making operations on one replica. Each reads the local state, returns the operation, and
 * changes nothing: the caller applies it locally (`applyOperation`) and sends it. Randomness
 * comes in as `writer.nonce` (fresh per operation) and `writer.replicaId` (fresh per session), so
 * the domain stays deterministic.
 */
export interface Writer {
  /** The person (Entra oid) on whose behalf the write is made. */
  readonly userId: string;
  /**
   * This editing session: a tab instance, the side panel, the stage, the bot. Make a new one on
   * every page load — never reuse one whose earlier writes might be missing from the local state,
   * or two different writes could get the same (replica, count).
   */
  readonly replicaId: string;
  /** Fresh and random for every operation: the operation's id and its registers' versionNonce. */
  readonly nonce: string;
}

function requireCard(state: KoerskaartState, cardId: string): Card {
  const card = own(state.cards, cardId);
  if (!card) throw new KoerskaartError('unknown-card', cardId);
  return card;
}

function requireField(card: Card, field: FieldName): void {
  if (!fieldsOf(card.kind).includes(field)) throw new KoerskaartError('field-not-on-card', card.id);
}

function requireText(text: string, cardId: string): void {
  if (text.length > MAX_TEXT_LENGTH) throw new KoerskaartError('text-too-long', cardId);
}

function requireOrderKey(order: string, cardId: string): void {
  if (!isOrderKey(order)) throw new KoerskaartError('invalid-order-key', cardId);
}

function headerOf(card: Card): CardHeader {
  return { id: card.id, kind: card.kind, authorId: card.authorId, place: card.place };
}

/**
 * A new clock for this replica's next write on a field: the clocks it supersedes, plus one more
 * write of its own. Counting from the highest count of this replica anywhere in the field keeps
 * (replica, count) unique: a replica's own earlier writes are always in its local state, either
 * as alternatives or covered by a write that superseded them.
 */
function nextClock(alternatives: readonly TextWrite[], superseded: readonly TextWrite[], replicaId: string, cardId: string): Clock {
  const ownCount = Math.max(0, ...alternatives.map((w) => own(w.clock, replicaId) ?? 0));
  const clock = clockJoin(...superseded.map((w) => w.clock), Object.fromEntries([[replicaId, ownCount + 1]]));
  if (Object.keys(clock).length > MAX_CLOCK_ENTRIES) throw new KoerskaartError('too-many-replicas', cardId);
  return clock;
}

function nextVersion(alternatives: readonly TextWrite[]): number {
  return Math.max(0, ...alternatives.map((w) => w.version)) + 1;
}

export interface NewCard {
  cardId: string;
  section: SectionId;
  /** From `orderKeyForIndex` / `orderAt`. */
  order: string;
  kind?: CardKind;
  /** Initial texts per field (a note has `text`; a kernkwadrant its four quadrants). */
  texts?: Partial<Record<FieldName, string>>;
}

export function addCard(state: KoerskaartState, card: NewCard, writer: Writer): AddCardOperation {
  const kind = card.kind ?? 'note';
  if (own(state.cards, card.cardId)) throw new KoerskaartError('card-exists', card.cardId);
  if (Object.keys(state.cards).length >= MAX_CARDS) throw new KoerskaartError('canvas-full', card.cardId);
  requireOrderKey(card.order, card.cardId);
  const fields: Card['fields'] = {};
  for (const field of Object.keys(card.texts ?? {}) as FieldName[]) {
    if (!fieldsOf(kind).includes(field)) throw new KoerskaartError('field-not-on-card', card.cardId);
  }
  for (const field of fieldsOf(kind)) {
    const value = card.texts?.[field] ?? '';
    requireText(value, card.cardId);
    fields[field] = [
      {
        value,
        version: 1,
        versionNonce: writer.nonce,
        updatedBy: writer.userId,
        replicaId: writer.replicaId,
        clock: Object.fromEntries([[writer.replicaId, 1]]),
      },
    ];
  }
  return {
    type: 'addCard',
    card: {
      id: card.cardId,
      kind,
      authorId: writer.userId,
      place: { section: card.section, order: card.order, version: 1, versionNonce: writer.nonce, updatedBy: writer.userId },
      fields,
    },
  };
}

export interface TextEdit {
  cardId: string;
  field?: FieldName;
  text: string;
}

/**
 * Typing into a field. It supersedes exactly what the typist was looking at: the field's value,
 * or — while the field is in conflict — this session's own alternative, leaving the others
 * standing. A session without an alternative of its own in a conflict must resolve instead
 * (`resolveConflict`): choosing between other people's texts is a decision, not a keystroke.
 *
 * Keeping the edit to the own alternative is also what keeps the version vectors exact: every
 * write of a session then covers that session's previous write, so a session's writes form one
 * chain and "w's clock ≤ v's clock" means precisely "v's author knowingly replaced w".
 */
export function editText(state: KoerskaartState, edit: TextEdit, writer: Writer): EditTextOperation {
  const field = edit.field ?? 'text';
  const card = requireCard(state, edit.cardId);
  requireField(card, field);
  requireText(edit.text, card.id);
  const alternatives = card.fields[field] ?? [];
  let base: TextWrite | undefined;
  if (alternatives.length <= 1) {
    base = alternatives[0];
  } else {
    base = alternatives.find((w) => w.replicaId === writer.replicaId);
    if (!base) throw new KoerskaartError('conflict-needs-resolution', card.id);
  }
  return {
    type: 'editText',
    card: headerOf(card),
    field,
    write: {
      value: edit.text,
      version: nextVersion(alternatives),
      versionNonce: writer.nonce,
      updatedBy: writer.userId,
      replicaId: writer.replicaId,
      clock: nextClock(alternatives, base ? [base] : [], writer.replicaId, card.id),
    },
  };
}

export interface Resolution {
  cardId: string;
  field?: FieldName;
  /** The chosen alternative's text, or a combination the two wrote together. */
  text: string;
}

/** Ends a conflict: one value that supersedes every alternative this replica has seen. */
export function resolveConflict(state: KoerskaartState, resolution: Resolution, writer: Writer): ResolveConflictOperation {
  const field = resolution.field ?? 'text';
  const card = requireCard(state, resolution.cardId);
  requireField(card, field);
  requireText(resolution.text, card.id);
  const alternatives = card.fields[field] ?? [];
  return {
    type: 'resolveConflict',
    card: headerOf(card),
    field,
    write: {
      value: resolution.text,
      version: nextVersion(alternatives),
      versionNonce: writer.nonce,
      updatedBy: writer.userId,
      replicaId: writer.replicaId,
      clock: nextClock(alternatives, alternatives, writer.replicaId, card.id),
    },
  };
}

export interface Move {
  cardId: string;
  section: SectionId;
  order: string;
}

export function moveCard(state: KoerskaartState, move: Move, writer: Writer): MoveCardOperation {
  const card = requireCard(state, move.cardId);
  requireOrderKey(move.order, card.id);
  return {
    type: 'moveCard',
    card: {
      ...headerOf(card),
      place: {
        section: move.section,
        order: move.order,
        version: card.place.version + 1,
        versionNonce: writer.nonce,
        updatedBy: writer.userId,
      },
    },
  };
}

/** Deletes what the deleter has seen; an edit they had not seen yet keeps the card alive. */
export function deleteCard(state: KoerskaartState, target: { cardId: string }, writer: Writer): DeleteCardOperation {
  const card = requireCard(state, target.cardId);
  const seen: Tombstone['seen'] = {};
  for (const field of Object.keys(card.fields) as FieldName[]) {
    seen[field] = clockJoin(...(card.fields[field] ?? []).map((w) => w.clock));
  }
  return {
    type: 'deleteCard',
    card: headerOf(card),
    tombstone: {
      seen,
      version: (card.tombstone?.version ?? 0) + 1,
      versionNonce: writer.nonce,
      updatedBy: writer.userId,
    },
  };
}

/**
 * The order key for putting a card at `index` among the visible cards of `section` (the moving
 * card itself not counted), for `addCard` and `moveCard`.
 */
export function orderAt(state: KoerskaartState, section: SectionId, index: number, movingCardId?: string): string {
  const keys = cardsInSection(state, section)
    .filter((card) => card.id !== movingCardId)
    .map((card) => card.place.order);
  return orderKeyForIndex(keys, index);
}
