import { z } from 'zod';
import type { OrganisationSettings } from '../organisation';
import { heldAt, type Conversation } from '../conversation';
import type { Person } from '../people';

/**
 * The retention rule for leavers: a person the directory reported gone (Person.leftAt) keeps their
 * data in Koers for a period the organisation sets, then the retention timer erases it.
 */

/** A year: long enough for a reference, a re-hire or a dispute; docs/privacy.md gives the reasons. */
export const DEFAULT_LEAVER_RETENTION_MONTHS = 12;

export const LeaverRetentionMonths = z.number().int().min(1).max(120);

export function leaverRetentionMonths(settings: Pick<OrganisationSettings, 'leaverRetentionMonths'> | undefined): number {
  return settings?.leaverRetentionMonths ?? DEFAULT_LEAVER_RETENTION_MONTHS;
}

/** When a leaver's data is due for erasure: `months` calendar months after leaving (the month's last day when it has no such day). */
export function erasureDueAt(leftAt: string, months: number): string {
  const left = new Date(leftAt);
  const target = new Date(Date.UTC(left.getUTCFullYear(), left.getUTCMonth() + months, 1, left.getUTCHours(), left.getUTCMinutes(), left.getUTCSeconds()));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(left.getUTCDate(), lastDay));
  return target.toISOString();
}

/** Whether the retention rule erases this person now. */
export function dueForErasure(person: Pick<Person, 'leftAt'>, months: number, now: Date): boolean {
  return person.leftAt !== undefined && Date.parse(erasureDueAt(person.leftAt, months)) <= now.getTime();
}

/** HR's retention setting for leavers, as the API takes and gives it. */
export const RetentionSettings = z.object({ leaverRetentionMonths: LeaverRetentionMonths }).strict();
export type RetentionSettings = z.infer<typeof RetentionSettings>;
export const RetentionResponse = z.object({ retentionMonths: z.number().int() });
export type RetentionResponse = z.infer<typeof RetentionResponse>;

/**
 * The retention rule for held conversations: the organisation may set how many years after a
 * conversation was held its content (the Koerskaart's cards, both preparations, the employee's
 * remark) goes. Off unless set: many organisations keep the history of career conversations for as
 * long as someone is employed, and the leaver rule above ends it then.
 */
export const HeldConversationRetentionYears = z.number().int().min(1).max(30);

/** Whether the retention rule empties this conversation's content now (`years` absent: the rule is off). */
export function heldContentDue(conversation: Pick<Conversation, 'status' | 'completedAt' | 'start' | 'updatedAt' | 'contentRemovedAt'>, years: number | undefined, now: Date): boolean {
  if (years === undefined || conversation.status !== 'gehouden' || conversation.contentRemovedAt !== undefined) return false;
  return Date.parse(erasureDueAt(heldAt(conversation), years * 12)) <= now.getTime();
}

/** The setting as the API takes and gives it: `null` switches the rule off. */
export const HeldConversationRetentionSettings = z.object({ heldConversationRetentionYears: HeldConversationRetentionYears.nullable() }).strict();
export type HeldConversationRetentionSettings = z.infer<typeof HeldConversationRetentionSettings>;
