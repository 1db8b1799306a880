import type { CardMeta } from './schema';
import { SECTIONS, sectionRank, type KoerskaartVariant, type PhaseId, type SectionId } from './sections';

/** What the UI reads. Pure projections of the cards' records; nothing here writes. */

interface Board<C extends CardMeta> {
  cards: Record<string, C>;
}

export function isDeleted(card: CardMeta): boolean {
  return card.deleted !== undefined;
}

function compareCards(a: CardMeta, b: CardMeta): number {
  const rank = sectionRank(a.place.section) - sectionRank(b.place.section);
  if (rank !== 0) return rank;
  if (a.place.order !== b.place.order) return a.place.order < b.place.order ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Visible cards by (section in conversation order, order key, id) — the same on every replica. */
export function orderedCards<C extends CardMeta>(board: Board<C>, options: { includeDeleted?: boolean } = {}): C[] {
  return Object.values(board.cards)
    .filter((card) => options.includeDeleted || !isDeleted(card))
    .sort(compareCards);
}

export function cardsInSection<C extends CardMeta>(board: Board<C>, section: SectionId): C[] {
  return orderedCards(board).filter((card) => card.place.section === section);
}

/**
 * The sections to show, per phase in conversation order: the variant's, and any other that holds
 * cards. Switching from "langer werken" back to the standard conversation (either party may) never
 * hides what was written under vitaliteit; the section simply stays until it is empty.
 */
export function shownSectionIdsByPhase(board: Board<CardMeta>, variant: KoerskaartVariant): Record<PhaseId, SectionId[]> {
  const used = new Set(orderedCards(board).map((card) => card.place.section));
  const result: Record<PhaseId, SectionId[]> = { uitwisseling: [], voorstellen: [], afspraken: [] };
  for (const section of SECTIONS) {
    if (!section.variants || section.variants.includes(variant) || used.has(section.id)) result[section.phase].push(section.id);
  }
  return result;
}
