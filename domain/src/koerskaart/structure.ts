import { z } from 'zod';
import { CARD_KINDS, FIELD_NAMES, KOERSKAART_VARIANTS, PHASE_IDS, SECTION_IDS } from './sections';

/**
 * The Koerskaart's structure as schemas: its ids as zod enums, for what crosses a boundary. The
 * ids, sections and the functions over them are in sections.ts, without zod, so the tab's board
 * can use them without loading zod first.
 */
export * from './sections';

export const PhaseId = z.enum(PHASE_IDS);
export type PhaseId = z.infer<typeof PhaseId>;

export const SectionId = z.enum(SECTION_IDS);
export type SectionId = z.infer<typeof SectionId>;

/** "langer-werken" adds the vitality and sustainable-employability section for senior employees. */
export const KoerskaartVariant = z.enum(KOERSKAART_VARIANTS);
export type KoerskaartVariant = z.infer<typeof KoerskaartVariant>;

/** A card is a plain note, or a kernkwadrant with its four quadrants as separate text fields. */
export const CardKind = z.enum(CARD_KINDS);
export type CardKind = z.infer<typeof CardKind>;

export const FieldName = z.enum(FIELD_NAMES);
export type FieldName = z.infer<typeof FieldName>;
