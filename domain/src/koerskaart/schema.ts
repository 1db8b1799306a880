import { z } from 'zod';
import { Guid } from '../people';
import { Clock, clockLeq, ReplicaId } from './clock';
import { isOrderKey, MAX_ORDER_KEY_LENGTH } from './order-key';
import { own } from './own';
import { Counter, Token } from './scalars';
import { CardKind, FieldName, fieldsOf, SectionId } from './structure';

/**
 * Wire and storage shapes of the Koerskaart, bounded so the API can validate any input before it
 * touches stored data. A canvas is a map of cards; every card is a product of independent
 * registers (place, one per text field, tombstone), so edits to different fields never meet.
 */

export const MAX_CARDS = 500;
export const MAX_TEXT_LENGTH = 4000;
/** Concurrent alternatives of one field; reaching it needs 17 sessions typing at the same instant. */
export const MAX_ALTERNATIVES = 16;

export const CardId = Token;
export const Nonce = Token;

export const OrderKey = z
  .string()
  .max(MAX_ORDER_KEY_LENGTH)
  .refine(isOrderKey, 'not a fractional order key');

/** One write to a text field. `clock` is what its author had seen of the field, itself included. */
export const TextWrite = z
  .object({
    value: z.string().max(MAX_TEXT_LENGTH),
    /** Lamport number: newer than every write the author had seen; orders alternatives for display. */
    version: Counter,
    versionNonce: Nonce,
    updatedBy: Guid,
    replicaId: ReplicaId,
    clock: Clock,
  })
  .refine((w) => (own(w.clock, w.replicaId) ?? 0) >= 1, { message: 'the clock must count the write itself', path: ['clock'] });
export type TextWrite = z.infer<typeof TextWrite>;

/**
 * A multi-value register: the writes no other write has superseded. One write normally; more than
 * one is a conflict the UI shows until someone resolves it.
 */
export const TextRegister = z
  .array(TextWrite)
  .min(1)
  .max(MAX_ALTERNATIVES)
  .superRefine((writes, ctx) => {
    writes.forEach((w, i) =>
      writes.forEach((other, j) => {
        if (i < j && (clockLeq(w.clock, other.clock) || clockLeq(other.clock, w.clock))) {
          ctx.addIssue({ code: 'custom', message: 'one alternative supersedes another', path: [j] });
        }
      }),
    );
  });
export type TextRegister = z.infer<typeof TextRegister>;

/** Section and order move together (a move sets both), last writer wins by (version, nonce). */
export const PlaceRegister = z.object({
  section: SectionId,
  order: OrderKey,
  version: Counter,
  versionNonce: Nonce,
  updatedBy: Guid,
});
export type PlaceRegister = z.infer<typeof PlaceRegister>;

/**
 * A delete, with the clock of every text field the deleter had seen. The card is gone only while
 * no text write is newer than that: an edit made concurrently with the delete brings it back.
 */
export const Tombstone = z.object({
  seen: z.partialRecord(FieldName, Clock),
  version: Counter,
  versionNonce: Nonce,
  updatedBy: Guid,
});
export type Tombstone = z.infer<typeof Tombstone>;

const cardFieldsMatchKind = (card: { kind: CardKind; fields: Partial<Record<FieldName, unknown>> }, ctx: z.RefinementCtx) => {
  const allowed = fieldsOf(card.kind);
  for (const field of Object.keys(card.fields) as FieldName[]) {
    if (!allowed.includes(field)) {
      ctx.addIssue({ code: 'custom', message: `a ${card.kind} card has no field ${field}`, path: ['fields', field] });
    }
  }
};

export const Card = z
  .object({
    id: CardId,
    kind: CardKind,
    /** Who added the card; never changes. */
    authorId: Guid,
    place: PlaceRegister,
    fields: z.partialRecord(FieldName, TextRegister),
    tombstone: Tombstone.optional(),
  })
  .superRefine(cardFieldsMatchKind);
export type Card = z.infer<typeof Card>;

export const KoerskaartState = z
  .object({ cards: z.record(CardId, Card) })
  .superRefine((state, ctx) => {
    const ids = Object.keys(state.cards);
    if (ids.length > MAX_CARDS) ctx.addIssue({ code: 'custom', message: `at most ${MAX_CARDS} cards`, path: ['cards'] });
    for (const id of ids) {
      if (own(state.cards, id)?.id !== id) ctx.addIssue({ code: 'custom', message: 'card stored under another id', path: ['cards', id] });
    }
  });
export type KoerskaartState = z.infer<typeof KoerskaartState>;

/**
 * What every non-add operation carries about its card: identity and the place as the sender knows
 * it. An operation that overtakes the card's own add on the network still lands as a well-formed
 * card; joining a place the receiver already has (or has newer) changes nothing.
 */
export const CardHeader = z.object({
  id: CardId,
  kind: CardKind,
  authorId: Guid,
  place: PlaceRegister,
});
export type CardHeader = z.infer<typeof CardHeader>;

const fieldOnCard = (op: { card: CardHeader; field: FieldName }, ctx: z.RefinementCtx) => {
  if (!fieldsOf(op.card.kind).includes(op.field)) {
    ctx.addIssue({ code: 'custom', message: `a ${op.card.kind} card has no field ${op.field}`, path: ['field'] });
  }
};

export const AddCardOperation = z
  .object({ type: z.literal('addCard'), card: Card })
  .superRefine((op, ctx) => {
    if (op.card.tombstone) ctx.addIssue({ code: 'custom', message: 'a new card is not deleted', path: ['card', 'tombstone'] });
    for (const field of fieldsOf(op.card.kind)) {
      if (op.card.fields[field]?.length !== 1) {
        ctx.addIssue({ code: 'custom', message: 'a new card has one first write per field', path: ['card', 'fields', field] });
      }
    }
  });

/** A new value for one field, superseding the alternative(s) its author based it on. */
export const EditTextOperation = z
  .object({ type: z.literal('editText'), card: CardHeader, field: FieldName, write: TextWrite })
  .superRefine(fieldOnCard);

/** A value that supersedes every alternative its author saw: the conflict is over. */
export const ResolveConflictOperation = z
  .object({ type: z.literal('resolveConflict'), card: CardHeader, field: FieldName, write: TextWrite })
  .superRefine(fieldOnCard);

/** The header's place is the new place. */
export const MoveCardOperation = z.object({ type: z.literal('moveCard'), card: CardHeader });

export const DeleteCardOperation = z.object({ type: z.literal('deleteCard'), card: CardHeader, tombstone: Tombstone });

export const KoerskaartOperation = z.discriminatedUnion('type', [
  AddCardOperation,
  EditTextOperation,
  ResolveConflictOperation,
  MoveCardOperation,
  DeleteCardOperation,
]);
export type KoerskaartOperation = z.infer<typeof KoerskaartOperation>;
export type AddCardOperation = z.infer<typeof AddCardOperation>;
export type EditTextOperation = z.infer<typeof EditTextOperation>;
export type ResolveConflictOperation = z.infer<typeof ResolveConflictOperation>;
export type MoveCardOperation = z.infer<typeof MoveCardOperation>;
export type DeleteCardOperation = z.infer<typeof DeleteCardOperation>;

/** A batch the client sends after reconnecting; bounded like everything else. */
export const KoerskaartOperationBatch = z.array(KoerskaartOperation).min(1).max(200);

/** The op's identity: the nonce of the register write it carries. Re-delivery carries the same. */
export function operationId(op: KoerskaartOperation): string {
  switch (op.type) {
    case 'addCard':
      return op.card.place.versionNonce;
    case 'editText':
    case 'resolveConflict':
      return op.write.versionNonce;
    case 'moveCard':
      return op.card.place.versionNonce;
    case 'deleteCard':
      return op.tombstone.versionNonce;
  }
}
