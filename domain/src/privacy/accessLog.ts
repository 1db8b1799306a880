import { z } from 'zod';
import { IsoDateTime } from '../conversation';
import { Guid } from '../people';

/**
 * "Wie heeft mijn gegevens bekeken": every read of someone else's personal data leaves a line
 * here — who, whose, what, when — and never the content that was read. The person it is about
 * sees their own lines; the lines expire with the container's TTL.
 */

/** Two years, the period a person can look back on (the container's TTL, in seconds, says the same). */
export const ACCESS_LOG_RETENTION_DAYS = 730;
export const ACCESS_LOG_TTL_SECONDS = ACCESS_LOG_RETENTION_DAYS * 24 * 3600;

/** What was read: a kind of record, never its text. */
export const AccessKind = z.enum([
  /** The answers an employee shared from their preparation. */
  'preparation',
  'portfolio',
  'pop',
  /** The "Gemaakte afspraken" PDF of an approved plan version. */
  'popPdf',
  /** Conversation and preparation statuses (HR). */
  'status',
  /** A person's card: name, role, reporting line. */
  'person',
  /** Everything Koers holds on the person, downloaded by an administrator on their request. */
  'export',
  'erasure',
]);
export type AccessKind = z.infer<typeof AccessKind>;

/** In which capacity the reader read: why they were allowed to. */
export const AccessCapacity = z.enum(['manager', 'hr', 'admin']);
export type AccessCapacity = z.infer<typeof AccessCapacity>;

export const AccessLogEntry = z.object({
  /** Per reader, person, record and hour: reading a plan ten times in an hour is one line. */
  id: z.string().min(1).max(200),
  tenantId: Guid,
  /** Whose data was read. */
  subjectId: Guid,
  /** Who read it. */
  readerId: Guid,
  capacity: AccessCapacity,
  what: AccessKind,
  /** Which record (a plan id, a conversation id); an id, never a title or a text. */
  resourceId: z.string().min(1).max(200).optional(),
  /** A read within the entry's hour, in UTC. */
  at: IsoDateTime,
});
export type AccessLogEntry = z.infer<typeof AccessLogEntry>;

/** The id that folds repeated reads within one clock hour (UTC) into one entry. */
export function accessLogId(entry: Pick<AccessLogEntry, 'readerId' | 'what' | 'resourceId' | 'at'>): string {
  return [entry.readerId, entry.what, entry.resourceId ?? '-', entry.at.slice(0, 13)].join('|');
}

/** One line as the person it is about sees it: who (by name, while they are in the directory), in which capacity, what, when. */
export const AccessLogItem = z.object({
  at: IsoDateTime,
  readerId: Guid,
  /** Absent when the reader is no longer in the directory. */
  readerName: z.string().optional(),
  capacity: AccessCapacity,
  what: AccessKind,
  resourceId: z.string().optional(),
});
export type AccessLogItem = z.infer<typeof AccessLogItem>;

export const AccessLogResponse = z.object({
  items: z.array(AccessLogItem),
  continuationToken: z.string().optional(),
});
export type AccessLogResponse = z.infer<typeof AccessLogResponse>;
