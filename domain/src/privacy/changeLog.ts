import { z } from 'zod';
import { IsoDateTime } from '../conversation';
import { Guid } from '../people';

/**
 * The works council's change log: changes to what the ondernemingsraad consented to (WOR art. 27
 * lid 1 sub k/l) — who holds which Koers role, the retention period, erasures performed, whom the
 * directory sync brings in, the organisation's settings, templates, conversation rounds and
 * reminder defaults. HR and administrators read it and show it to the OR; ids and settings only,
 * never conversation content.
 */

export const ChangeKind = z.enum([
  /** A Koers app role (Koers.HR, Koers.Admin) given to someone in Entra ID, as the directory sync found it. */
  'role-granted',
  'role-revoked',
  /** The months after leaving before a person's data is erased. */
  'retention-changed',
  /** A person's data erased, on request or by retention (the person is not named: they are erased). */
  'erasure',
  /** Whom the directory sync brings into Koers: the whole tenant, or only those assigned the app. */
  'directory-scope-changed',
  /** The rest of the organisation's profile: language, time zone, lead time, length and form of conversations, working hours, days off. */
  'organisation-changed',
  /** The organisation's preparation questions or conversation template. */
  'template-changed',
  /** A conversation round started, changed or closed. */
  'round-changed',
  /** The organisation's reminder defaults (how often Koers asks about progress). */
  'reminder-defaults-changed',
  /** Who holds a person's career conversations, set by HR (an import from the HR system): the person, and the ids of the old and new partner. */
  'gesprekspartner-changed',
]);
export type ChangeKind = z.infer<typeof ChangeKind>;

/** What changed, as settings: names and short values, never free text someone typed about a person. */
export const ChangeDetails = z.record(z.string().max(50), z.union([z.string().max(200), z.number(), z.boolean()])).refine((d) => Object.keys(d).length <= 20, {
  message: 'hoogstens 20 gegevens',
});
export type ChangeDetails = z.infer<typeof ChangeDetails>;

export const ChangeLogEntry = z.object({
  id: z.string().min(1).max(200),
  tenantId: Guid,
  at: IsoDateTime,
  kind: ChangeKind,
  /** Who made the change; absent when Koers did it itself (a timer, the directory sync). */
  actorId: Guid.optional(),
  /** The person the change is about (a role's holder), when it is about one. */
  subjectId: Guid.optional(),
  details: ChangeDetails,
});
export type ChangeLogEntry = z.infer<typeof ChangeLogEntry>;

/** A change as a use case reports it: the log adds the id and the time. */
export type ChangeInput = Omit<ChangeLogEntry, 'id' | 'at'>;

export const ChangeLogQuery = z.object({
  continuationToken: z.string().max(4000).optional(),
  maxItems: z.coerce.number().int().min(1).max(100).optional(),
});
export type ChangeLogQuery = z.infer<typeof ChangeLogQuery>;

export const ChangeLogItem = ChangeLogEntry.omit({ tenantId: true }).extend({
  /** Absent when the person is no longer in the directory (or was erased). */
  actorName: z.string().optional(),
  subjectName: z.string().optional(),
});
export type ChangeLogItem = z.infer<typeof ChangeLogItem>;

export const ChangeLogResponse = z.object({ items: z.array(ChangeLogItem), continuationToken: z.string().optional() });
export type ChangeLogResponse = z.infer<typeof ChangeLogResponse>;
