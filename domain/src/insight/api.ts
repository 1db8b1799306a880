import { z } from 'zod';
import { IsoDateTime } from '../conversation';
import { Guid } from '../people';
import { InsightFilter, InsightSnapshotSummary, InsightTable } from './snapshot';
import { TalentInterestItem } from './talentPool';

/**
 * What HR's insight routes and the employee's talent-pool routes answer. Closed (strict) on
 * purpose: an HR answer with a field nobody listed here fails instead of leaking it.
 */

export const FunctionOption = z.object({ id: z.string().max(100), name: z.string().max(200) }).strict();
export type FunctionOption = z.infer<typeof FunctionOption>;

export const InsightRoundsResponse = z
  .object({
    /** The smallest number of people a shown figure may be about. */
    k: z.number().int(),
    rounds: z.array(InsightSnapshotSummary.strict()).max(500),
  })
  .strict();
export type InsightRoundsResponse = z.infer<typeof InsightRoundsResponse>;

export const InsightResponse = z
  .object({
    round: InsightSnapshotSummary.strict(),
    k: z.number().int(),
    filter: InsightFilter,
    wishes: InsightTable,
    talent: InsightTable,
    /** Every department of the snapshot (also those whose figures are hidden): the filter's choices. */
    departments: z.array(z.string().max(200)).max(5_000),
    /** Names of the functions the tables mention, from the function house. */
    functions: z.array(FunctionOption).max(2_000),
  })
  .strict();
export type InsightResponse = z.infer<typeof InsightResponse>;

export const NamedTalent = z
  .object({
    id: Guid,
    displayName: z.string().max(200),
    department: z.string().max(200).optional(),
    jobTitle: z.string().max(200).optional(),
    interests: z.array(TalentInterestItem).max(5),
    updatedAt: IsoDateTime,
  })
  .strict();
export type NamedTalent = z.infer<typeof NamedTalent>;

export const NamedTalentResponse = z
  .object({
    /** Only the people who chose that HR may see their wishes by name; a page of them. */
    people: z.array(NamedTalent).max(20_000),
    functions: z.array(FunctionOption).max(2_000),
    /** Where the next page starts; null on the last. */
    continuationToken: z.string().max(4_000).nullable(),
  })
  .strict();
export type NamedTalentResponse = z.infer<typeof NamedTalentResponse>;

export const MyTalentResponse = z
  .object({
    interests: z.array(TalentInterestItem).max(5),
    showName: z.boolean(),
    updatedAt: IsoDateTime.nullable(),
    /** The etag to send back with a change; null while there is nothing stored. */
    etag: z.string().nullable(),
    /** The functions of the function house one can choose. */
    functions: z.array(FunctionOption).max(2_000),
  })
  .strict();
export type MyTalentResponse = z.infer<typeof MyTalentResponse>;
