import { z } from 'zod';
import { Guid } from './people';

/**
 * The employee's own view ("Ik zie dit anders"): a remark on an agreed POP version or on a held
 * conversation they see differently. Only the employee writes it; it travels with the record (the
 * tab, the PDF, their export) and the other party reads it. It never changes what was agreed: an
 * approved POP version stays immutable, the remark is kept beside it and names the version.
 * It can be changed and withdrawn; a changed remark says when, so the other party sees it moved.
 */

export const MAX_REMARK_LENGTH = 2000;

/** conversation.ts's IsoDateTime; not imported, as the conversation's schema holds a remark. */
const IsoDateTime = z.string().datetime({ offset: true });

export const RemarkText = z.string().trim().min(1).max(MAX_REMARK_LENGTH);

export const EmployeeRemark = z.object({
  text: RemarkText,
  by: Guid,
  /** When it was first written. */
  at: IsoDateTime,
  /** When it was last changed (absent: never). */
  changedAt: IsoDateTime.optional(),
});
export type EmployeeRemark = z.infer<typeof EmployeeRemark>;

/** A remark on a POP names the approved version it is about; a later version gets its own. */
export const PopRemark = EmployeeRemark.extend({ version: z.number().int().min(1) });
export type PopRemark = z.infer<typeof PopRemark>;

/** What the tab sends. */
export const SaveRemarkRequest = z.object({ text: RemarkText }).strict();
export type SaveRemarkRequest = z.infer<typeof SaveRemarkRequest>;
export const RemarkResponse = z.object({ remark: EmployeeRemark.nullable() });
export type RemarkResponse = z.infer<typeof RemarkResponse>;

/** The record is not (yet) one a remark belongs to: a POP without an approved version, a conversation not held. */
export type RemarkErrorCode = 'remark-not-approved' | 'remark-not-held';
export class RemarkError extends Error {
  override readonly name = 'RemarkError';
  constructor(readonly code: RemarkErrorCode) {
    super(`remark: ${code}`);
  }
}

/** The remark after the employee saved `text` at `now`: a new one, or the old one changed (same text: unchanged). */
export function writeRemark(before: EmployeeRemark | undefined, text: string, by: string, now: string): EmployeeRemark {
  const clean = RemarkText.parse(text);
  if (!before) return { text: clean, by, at: now };
  if (before.text === clean) return before;
  return { ...before, text: clean, changedAt: now };
}
