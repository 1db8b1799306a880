import { z } from 'zod';
import { LOCALES } from './i18n/locales';

/** Entra ID object ids and tenant ids are GUIDs; we key every user by tenant + oid. */
export const Guid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'geen geldige GUID');
export type Guid = z.infer<typeof Guid>;

export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

export const TimeZone = z.enum(['Europe/Amsterdam', 'Europe/Brussels']);
export type TimeZone = z.infer<typeof TimeZone>;

/** Time of day as "HH:mm" in the person's own time zone (never a 1970 date). */
export const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'tijd als UU:mm');

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const IsoWeekday = z.number().int().min(1).max(7);

export const WorkingHours = z.object({
  days: z.array(IsoWeekday).min(1).max(7),
  start: TimeOfDay,
  end: TimeOfDay,
  lunch: z.object({ start: TimeOfDay, end: TimeOfDay }).optional(),
});
export type WorkingHours = z.infer<typeof WorkingHours>;

export const Person = z.object({
  /** The Entra ID object id (oid). */
  id: Guid,
  tenantId: Guid,
  displayName: z.string().min(1).max(200),
  email: z.string().email().max(320),
  jobTitle: z.string().max(200).optional(),
  managerId: Guid.optional(),
  /**
   * The colleague who holds this person's career conversations when that is not their line
   * manager (a team lead without the title, an HR adviser): set by HR in Koers, never by the
   * directory sync. Having someone here makes that colleague a manager in Koers (actor.ts).
   */
  gesprekspartnerId: Guid.optional(),
  /**
   * The organisation's language when the person was added: what Koers speaks to them when neither
   * they nor the directory say otherwise. Read a person's language through `personLocale`
   * (i18n/language.ts), never from this field alone.
   */
  locale: Locale,
  /** The language the person picked in Koers (their own page, or the chat's offer); absent: none picked. */
  chosenLocale: Locale.optional(),
  /**
   * The directory's language for them as Graph gives it (`preferredLanguage`, else the mailbox's
   * `localeInfo.locale`), e.g. "nl-BE", "en-US"; written by the directory sync, absent when it says none.
   */
  directoryLanguage: z.string().max(16).optional(),
  timeZone: TimeZone,
  workingHours: WorkingHours,
  joinedOn: z.string().date().optional(),
  /** The directory's department, as the sync last read it. */
  department: z.string().max(200).optional(),
  /**
   * False when the directory sync found no mailbox (a frontline licence): booked in person with
   * only the manager's calendar checked, reached through Teams chat and the tab. Absent: unknown
   * (people from before the sync), treated as having one.
   */
  hasMailbox: z.boolean().optional(),
  /**
   * When the directory reported them gone (deleted, disabled, or out of the app's assignment):
   * from then on they get no access and no messages; their data waits for the retention rule.
   */
  leftAt: z.string().datetime({ offset: true }).optional(),
});
export type Person = z.infer<typeof Person>;
