import { z } from 'zod';
import { Guid } from '../people';
import { own } from './own';
import { Counter, Token } from './scalars';
import { CardKind, FIELD_NAMES, FieldName, fieldsOf, SectionId } from './structure';
import { Card, CardId, koerskaartLimits, OrderKey } from './schema';
import { seedTextDoc } from './text';

/**
 * The Koerskaart as it was stored before the text became a Yjs document: every field a
 * multi-value register of whole-text writes with version vectors, a tombstone that an unseen
 * write could revive. Read only, to migrate a stored canvas card by card the first time it is
 * read (and written back in the new form on its next write).
 */

const LegacyClock = z.record(Token, Counter);
type LegacyClock = z.infer<typeof LegacyClock>;

const LegacyTextWrite = z.object({
  value: z.string().max(4000),
  version: Counter,
  versionNonce: Token,
  updatedBy: Guid,
  replicaId: Token,
  clock: LegacyClock,
});
type LegacyTextWrite = z.infer<typeof LegacyTextWrite>;

export const LegacyCard = z.object({
  id: Token,
  kind: CardKind,
  authorId: Guid,
  place: z.object({ section: SectionId, order: OrderKey, version: Counter, versionNonce: Token, updatedBy: Guid }),
  fields: z.partialRecord(FieldName, z.array(LegacyTextWrite).min(1).max(16)),
  tombstone: z
    .object({ seen: z.partialRecord(FieldName, LegacyClock), version: Counter, versionNonce: Token, updatedBy: Guid })
    .optional(),
});
export type LegacyCard = z.infer<typeof LegacyCard>;

function clockLeq(a: LegacyClock, b: LegacyClock): boolean {
  return Object.entries(a).every(([replica, count]) => count <= (own(b, replica) ?? 0));
}

/** The old rule: deleted while no write is newer than what the deleter had seen. */
function wasDeleted(card: LegacyCard): boolean {
  const tombstone = card.tombstone;
  if (!tombstone) return false;
  return FIELD_NAMES.every((field) => (card.fields[field] ?? []).every((w) => clockLeq(w.clock, tombstone.seen[field] ?? {})));
}

/** Newest first; alternatives of an unresolved conflict are all kept, one after the other. */
function migratedText(writes: readonly LegacyTextWrite[]): string {
  const values = [...writes].sort((a, b) => b.version - a.version || (a.versionNonce < b.versionNonce ? -1 : 1)).map((w) => w.value);
  return [...new Set(values)].filter((v) => v !== '').join('\n');
}

/**
 * The card in the current form. Versions start again at 1 (the old ones came from clients and
 * could be anything up to 2^53−1); a deleted card keeps no text.
 */
export function migrateLegacyCard(card: LegacyCard): Card {
  const meta = {
    id: card.id,
    kind: card.kind,
    authorId: card.authorId,
    place: { section: card.place.section, order: card.place.order, version: 1, updatedBy: card.place.updatedBy },
    epoch: 0,
  };
  if (wasDeleted(card)) return { ...meta, deleted: { by: card.tombstone?.updatedBy ?? card.authorId } };
  const texts: Partial<Record<FieldName, string>> = {};
  for (const field of fieldsOf(card.kind)) texts[field] = migratedText(card.fields[field] ?? []);
  const text = seedTextDoc(texts);
  return { ...meta, ...(text === undefined ? {} : { text }) };
}

/**
 * The state as read from storage: a card still in the old form is migrated as it is read, so a
 * canvas moves to the current form card by card (each write stores the cards it touches) and a
 * read never fails on an old card.
 */
export const StoredKoerskaartState = z
  .object({ cards: z.record(CardId, z.union([Card, LegacyCard.transform(migrateLegacyCard)])) })
  .superRefine(koerskaartLimits);
