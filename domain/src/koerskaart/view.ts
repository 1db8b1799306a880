import { clockLeq } from './clock';
import type { Card, KoerskaartState, TextWrite } from './schema';
import { FIELD_NAMES, fieldsOf, SECTIONS, sectionRank, type FieldName, type KoerskaartVariant, type PhaseId, type SectionId } from './structure';

/** What the UI reads. Pure projections of the state; nothing here writes. */

/**
 * Deleted while no text write is newer than what the deleter had seen. A write the deleter had not
 * seen (typed at the same time, or later to restore the card) keeps or brings the card back.
 */
export function isDeleted(card: Card): boolean {
  const tombstone = card.tombstone;
  if (!tombstone) return false;
  return FIELD_NAMES.every((field) =>
    (card.fields[field] ?? []).every((w) => clockLeq(w.clock, tombstone.seen[field] ?? {})),
  );
}

export interface Alternative {
  value: string;
  updatedBy: string;
  version: number;
  /** Identifies the alternative; `replicaId` tells the tab which one is its own to keep typing in. */
  versionNonce: string;
  replicaId: string;
}

export interface FieldText {
  /** The text to show: the only value, or while in conflict the newest alternative. */
  value: string;
  /**
   * Present while two or more people wrote the field at once. There is no `base`: the register
   * keeps no history, only what nobody has knowingly overwritten.
   */
  conflict?: { alternatives: Alternative[] };
}

function byNewest(a: TextWrite, b: TextWrite): number {
  if (a.version !== b.version) return b.version - a.version;
  return a.versionNonce < b.versionNonce ? -1 : a.versionNonce > b.versionNonce ? 1 : 0;
}

export function fieldText(card: Card, field: FieldName = 'text'): FieldText {
  const writes = [...(card.fields[field] ?? [])].sort(byNewest);
  const value = writes[0]?.value ?? '';
  if (writes.length < 2) return { value };
  return {
    value,
    conflict: {
      alternatives: writes.map((w) => ({
        value: w.value,
        updatedBy: w.updatedBy,
        version: w.version,
        versionNonce: w.versionNonce,
        replicaId: w.replicaId,
      })),
    },
  };
}

export function hasConflict(card: Card): boolean {
  return fieldsOf(card.kind).some((field) => (card.fields[field]?.length ?? 0) > 1);
}

function compareCards(a: Card, b: Card): number {
  const rank = sectionRank(a.place.section) - sectionRank(b.place.section);
  if (rank !== 0) return rank;
  if (a.place.order !== b.place.order) return a.place.order < b.place.order ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Visible cards by (section in conversation order, order key, id) — the same on every replica. */
export function orderedCards(state: KoerskaartState, options: { includeDeleted?: boolean } = {}): Card[] {
  return Object.values(state.cards)
    .filter((card) => options.includeDeleted || !isDeleted(card))
    .sort(compareCards);
}

export function cardsInSection(state: KoerskaartState, section: SectionId): Card[] {
  return orderedCards(state).filter((card) => card.place.section === section);
}

/**
 * The sections to show, per phase in conversation order: the variant's, and any other that holds
 * cards. Switching from "langer werken" back to the standard conversation (either party may) never
 * hides what was written under vitaliteit; the section simply stays until it is empty.
 */
export function shownSectionIdsByPhase(state: KoerskaartState, variant: KoerskaartVariant): Record<PhaseId, SectionId[]> {
  const used = new Set(orderedCards(state).map((card) => card.place.section));
  const result: Record<PhaseId, SectionId[]> = { uitwisseling: [], voorstellen: [], afspraken: [] };
  for (const section of SECTIONS) {
    if (!section.variants || section.variants.includes(variant) || used.has(section.id)) result[section.phase].push(section.id);
  }
  return result;
}
