import { KoerskaartError } from './errors';
import { isOrderKey, orderKeyForIndex } from './order-key';
import { MAX_CARD_RECORDS, MAX_CARDS } from './limits';
import { own } from './own';
import {
  type AddCardOperation,
  type CardLink,
  type CardMeta,
  type DeleteCardOperation,
  type KoerskaartBoard,
  type KoerskaartOperation,
  type MoveCardOperation,
} from './schema';
import { sectionDefinition, type CardKind, type SectionId } from './sections';
import { cardsInSection } from './view';

/**
 * Making card operations in a tab, and showing them before the server has them. Each builder
 * reads the board and returns the operation; the session applies it locally
 * (`applyLocally`), keeps it until the server acknowledged it, and the server's answer — with the
 * author and versions it stamped — replaces the local guess.
 */

function requireCard(board: KoerskaartBoard, cardId: string): CardMeta {
  const card = own(board.cards, cardId);
  if (!card || card.deleted) throw new KoerskaartError('unknown-card', cardId);
  return card;
}

function requireOrderKey(order: string, cardId: string): void {
  if (!isOrderKey(order)) throw new KoerskaartError('invalid-order-key', cardId);
}

export interface NewCard {
  cardId: string;
  section: SectionId;
  /** From `orderAt`. */
  order: string;
  kind?: CardKind;
  link?: CardLink;
}

export function addCard(board: KoerskaartBoard, card: NewCard): AddCardOperation {
  const kind = card.kind ?? 'note';
  if (own(board.cards, card.cardId)) throw new KoerskaartError('card-exists', card.cardId);
  const cards = Object.values(board.cards);
  if (cards.filter((c) => !c.deleted).length >= MAX_CARDS || cards.length >= MAX_CARD_RECORDS) throw new KoerskaartError('canvas-full', card.cardId);
  if (!sectionDefinition(card.section).cardKinds.includes(kind)) throw new KoerskaartError('kind-not-in-section', card.cardId);
  requireOrderKey(card.order, card.cardId);
  return { type: 'addCard', cardId: card.cardId, kind, section: card.section, order: card.order, ...(card.link ? { link: card.link } : {}) };
}

export interface Move {
  cardId: string;
  section: SectionId;
  order: string;
}

export function moveCard(board: KoerskaartBoard, move: Move): MoveCardOperation {
  const card = requireCard(board, move.cardId);
  requireOrderKey(move.order, card.id);
  return { type: 'moveCard', cardId: card.id, section: move.section, order: move.order };
}

export function deleteCard(board: KoerskaartBoard, target: { cardId: string }): DeleteCardOperation {
  return { type: 'deleteCard', cardId: requireCard(board, target.cardId).id };
}

/**
 * The order key for putting a card at `index` among the visible cards of `section` (the moving
 * card itself not counted), for `addCard` and `moveCard`.
 */
export function orderAt(board: KoerskaartBoard, section: SectionId, index: number, movingCardId?: string): string {
  const keys = cardsInSection(board, section)
    .filter((card) => card.id !== movingCardId)
    .map((card) => card.place.order);
  return orderKeyForIndex(keys, index);
}

/**
 * The board as this tab shows it while the operation waits for the server: the card appears,
 * moves or goes at once. Typing changes no record (it lives in the card's text document).
 */
export function applyLocally(board: KoerskaartBoard, op: KoerskaartOperation, userId: string): KoerskaartBoard {
  const card = own(board.cards, op.cardId);
  let next: CardMeta | undefined;
  switch (op.type) {
    case 'addCard':
      if (card) return board;
      next = { id: op.cardId, kind: op.kind, authorId: userId, place: { section: op.section, order: op.order, version: 0, updatedBy: userId }, epoch: 0, ...(op.link ? { link: op.link } : {}) };
      break;
    case 'moveCard':
      if (!card || card.deleted) return board;
      next = { ...card, place: { section: op.section, order: op.order, version: card.place.version, updatedBy: userId } };
      break;
    case 'deleteCard':
      if (!card || card.deleted) return board;
      next = { ...card, deleted: { by: userId } };
      break;
    case 'editText':
      return board;
  }
  return { cards: { ...board.cards, [op.cardId]: next } };
}

/**
 * Two records of one card, as the server wrote them at different times (broadcasts may arrive out
 * of order): a deletion is final, the later move (higher version) and the newer text document win.
 */
export function mergeCardMeta(a: CardMeta, b: CardMeta): CardMeta {
  const place = b.place.version > a.place.version ? b.place : a.place;
  const deleted = a.deleted ?? b.deleted;
  const { deleted: _a, ...rest } = a;
  return { ...rest, place, epoch: Math.max(a.epoch, b.epoch), ...(deleted ? { deleted } : {}) };
}
