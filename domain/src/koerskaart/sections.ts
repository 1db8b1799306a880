/**
 * The Koerskaart's structure: the three phases of a career conversation and their sections, as
 * data. Titles and prompts live in the tab's and bot's catalogues (nl, nl-BE, en), keyed by these
 * ids, so the ids are stable slugs and must never be renamed once cards are stored under them.
 * Without zod: the tab's board uses these before it loads zod (their schemas: structure.ts).
 */

export const PHASE_IDS = ['uitwisseling', 'voorstellen', 'afspraken'] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

export const SECTION_IDS = [
  'opening',
  'autonomie',
  'verbinding',
  'competentie',
  'vitaliteit',
  'wensen',
  'noden',
  'mogelijkheden',
  'voor-en-nadelen',
  'ondersteuning',
  'afspraken',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** "langer-werken" adds the vitality and sustainable-employability section for senior employees. */
export const KOERSKAART_VARIANTS = ['standaard', 'langer-werken'] as const;
export type KoerskaartVariant = (typeof KOERSKAART_VARIANTS)[number];

/** A card is a plain note, or a kernkwadrant with its four quadrants as separate text fields. */
export const CARD_KINDS = ['note', 'kernkwadrant'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

export const KERNKWADRANT_FIELDS = ['kernkwaliteit', 'valkuil', 'uitdaging', 'allergie'] as const;
export const FIELD_NAMES = ['text', ...KERNKWADRANT_FIELDS] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** The text fields each kind of card has; every field is its own versioned register. */
export const FIELDS_BY_KIND: Readonly<Record<CardKind, readonly FieldName[]>> = {
  note: ['text'],
  kernkwadrant: KERNKWADRANT_FIELDS,
};

export function fieldsOf(kind: CardKind): readonly FieldName[] {
  return FIELDS_BY_KIND[kind];
}

/** Whose voice a section carries: the employee's wishes, the organisation's needs, or both. */
export type SectionVoice = 'employee' | 'organisation' | 'both';

/**
 * Vocabularies for the "mogelijkheden" section: the direction, the place and
 * the route of a development step. Development is not only training, hence the long route list.
 */
export const ONTWIKKELRICHTINGEN = ['verdiepen', 'verbreden'] as const;
export const ONTWIKKELPLEKKEN = ['huidige-functie', 'elders-in-organisatie', 'buiten-organisatie'] as const;
export const ONTWIKKELROUTES = [
  'opleiding',
  'coaching',
  'taakuitbreiding',
  'meelopen',
  'jobcrafting',
  'taakvariatie',
  'jobrotatie',
  'taakrotatie',
  'remotie',
  'mobiliteit-buiten-organisatie',
] as const;

export interface SectionDefinition {
  readonly id: SectionId;
  readonly phase: PhaseId;
  readonly voice: SectionVoice;
  /** The kinds of card the tab offers to add here; the first is the default. */
  readonly cardKinds: readonly CardKind[];
  /** Only in these variants (absent = every variant). */
  readonly variants?: readonly KoerskaartVariant[];
  /** Vocabularies the catalogues must title and the tab offers as prompts. */
  readonly aspects?: Readonly<Record<string, readonly string[]>>;
}

/**
 * In conversation order. Vitaliteit sits in phase 1 after competentie: it is the inventory of the
 * senior employee's employability (physical vitality and keeping skills current)
 * that replaces or extends the career part, before wishes and needs are weighed.
 */
export const SECTIONS: readonly SectionDefinition[] = [
  { id: 'opening', phase: 'uitwisseling', voice: 'both', cardKinds: ['note'] },
  { id: 'autonomie', phase: 'uitwisseling', voice: 'both', cardKinds: ['note'] },
  { id: 'verbinding', phase: 'uitwisseling', voice: 'both', cardKinds: ['note'] },
  { id: 'competentie', phase: 'uitwisseling', voice: 'both', cardKinds: ['note', 'kernkwadrant'] },
  { id: 'vitaliteit', phase: 'uitwisseling', voice: 'both', cardKinds: ['note'], variants: ['langer-werken'] },
  { id: 'wensen', phase: 'uitwisseling', voice: 'employee', cardKinds: ['note'] },
  { id: 'noden', phase: 'uitwisseling', voice: 'organisation', cardKinds: ['note'] },
  {
    id: 'mogelijkheden',
    phase: 'voorstellen',
    voice: 'both',
    cardKinds: ['note'],
    aspects: { richting: ONTWIKKELRICHTINGEN, plek: ONTWIKKELPLEKKEN, route: ONTWIKKELROUTES },
  },
  { id: 'voor-en-nadelen', phase: 'voorstellen', voice: 'both', cardKinds: ['note'] },
  { id: 'ondersteuning', phase: 'voorstellen', voice: 'both', cardKinds: ['note'] },
  { id: 'afspraken', phase: 'afspraken', voice: 'both', cardKinds: ['note'] },
];

export function sectionsFor(variant: KoerskaartVariant): SectionDefinition[] {
  return SECTIONS.filter((s) => !s.variants || s.variants.includes(variant));
}

/** The section ids per phase, in order — what a catalogue must title and prompt, per variant. */
export function sectionIdsByPhase(variant: KoerskaartVariant): Record<PhaseId, SectionId[]> {
  const result: Record<PhaseId, SectionId[]> = { uitwisseling: [], voorstellen: [], afspraken: [] };
  for (const section of sectionsFor(variant)) result[section.phase].push(section.id);
  return result;
}

export function sectionDefinition(id: SectionId): SectionDefinition {
  const found = SECTIONS.find((s) => s.id === id);
  if (!found) throw new Error(`unknown section ${id}`);
  return found;
}

/** Position of a section in conversation order, for sorting cards. */
export function sectionRank(id: SectionId): number {
  return SECTION_IDS.indexOf(id);
}
