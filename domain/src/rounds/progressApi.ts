import { z } from 'zod';
import { IsoDateTime } from '../conversation';
import { Guid } from '../people';
import { RoundProgressStatus, type StatusCounts } from './progress';
import { RoundStatus } from './round';

/**
 * What HR (and a manager, for their own people) reads on the progress board. Every schema is
 * closed (`.strict()`): a field that is not listed here cannot reach the board, an export or the
 * "Wat ziet HR?" page, which is generated from `PROGRESS_PERSON_FIELDS`.
 */

/** Every column of a person's line, in the order the list and the exports show them. */
export const PROGRESS_PERSON_FIELDS = ['displayName', 'department', 'managerName', 'status', 'plannedFor', 'heldOn', 'popAgreedOn', 'followUpOn'] as const;
export type ProgressPersonField = (typeof PROGRESS_PERSON_FIELDS)[number];

const fieldSchemas = {
  displayName: z.string(),
  department: z.string().optional(),
  managerName: z.string().optional(),
  status: RoundProgressStatus,
  plannedFor: IsoDateTime.optional(),
  heldOn: IsoDateTime.optional(),
  popAgreedOn: IsoDateTime.optional(),
  followUpOn: IsoDateTime.optional(),
} satisfies Record<ProgressPersonField, z.ZodType>;

/** One person's line: ids to filter and link by, and exactly the fields above. */
export const ProgressPerson = z
  .object({
    personId: Guid,
    managerId: Guid.optional(),
    ...fieldSchemas,
  })
  .strict();
export type ProgressPerson = z.infer<typeof ProgressPerson>;

export const StatusCountsSchema = z.object(Object.fromEntries(RoundProgressStatus.options.map((s) => [s, z.number().int().min(0)])) as Record<RoundProgressStatus, z.ZodNumber>).strict();

const CountsOf = StatusCountsSchema as unknown as z.ZodType<StatusCounts>;

export const ProgressRound = z
  .object({
    id: z.string(),
    name: z.string(),
    period: z.object({ from: z.string(), to: z.string() }).strict(),
    status: RoundStatus,
  })
  .strict();
export type ProgressRound = z.infer<typeof ProgressRound>;

export const ProgressRoundsResponse = z.object({ rounds: z.array(ProgressRound) }).strict();
export type ProgressRoundsResponse = z.infer<typeof ProgressRoundsResponse>;

export const ProgressBoardResponse = z
  .object({
    round: ProgressRound,
    /** The instant the clock's part (held, overdue) was applied. */
    asOf: IsoDateTime,
    total: CountsOf,
    departments: z.array(z.object({ department: z.string().optional(), counts: CountsOf }).strict()),
    managers: z.array(z.object({ managerId: Guid.optional(), managerName: z.string().optional(), counts: CountsOf }).strict()),
  })
  .strict();
export type ProgressBoardResponse = z.infer<typeof ProgressBoardResponse>;

export const ProgressPeopleResponse = z
  .object({
    items: z.array(ProgressPerson),
    continuationToken: z.string().optional(),
  })
  .strict();
export type ProgressPeopleResponse = z.infer<typeof ProgressPeopleResponse>;

const StatusList = z
  .union([RoundProgressStatus, z.array(RoundProgressStatus).max(RoundProgressStatus.options.length)])
  .transform((v) => (Array.isArray(v) ? v : [v]));

/** The filters of the list and the exports. */
export const ProgressFilterQuery = z.object({
  department: z.string().trim().min(1).max(200).optional(),
  managerId: Guid.optional(),
  status: StatusList.optional(),
});
export type ProgressFilterQuery = z.infer<typeof ProgressFilterQuery>;

export const ProgressPeopleQuery = ProgressFilterQuery.extend({
  continuationToken: z.string().max(4000).optional(),
  maxItems: z.coerce.number().int().min(1).max(100).optional(),
});
export type ProgressPeopleQuery = z.infer<typeof ProgressPeopleQuery>;

export const ProgressExportQuery = ProgressFilterQuery.extend({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
  /** The language of the column names and statuses. */
  lang: z.enum(['nl-NL', 'nl-BE', 'en-GB']).optional(),
});
export type ProgressExportQuery = z.infer<typeof ProgressExportQuery>;

export const ProgressRoundParams = z.object({ roundId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/) });
