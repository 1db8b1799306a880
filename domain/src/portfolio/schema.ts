import { z } from 'zod';
import { IsoDateTime } from '../conversation';
import { Guid } from '../people';
import { CivilDateString } from '../pop/schema';

/**
 * The portfolio: the employee's own timeline since joining — work experiences,
 * trainings, certificates, projects and reflections they keep themselves. Each entry is one
 * stored document in the employee's partition; the automatic entries (approved POPs, held
 * conversations) are never stored here but derived at read time (./timeline.ts).
 *
 * Privacy-first: an entry is private ('prive') until the employee shares it, and a share is given
 * to one person — the manager at the time (`sharedWith`). A later manager sees it only once the
 * employee shares it again (see ./visibility.ts).
 */

export const ENTRY_KINDS = ['werkervaring', 'opleiding', 'certificaat', 'project', 'reflectie'] as const;
export const EntryKind = z.enum(ENTRY_KINDS);
export type EntryKind = z.infer<typeof EntryKind>;

/** Kinds that happen on one day (obtained, written) rather than over a period: they have no end date. */
export const POINT_IN_TIME_KINDS: readonly EntryKind[] = ['certificaat', 'reflectie'];
export function isPointInTime(kind: EntryKind): boolean {
  return POINT_IN_TIME_KINDS.includes(kind);
}

export const VISIBILITIES = ['prive', 'leidinggevende'] as const;
export const Visibility = z.enum(VISIBILITIES);
export type Visibility = z.infer<typeof Visibility>;

/**
 * Bounds. One document per entry: with these limits an entry is ≤ ~14 kB (far under Cosmos' 2 MB
 * item limit) and a whole portfolio ≤ ~7 MB (far under the 20 GB logical partition it shares with
 * the employee's other career data). A read of the timeline reads every entry, so MAX_ENTRIES
 * also bounds the cost of one GET. 500 is ten a year over a long career.
 */
export const MAX_ENTRIES = 500;
export const MAX_TITLE = 200;
export const MAX_PLACE = 200;
export const MAX_DESCRIPTION = 4000;
export const MAX_LINK = 2000;

/** A link the tab may render as <a href>: https only, a real host, no user:password@ part. */
export const HttpsUrl = z
  .string()
  .trim()
  .max(MAX_LINK)
  .refine((text) => {
    try {
      const url = new URL(text);
      return url.protocol === 'https:' && url.hostname.length > 0 && url.username === '' && url.password === '';
    } catch {
      return false;
    }
  }, 'een link die begint met https://');

export const Period = z
  .object({
    from: CivilDateString,
    /** Absent: still going on (a job, a course in progress). */
    to: CivilDateString.optional(),
  })
  // Fixed-width yyyy-mm-dd: string order is date order.
  .refine((p) => p.to === undefined || p.to >= p.from, { message: 'het einde ligt voor het begin', path: ['to'] });
export type Period = z.infer<typeof Period>;

/** What the employee writes: the editable content of one entry (POST and PUT bodies). */
export const EntryContent = z
  .object({
    kind: EntryKind,
    title: z.string().trim().min(1, 'geef een titel').max(MAX_TITLE),
    /** A span for work, training and projects; one day (`from` only) for a certificate or reflection. */
    period: Period,
    /** Where: the employer, school, department or client. */
    organisation: z.string().trim().max(MAX_PLACE).default(''),
    description: z.string().trim().max(MAX_DESCRIPTION).default(''),
    /** Certificates only: who issued it (required) and until when it is valid (optional). */
    issuer: z.string().trim().min(1).max(MAX_PLACE).optional(),
    expiresOn: CivilDateString.optional(),
    link: HttpsUrl.optional(),
  })
  .superRefine((entry, ctx) => {
    if (isPointInTime(entry.kind) && entry.period.to !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['period', 'to'], message: 'alleen bij werkervaring, opleiding of project' });
    }
    if (entry.kind === 'certificaat') {
      if (!entry.issuer) ctx.addIssue({ code: 'custom', path: ['issuer'], message: 'wie heeft het certificaat uitgereikt?' });
      if (entry.expiresOn && entry.expiresOn < entry.period.from) {
        ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: 'de vervaldatum ligt voor de datum van behalen' });
      }
    } else {
      if (entry.issuer !== undefined) ctx.addIssue({ code: 'custom', path: ['issuer'], message: 'alleen bij een certificaat' });
      if (entry.expiresOn !== undefined) ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: 'alleen bij een certificaat' });
    }
  });
export type EntryContent = z.infer<typeof EntryContent>;
export type EntryContentInput = z.input<typeof EntryContent>;

/** The stored entry: content plus who owns it, who it is shared with, and when it changed. */
export const PortfolioEntry = z.object({
  id: z.string().uuid(),
  tenantId: Guid,
  employeeId: Guid,
  content: EntryContent,
  /**
   * The manager the employee shared this entry with (absent: private). Bound to that person, not
   * to the role: a new manager does not inherit what was shared with the previous one.
   */
  sharedWith: Guid.optional(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type PortfolioEntry = z.infer<typeof PortfolioEntry>;

/** The source of an automatic entry: an approved POP or a held conversation, by its id. */
export const AutomaticSource = z.enum(['pop', 'gesprek']);
export type AutomaticSource = z.infer<typeof AutomaticSource>;

/**
 * The employee's shares of automatic entries with a manager who did not take part (a POP or a
 * conversation with a previous manager, shown to the current one). One small document per
 * employee; bounded like the entries.
 */
export const AutomaticShares = z.object({
  /** Always AUTOMATIC_SHARES_ID: one per employee partition. */
  id: z.string().min(1).max(100),
  tenantId: Guid,
  employeeId: Guid,
  shares: z
    .array(z.object({ source: AutomaticSource, sourceId: z.string().min(1).max(100), sharedWith: Guid, at: IsoDateTime }))
    .max(MAX_ENTRIES),
  updatedAt: IsoDateTime,
});
export type AutomaticShares = z.infer<typeof AutomaticShares>;

export const AUTOMATIC_SHARES_ID = 'automatic-shares';
