import type { Pop } from '../records';
import { writeRemark, type EmployeeRemark, type PopRemark, RemarkError } from '../remark';
import { latestApprovedVersion } from './versions';

/**
 * The employee's remark beside the approved POP version it is about (remark.ts). The versions
 * themselves are never touched: the remark is not part of what was agreed.
 */

/** The remark on the version as last agreed, if the employee wrote one. */
export function remarkOnAgreedVersion(pop: Pop): PopRemark | undefined {
  const agreed = latestApprovedVersion(pop);
  return agreed ? pop.remarks?.find((r) => r.version === agreed.number) : undefined;
}

/** The plan with the employee's remark on its agreed version written or changed. RemarkError before any agreement. */
export function withPopRemark(pop: Pop, text: string, by: string, now: string): Pop {
  const agreed = latestApprovedVersion(pop);
  if (!agreed) throw new RemarkError('remark-not-approved');
  const before = pop.remarks?.find((r) => r.version === agreed.number);
  const written: EmployeeRemark = writeRemark(before, text, by, now);
  if (written === before) return pop;
  const others = (pop.remarks ?? []).filter((r) => r.version !== agreed.number);
  return { ...pop, remarks: [...others, { ...written, version: agreed.number }], updatedAt: now };
}

/** The plan without the remark on its agreed version (the same plan when there is none). */
export function withoutPopRemark(pop: Pop, now: string): Pop {
  const before = remarkOnAgreedVersion(pop);
  if (!before) return pop;
  return { ...pop, remarks: (pop.remarks ?? []).filter((r) => r !== before), updatedAt: now };
}
