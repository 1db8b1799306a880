import { z } from 'zod';
import { CatalogueId } from './ids';

/**
 * The organisation's side of "where can I grow?": the function house (families, functions with
 * levels and the competences they ask), the career paths between functions, the learning offer,
 * and the certificates some functions require. Koers.HR maintains it; everyone in the tenant
 * reads it. Ids are slugs HR chooses (or the import derives from names), so a spreadsheet can
 * refer to them and a round trip keeps them.
 */

// The ids live apart, so a Koerskaart card's link to the catalogue does not bring its schemas.
export * from './ids';

const Name = z.string().trim().min(1).max(120);
const Description = z.string().trim().max(1_000).default('');
const Https = z
  .string()
  .trim()
  .max(2_000)
  .url()
  .refine((u) => u.startsWith('https://'), 'alleen https-links');

/** How well someone masters a competence: 1 basis, 2 gevorderd, 3 ervaren, 4 expert. */
export const CompetenceLevel = z.number().int().min(1).max(4);
export type CompetenceLevel = z.infer<typeof CompetenceLevel>;

export const Competence = z.object({
  id: CatalogueId,
  name: Name,
  description: Description,
});
export type Competence = z.infer<typeof Competence>;

export const FunctionFamily = z.object({
  id: CatalogueId,
  name: Name,
});
export type FunctionFamily = z.infer<typeof FunctionFamily>;

export const CompetenceRequirement = z.object({
  competenceId: CatalogueId,
  level: CompetenceLevel,
});
export type CompetenceRequirement = z.infer<typeof CompetenceRequirement>;

/** A certificate the law, the collective agreement or a client requires, valid for a number of months. */
export const Certificate = z.object({
  id: CatalogueId,
  name: Name,
  /** Absent: valid for life. */
  validityMonths: z.number().int().min(1).max(240).optional(),
});
export type Certificate = z.infer<typeof Certificate>;

export const JobFunction = z.object({
  id: CatalogueId,
  familyId: CatalogueId,
  name: Name,
  /** The organisation's own scale (functiegroep, schaal); higher is more senior. */
  level: z.number().int().min(1).max(20),
  description: Description,
  requirements: z.array(CompetenceRequirement).max(40).default([]),
  mandatoryCertificateIds: z.array(CatalogueId).max(20).default([]),
  /** Directory job titles that mean this function; HR confirms the mapping. */
  jobTitles: z.array(z.string().trim().min(1).max(120)).max(20).default([]),
});
export type JobFunction = z.infer<typeof JobFunction>;

/** Development is more than promotion: every kind of move between two functions. */
export const PATH_KINDS = ['doorgroeien', 'horizontaal', 'remotie', 'taakroulatie', 'deeltijd', 'tijdelijk'] as const;
export const PathKind = z.enum(PATH_KINDS);
export type PathKind = z.infer<typeof PathKind>;

export const CareerPath = z
  .object({
    fromFunctionId: CatalogueId,
    toFunctionId: CatalogueId,
    kind: PathKind,
    /** What this step typically takes ("2 jaar ervaring als monteur"). */
    note: z.string().trim().max(300).default(''),
  })
  .refine((p) => p.fromFunctionId !== p.toFunctionId, { message: 'een pad gaat naar een andere functie', path: ['toFunctionId'] });
export type CareerPath = z.infer<typeof CareerPath>;

export const LEARNING_KINDS = ['cursus', 'e-learning', 'coaching', 'mentoring', 'meelopen', 'intern-materiaal', 'leerplatform'] as const;
export const LearningKind = z.enum(LEARNING_KINDS);
export type LearningKind = z.infer<typeof LearningKind>;

/** A sector fund or scheme that pays (part of) an item: an O&O fund in NL, opleidingscheques in Flanders. */
export const Funding = z.object({
  scheme: z.string().trim().min(1).max(120),
  /** Euros the scheme covers per participant. */
  amountEuro: z.number().min(0).max(100_000),
});
export type Funding = z.infer<typeof Funding>;

export const LearningItem = z.object({
  id: CatalogueId,
  title: Name,
  kind: LearningKind,
  provider: z.string().trim().max(120).default(''),
  description: Description,
  /** Per participant, in euros, before funding. */
  costEuro: z.number().min(0).max(100_000).default(0),
  hours: z.number().min(0).max(2_000).default(0),
  /**
   * Days this item counts as against a Belgian employee's individual training right (Federale
   * Leerrekening); half days allowed. Absent: HR did not say, which is not the same as zero.
   */
  trainingDays: z.number().min(0).max(365).multipleOf(0.5).optional(),
  language: z.enum(['nl', 'en', 'fr', 'de']).default('nl'),
  internal: z.boolean().default(false),
  url: Https.optional(),
  forFunctionIds: z.array(CatalogueId).max(50).default([]),
  forCompetenceIds: z.array(CatalogueId).max(50).default([]),
  /** Taking this item gives (or renews) this certificate. */
  certificateId: CatalogueId.optional(),
  funding: Funding.optional(),
});
export type LearningItem = z.infer<typeof LearningItem>;

/** The whole catalogue of one organisation, as the import replaces it and the API hands it out. */
export const Catalogue = z.object({
  competences: z.array(Competence).max(1_000).default([]),
  families: z.array(FunctionFamily).max(200).default([]),
  functions: z.array(JobFunction).max(2_000).default([]),
  paths: z.array(CareerPath).max(5_000).default([]),
  certificates: z.array(Certificate).max(500).default([]),
  learning: z.array(LearningItem).max(10_000).default([]),
});
export type Catalogue = z.infer<typeof Catalogue>;
export type CatalogueInput = z.input<typeof Catalogue>;
