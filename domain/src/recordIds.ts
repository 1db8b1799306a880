import { z } from 'zod';
import { ConflictError } from './errors';
import type { Stored } from './stored';

/**
 * Ids of one tenant's career records are unique across the employees' partitions. Each record
 * lives in its employee's partition, so a store alone would accept the same id once per
 * employee, while deep links, cards and the API find a record by its id alone (findById): a
 * second record under a known id (a conversation id from a Teams meeting is predictable) would
 * take the first one's place for both pairs. Every store adapter claims the id here before it
 * creates the record: one claim per tenant, family and id, owned by one employee. The same
 * employee may claim again (a retry, the canvas of their own conversation); anyone else gets
 * ConflictError.
 */

/**
 * Families of ids: a conversation and its Koerskaart share the conversation's id (one canvas per
 * conversation), plans and portfolio entries have their own.
 */
export type RecordIdFamily = 'conversation' | 'pop' | 'portfolio';

export const RecordIdClaim = z.object({
  /** `family:recordId`. */
  id: z.string().min(1).max(255),
  tenantId: z.string().min(1),
  /** The employee in whose partition the record lives. */
  employeeId: z.string().min(1),
});
export type RecordIdClaim = z.infer<typeof RecordIdClaim>;

/** The claims of a store adapter: created once (ConflictError when the id exists), read by id. */
export interface RecordIdClaims {
  create(claim: RecordIdClaim): Promise<unknown>;
  read(tenantId: string, id: string): Promise<Stored<RecordIdClaim> | undefined>;
}

export function recordIdClaim(family: RecordIdFamily, record: { tenantId: string; employeeId: string; id: string }): RecordIdClaim {
  return { id: `${family}:${record.id}`, tenantId: record.tenantId, employeeId: record.employeeId };
}

/**
 * Claims `record.id` in its family for the record's employee, or throws ConflictError(entity)
 * when another employee of the tenant holds it. Claims are never released: an id once used
 * keeps pointing at one partition.
 */
export async function claimRecordId(
  claims: RecordIdClaims,
  entity: string,
  family: RecordIdFamily,
  record: { tenantId: string; employeeId: string; id: string },
): Promise<void> {
  const claim = recordIdClaim(family, record);
  try {
    await claims.create(claim);
    return;
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
  }
  const holder = await claims.read(claim.tenantId, claim.id);
  if (holder?.value.employeeId !== record.employeeId) throw new ConflictError(entity, record.id);
}
