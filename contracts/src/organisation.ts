import { ReminderDefaults, ReminderDefaultsResponse } from '@koers/domain';
import { z } from 'zod';
import { defineContracts, json } from './contract';

/** What one run of the directory sync did: counts, and a line for every problem in the directory. */
export const DirectorySyncResponse = z.object({
  /** The whole directory was read (first sync, or Graph asked for a full read). */
  full: z.boolean(),
  pages: z.number().int(),
  added: z.number().int(),
  updated: z.number().int(),
  left: z.number().int(),
  unchanged: z.number().int(),
  mailboxesRead: z.number().int(),
  withoutMailbox: z.number().int(),
  withoutManager: z.number().int(),
  roleAssignments: z.object({ stored: z.number().int(), removed: z.number().int() }),
  /** How many problems the directory has (each has a line below). */
  problems: z.number().int(),
  /** Readable lines in Dutch, the directory's problems first (a manager cycle, a user without mail…). */
  lines: z.array(z.string()),
  finishedAt: z.string().datetime(),
});
export type DirectorySyncResponse = z.infer<typeof DirectorySyncResponse>;

/** The organisation's settings (HR only; anyone else 403 hr-only). */
export const organisationContracts = defineContracts({
  reminderDefaults: {
    method: 'GET',
    path: 'organisation/reminder-defaults',
    summary: "The organisation's reminder defaults: check-in cadence, days before a milestone or deadline, the digest's stale threshold (HR only; others 403 hr-only)",
    tags: ['organisation'],
    auth: 'bearer',
    response: json('ReminderDefaultsResponse', ReminderDefaultsResponse),
    problems: [403, 404],
  },
  setReminderDefaults: {
    method: 'PUT',
    path: 'organisation/reminder-defaults',
    summary:
      "Change the organisation's reminder defaults (HR only; If-Match required, 412 when stale). Takes effect at once: every agreed plan's future reminders are re-planned (plans with their own cadence keep it); a large organisation's plans beyond what a request may take are counted in pendingPlans and follow in the nightly renewal",
    tags: ['organisation'],
    auth: 'bearer',
    ifMatch: 'required',
    body: ReminderDefaults,
    response: json('ReminderDefaultsResponse', ReminderDefaultsResponse),
    problems: [400, 403, 404, 412],
  },
  syncDirectory: {
    method: 'POST',
    path: 'organisation/directory/sync',
    summary:
      "*Nu synchroniseren*: reads the changes in the organisation's directory (Microsoft Graph) now, as the hourly timer does, and answers what changed (HR or admin only; others 403 hr-only). Graph unreachable or without consent: 503 directory-unavailable, and the next run resumes where this one stopped",
    tags: ['organisation'],
    auth: 'bearer',
    response: json('DirectorySyncResponse', DirectorySyncResponse),
    problems: [403, 404, 503],
  },
});
