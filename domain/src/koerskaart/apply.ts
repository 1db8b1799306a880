import { KoerskaartError } from './errors';
import { MAX_CARD_RECORDS, MAX_CARDS } from './limits';
import { own } from './own';
import { type Card, type CardLink, type CardMeta, type KoerskaartOperation, type KoerskaartState } from './schema';
import { sectionDefinition, type CardKind, type FieldName, type SectionId } from './sections';
import { applyTextUpdate, compactText, fromBase64, seedTextDoc } from './text';

/**
 * The server's side: an operation applied to the stored state on behalf of the person in the
 * token. Everything a record says about who and when comes from `writer`, never from the
 * operation; versions are counted here. Operations are safe to repeat: a re-delivered add of the
 * same card, a move to where the card is, a second delete or a text update the document already
 * has change nothing (`change` is undefined).
 */

export interface ServerWriter {
  /** The signed-in person (the token's oid). */
  userId: string;
  /** The server's clock, ISO 8601. */
  now: string;
}

/** What changed in one card: its new record, and the text to send to everyone who has it open. */
export interface CardChange {
  meta: CardMeta;
  /** A Yjs update of the card's document `epoch`: the new part, or the whole document after compaction. */
  text?: { epoch: number; update: string };
}

export interface Applied {
  state: KoerskaartState;
  change?: CardChange;
}

export function metaOf(card: Card): CardMeta {
  const { text: _text, ...meta } = card;
  return meta;
}

function withCard(state: KoerskaartState, card: Card): KoerskaartState {
  return { cards: { ...state.cards, [card.id]: card } };
}

function changed(state: KoerskaartState, card: Card, text?: CardChange['text']): Applied {
  return { state: withCard(state, card), change: { meta: metaOf(card), ...(text ? { text } : {}) } };
}

function requireCard(state: KoerskaartState, cardId: string): Card {
  const card = own(state.cards, cardId);
  if (!card) throw new KoerskaartError('unknown-card', cardId);
  return card;
}

function newCard(state: KoerskaartState, cardId: string, kind: CardKind, section: SectionId, order: string, writer: ServerWriter, link?: CardLink): Card {
  const cards = Object.values(state.cards);
  if (cards.filter((c) => !c.deleted).length >= MAX_CARDS || cards.length >= MAX_CARD_RECORDS) throw new KoerskaartError('canvas-full', cardId);
  if (!sectionDefinition(section).cardKinds.includes(kind)) throw new KoerskaartError('kind-not-in-section', cardId);
  return { id: cardId, kind, authorId: writer.userId, place: { section, order, version: 1, updatedBy: writer.userId }, epoch: 0, ...(link ? { link } : {}) };
}

export function applyOperation(state: KoerskaartState, op: KoerskaartOperation, writer: ServerWriter): Applied {
  const known = own(state.cards, op.cardId);
  switch (op.type) {
    case 'addCard': {
      if (known) {
        // The same person's add, sent again after a lost answer: it is there already.
        if (known.kind === op.kind && known.authorId === writer.userId) return { state };
        throw new KoerskaartError('card-exists', op.cardId);
      }
      return changed(state, newCard(state, op.cardId, op.kind, op.section, op.order, writer, op.link));
    }
    case 'moveCard': {
      const card = requireCard(state, op.cardId);
      if (card.deleted || (card.place.section === op.section && card.place.order === op.order)) return { state };
      return changed(state, { ...card, place: { section: op.section, order: op.order, version: card.place.version + 1, updatedBy: writer.userId } });
    }
    case 'deleteCard': {
      const card = requireCard(state, op.cardId);
      if (card.deleted) return { state };
      // The record stays (late typing must find a deleted card, not an unknown one); the text goes.
      return changed(state, { ...metaOf(card), deleted: { by: writer.userId, at: writer.now } });
    }
    case 'editText': {
      const card = requireCard(state, op.cardId);
      // Typing that crossed a delete on the way: the text is not kept, and that is no error.
      if (card.deleted) return { state };
      if (op.epoch !== card.epoch) throw new KoerskaartError('stale-epoch', card.id);
      let update: Uint8Array;
      try {
        update = fromBase64(op.update);
      } catch {
        throw new KoerskaartError('invalid-update', card.id);
      }
      const { text, diff, needsCompaction } = applyTextUpdate(card, update);
      if (diff === undefined) return { state };
      const updated: Card = { ...card, text };
      if (needsCompaction) return compactCard(state, updated);
      return changed(state, updated, { epoch: card.epoch, update: diff });
    }
  }
}

/** The card's text in a new document without history; clients replace theirs (epoch + 1). */
export function compactCard(state: KoerskaartState, card: Card): Applied {
  const text = compactText(card);
  const compacted: Card = { ...metaOf(card), epoch: card.epoch + 1, ...(text === undefined ? {} : { text }) };
  return changed(state, compacted, text === undefined ? undefined : { epoch: compacted.epoch, update: text });
}

/** Every card with text compacted (the conversation is over: nobody types until it reopens). */
export function compactState(state: KoerskaartState): { state: KoerskaartState; changes: CardChange[] } {
  let next = state;
  const changes: CardChange[] = [];
  for (const card of Object.values(state.cards)) {
    if (card.deleted || card.text === undefined) continue;
    const applied = compactCard(next, card);
    next = applied.state;
    if (applied.change) changes.push(applied.change);
  }
  return { state: next, changes };
}

/** A card written by the server itself, with its texts (sample data, tests, imports). */
export function seedCard(
  state: KoerskaartState,
  card: { cardId: string; kind?: CardKind; section: SectionId; order: string; texts?: Partial<Record<FieldName, string>>; link?: CardLink },
  writer: ServerWriter,
): KoerskaartState {
  const created = newCard(state, card.cardId, card.kind ?? 'note', card.section, card.order, writer, card.link);
  const text = seedTextDoc(card.texts ?? {});
  return withCard(state, { ...created, ...(text === undefined ? {} : { text }) });
}

export function emptyCanvas(): KoerskaartState {
  return { cards: {} };
}
