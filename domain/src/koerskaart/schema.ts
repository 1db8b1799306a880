import { z } from 'zod';
import { CatalogueId } from '../catalogue/ids';
import { Guid } from '../people';
import { isOrderKey, MAX_ORDER_KEY_LENGTH } from './order-key';
import { own } from './own';
import { MAX_CARD_RECORDS, MAX_CARDS } from './limits';
import { Token } from './scalars';
import { CardKind, SectionId } from './structure';
import { MAX_UPDATE_CHARS } from './text';

/**
 * Wire and storage shapes of the Koerskaart, bounded so the API can validate any input before it
 * touches stored data. A card's structure (kind, author, place, deletion) is written by the
 * server only, from the operations below and the caller's token; a card's text is a Yjs
 * document (text.ts) the clients co-edit character by character.
 */

export * from './limits';

export const CardId = Token;

export const OrderKey = z
  .string()
  .max(MAX_ORDER_KEY_LENGTH)
  .refine(isOrderKey, 'not a fractional order key');

/** A Yjs update, base64. */
export const TextUpdate = z
  .string()
  .min(1)
  .max(MAX_UPDATE_CHARS)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');

/** Counts the server's writes; assigned by the server, so it grows by one per stored change. */
export const ServerCounter = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** Section and order move together; the latest stored move wins (version counts them). */
export const CardPlace = z.object({
  section: SectionId,
  order: OrderKey,
  version: ServerCounter,
  updatedBy: Guid,
});
export type CardPlace = z.infer<typeof CardPlace>;

/** Who deleted the card and when (absent for cards deleted before the current form). */
export const CardDeletion = z.object({ by: Guid, at: z.string().max(40).optional() });

/**
 * Where a card made from "Mogelijke stappen" came from: a career path (its target function) and
 * a learning item of the organisation's catalogue. Set when the card is added, never changed; the
 * POP draft turns it into the goal's target function and learning (pop/draft.ts).
 */
export const CardLink = z
  .object({ targetFunctionId: CatalogueId.optional(), learningItemId: CatalogueId.optional() })
  .refine((link) => link.targetFunctionId !== undefined || link.learningItemId !== undefined, 'a link names a function or a learning item');
export type CardLink = z.infer<typeof CardLink>;

/** What everyone agrees a card is, without its text: the server's record of it. */
export const CardMeta = z.object({
  id: CardId,
  kind: CardKind,
  /** Who added the card, from their token; never changes. */
  authorId: Guid,
  place: CardPlace,
  /** Which text document the card has: the server compacts it into a new one (epoch + 1). */
  epoch: ServerCounter,
  /** A deleted card keeps only this record: its text is gone. */
  deleted: CardDeletion.optional(),
  link: CardLink.optional(),
});
export type CardMeta = z.infer<typeof CardMeta>;

export const Card = CardMeta.extend({
  /** The card's Yjs text document (text.ts) as a base64 update; absent while nobody typed. */
  text: z.string().max(2_000_000).optional(),
});
export type Card = z.infer<typeof Card>;

/** Bounds every stored and sent state keeps (also used for the state as read, legacy.ts). */
export function koerskaartLimits(state: { cards: Record<string, Card> }, ctx: z.RefinementCtx): void {
  const cards = Object.values(state.cards);
  if (cards.length > MAX_CARD_RECORDS) ctx.addIssue({ code: 'custom', message: `at most ${MAX_CARD_RECORDS} cards`, path: ['cards'] });
  if (cards.filter((c) => !c.deleted).length > MAX_CARDS) ctx.addIssue({ code: 'custom', message: `at most ${MAX_CARDS} cards`, path: ['cards'] });
  for (const id of Object.keys(state.cards)) {
    if (own(state.cards, id)?.id !== id) ctx.addIssue({ code: 'custom', message: 'card stored under another id', path: ['cards', id] });
  }
}

export const KoerskaartState = z.object({ cards: z.record(CardId, Card) }).superRefine(koerskaartLimits);

export type KoerskaartState = z.infer<typeof KoerskaartState>;

/** The cards as a tab holds them: the records, their text lives in Yjs documents beside them. */
export interface KoerskaartBoard {
  cards: Record<string, CardMeta>;
}

/** Ask for a new card; the server stamps the author and the place's version. */
export const AddCardOperation = z.object({
  type: z.literal('addCard'),
  cardId: CardId,
  kind: CardKind,
  section: SectionId,
  order: OrderKey,
  link: CardLink.optional(),
});

export const MoveCardOperation = z.object({
  type: z.literal('moveCard'),
  cardId: CardId,
  section: SectionId,
  order: OrderKey,
});

/** Deleting erases the card's text for good; typing that arrives later is erased too. */
export const DeleteCardOperation = z.object({ type: z.literal('deleteCard'), cardId: CardId });

/** Typing: a Yjs update of the card's text document of this epoch. */
export const EditTextOperation = z.object({
  type: z.literal('editText'),
  cardId: CardId,
  epoch: ServerCounter,
  update: TextUpdate,
});

export const KoerskaartOperation = z.discriminatedUnion('type', [AddCardOperation, MoveCardOperation, DeleteCardOperation, EditTextOperation]);
export type KoerskaartOperation = z.infer<typeof KoerskaartOperation>;
export type AddCardOperation = z.infer<typeof AddCardOperation>;
export type MoveCardOperation = z.infer<typeof MoveCardOperation>;
export type DeleteCardOperation = z.infer<typeof DeleteCardOperation>;
export type EditTextOperation = z.infer<typeof EditTextOperation>;
