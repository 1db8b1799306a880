import { z } from 'zod';
import { Guid } from '../people';

/**
 * Erasure (AVG art. 17): everything Koers holds about one person goes. What is the person's own
 * (their partition as employee, their preparations, their chat address, their roles, who read
 * their data) is deleted; where they were the other party of someone else's record (the manager
 * of a conversation or plan, the reader on someone's access log) that record stays with its owner
 * and names {@link ERASED_PERSON_ID} instead of them. docs/privacy.md states the rule.
 */

/** Who an erased person becomes in the records others keep: one id for all of them, so nothing links two records to one person. */
export const ERASED_PERSON_ID = '00000000-0000-4000-8000-000000000000';

/** Why a person's data is erased: on their request (or HR's for a leaver), or by the organisation's retention rule. */
export const ErasureReason = z.enum(['request', 'retention']);
export type ErasureReason = z.infer<typeof ErasureReason>;

export const ErasePersonRequest = z.object({ reason: ErasureReason.exclude(['retention']) }).strict();
export type ErasePersonRequest = z.infer<typeof ErasePersonRequest>;

/** What an erasure did: documents deleted and documents of others that now name the erased person no more. */
export const ErasureReport = z.object({
  personId: Guid,
  reason: ErasureReason,
  deleted: z.number().int().min(0),
  anonymised: z.number().int().min(0),
  erasedAt: z.string().datetime({ offset: true }),
});
export type ErasureReport = z.infer<typeof ErasureReport>;

/** The containers an erasure reaches (containers.ts); the rest hold no one person's data (personalData.ts says why). */
export const ERASABLE_CONTAINERS = [
  'people',
  'conversations',
  'canvases',
  'pops',
  'reminders',
  'dispatch',
  'conversationReferences',
  'preparations',
  'portfolio',
  'calendarEvents',
  'roleAssignments',
  'accessLog',
  'recordIds',
  'changeLog',
  'roundExemptions',
  'roundProgress',
  'talentPool',
  'functionLinks',
] as const;
export type ErasableContainer = (typeof ERASABLE_CONTAINERS)[number];

/** The top-level properties that hold a person's id somewhere in the stored documents. */
export type PersonField =
  | 'id'
  | 'employeeId'
  | 'managerId'
  | 'gesprekspartnerId'
  | 'ownerId'
  | 'recipientId'
  | 'principalId'
  | 'subjectId'
  | 'readerId'
  | 'sharedWith'
  | 'actorId'
  | 'personId';

export interface FoundDocument {
  partitionKey: string;
  id: string;
  /** The stored document as it is, derived keys included: parse it with the domain's schema before use. */
  document: unknown;
}

/**
 * The erasure's view of the stores: find a tenant's documents by a person-valued property in any
 * container, and delete one. The typed stores do the rewrites of what others keep.
 */
export interface ErasureStore {
  find(container: ErasableContainer, tenantId: string, field: PersonField, value: string): Promise<FoundDocument[]>;
  /** Idempotent: a document already gone is no error. */
  remove(container: ErasableContainer, partitionKey: string, id: string): Promise<void>;
}

/**
 * The same value with every occurrence of the person's id replaced by {@link ERASED_PERSON_ID},
 * wherever it sits (a manager id, an approval's `by`, a coach in a goal), checked by `schema`.
 */
export function withoutPersonId<T>(value: T, personId: string, schema: z.ZodType<T>): T {
  const pattern = new RegExp(Guid.parse(personId), 'gi');
  return schema.parse(JSON.parse(JSON.stringify(value).replace(pattern, ERASED_PERSON_ID)));
}

/** Whether a value still mentions the person's id anywhere. */
export function mentionsPerson(value: unknown, personId: string): boolean {
  return JSON.stringify(value).toLowerCase().includes(personId.toLowerCase());
}

/** A person HR may erase: every leaver, and whoever matches HR's search (someone's own request). */
export const ErasureCandidate = z.object({
  id: Guid,
  displayName: z.string(),
  email: z.string(),
  jobTitle: z.string().optional(),
  leftAt: z.string().datetime({ offset: true }).optional(),
  /** For a leaver: when the retention timer erases them. */
  erasureDueAt: z.string().datetime({ offset: true }).optional(),
});
export type ErasureCandidate = z.infer<typeof ErasureCandidate>;

export const ErasureCandidatesQuery = z.object({ search: z.string().trim().min(2).max(100).optional() });
export type ErasureCandidatesQuery = z.infer<typeof ErasureCandidatesQuery>;

export const ErasureCandidatesResponse = z.object({
  items: z.array(ErasureCandidate),
  /** The organisation's retention period for leavers, in months. */
  retentionMonths: z.number().int(),
  /** The years after which held conversations' content goes; null: never (the rule is off). */
  heldConversationRetentionYears: z.number().int().nullable().optional(),
});
export type ErasureCandidatesResponse = z.infer<typeof ErasureCandidatesResponse>;
