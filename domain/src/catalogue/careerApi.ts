import { z } from 'zod';
import { Guid } from '../people';
import { CivilDateString } from '../pop/schema';
import { CatalogueId, CompetenceLevel, Funding, LearningKind, PathKind } from './schema';

/** A function as "where can I grow?" shows it. */
export const FunctionSummary = z.object({
  id: CatalogueId,
  name: z.string(),
  level: z.number().int(),
  familyId: CatalogueId,
  description: z.string(),
});
export type FunctionSummary = z.infer<typeof FunctionSummary>;

/** A learning item offered for a gap, with what it costs the employee. */
export const LearningOption = z.object({
  id: CatalogueId,
  title: z.string(),
  kind: LearningKind,
  provider: z.string(),
  hours: z.number(),
  costEuro: z.number(),
  /** What is left after the fund or scheme pays its part. */
  netCostEuro: z.number(),
  funding: Funding.optional(),
  internal: z.boolean(),
  language: z.string(),
  url: z.string().optional(),
  /** free-required: the person's function requires it, so it is free and in working time (NL: art. 7:611a BW). */
  costForEmployee: z.enum(['free-required', 'employer']),
});
export type LearningOption = z.infer<typeof LearningOption>;

export const CompetenceGapView = z.object({
  competenceId: CatalogueId,
  name: z.string(),
  expected: CompetenceLevel,
  /** 0: not rated and not asked by the current function. */
  current: z.number().int().min(0).max(4),
  learning: z.array(LearningOption),
});
export type CompetenceGapView = z.infer<typeof CompetenceGapView>;

/** A function reachable from the person's own, the kind of its first step, and what they still lack for it. */
export const CareerPathOption = z.object({
  function: FunctionSummary,
  kind: PathKind,
  note: z.string(),
  steps: z.number().int().min(1),
  gaps: z.array(CompetenceGapView),
});
export type CareerPathOption = z.infer<typeof CareerPathOption>;

/** One competence level of someone's own rating. */
export const SelfRating = z.object({ competenceId: CatalogueId, level: CompetenceLevel });
export type SelfRating = z.infer<typeof SelfRating>;

/**
 * "Where can I grow?" for one person: their function (as HR linked it), the paths from it and per
 * path the competences they still lack with the learning offer for each. `selfAssessment` is the
 * employee's own rating of the conversation asked for, as the reader may see it (the manager only
 * once it is shared); the gaps count it the same way.
 */
export const CareerOptionsResponse = z.object({
  personId: Guid,
  function: FunctionSummary.nullable(),
  source: z.enum(['hr', 'job-title']).nullable(),
  paths: z.array(CareerPathOption),
  /** The competences the person's function and its paths ask, to rate oneself on. */
  competences: z.array(z.object({ id: CatalogueId, name: z.string(), description: z.string() })),
  selfAssessment: z.object({ ratings: z.array(SelfRating), shared: z.boolean() }).nullable(),
});
export type CareerOptionsResponse = z.infer<typeof CareerOptionsResponse>;

export const CareerOptionsQuery = z.object({
  /** The conversation whose preparation holds the self-assessment to count. */
  conversationId: z.string().min(1).max(100).optional(),
});
export type CareerOptionsQuery = z.infer<typeof CareerOptionsQuery>;

/** HR's view of how people are linked to functions: the directory's job titles and the exceptions. */
export const FunctionLinksResponse = z.object({
  jobTitles: z.array(
    z.object({
      jobTitle: z.string(),
      /** Active people with this title now. */
      people: z.number().int().min(0),
      /** What the catalogue's `functietitels` propose. */
      suggestedFunctionId: CatalogueId.optional(),
      /** What HR confirmed; it links everyone with the title. */
      confirmedFunctionId: CatalogueId.optional(),
    }),
  ),
  assignments: z.array(
    z.object({
      personId: Guid,
      displayName: z.string(),
      jobTitle: z.string().optional(),
      functionId: CatalogueId,
    }),
  ),
  functions: z.array(z.object({ id: CatalogueId, name: z.string() })),
});
export type FunctionLinksResponse = z.infer<typeof FunctionLinksResponse>;

/** Confirm (or, with null, withdraw) what a directory job title means. */
export const ConfirmJobTitleRequest = z.object({
  jobTitle: z.string().trim().min(1).max(200),
  functionId: CatalogueId.nullable(),
});
export type ConfirmJobTitleRequest = z.infer<typeof ConfirmJobTitleRequest>;

/** Give one person a function by hand (or, with null, let their job title decide again). */
export const AssignFunctionRequest = z.object({ functionId: CatalogueId.nullable() });
export type AssignFunctionRequest = z.infer<typeof AssignFunctionRequest>;

/**
 * The certificates the person's function requires, as their portfolio shows them: held until
 * when, soon to expire, expired or missing, with the course that gives or renews each.
 */
export const MandatoryCertificatesView = z.object({
  function: z.object({ id: CatalogueId, name: z.string() }),
  items: z.array(
    z.object({
      certificateId: CatalogueId,
      name: z.string(),
      state: z.enum(['geldig', 'verloopt-binnenkort', 'verlopen', 'ontbreekt']),
      expiresOn: CivilDateString.optional(),
      course: z.object({ id: CatalogueId, title: z.string() }).optional(),
    }),
  ),
});
export type MandatoryCertificatesView = z.infer<typeof MandatoryCertificatesView>;
