import { z } from 'zod';
import { HolidaySettings } from './holidays';
import { Guid, Locale, TimeZone, WorkingHours } from './people';

export const OrganisationSettings = z.object({
  /** One settings document per tenant; its id is the tenant id. */
  id: Guid,
  tenantId: Guid,
  name: z.string().min(1).max(200),
  locale: Locale,
  timeZone: TimeZone,
  /** Give the employee about two weeks to prepare. */
  leadTimeDays: z.number().int().min(1).max(60).default(14),
  conversationMinutes: z.number().int().min(15).max(240).default(60),
  /** Default cadence of POP check-ins, in days. */
  checkInCadenceDays: z.number().int().min(7).max(365).default(30),
  /**
   * POP milestone and deadline reminders, in days before the date. Optional, so stored settings
   * stay valid: absent = a week and a day before (reminders/goalReminders.ts, goalReminderSettings).
   */
  reminderDaysBefore: z.array(z.number().int().min(1).max(60)).max(5).optional(),
  /** The manager's weekly digest lists a goal without a check-in for more than this many cadence periods (absent = 2). */
  digestStaleCadences: z.number().int().min(1).max(12).optional(),
  /**
   * Country, region, the collective agreement's days off and the organisation's closing days.
   * Absent: the public holidays of the country the locale suggests (app/src/organisation/holidays.ts).
   */
  holidaySettings: HolidaySettings.optional(),
  /**
   * Whom the directory sync brings into Koers: everyone in the tenant (absent: the default), or
   * only the users and groups assigned to the Koers enterprise application in Entra ID.
   */
  directoryScope: z.enum(['tenant', 'assigned']).optional(),
  /** How conversations are held unless the manager chooses otherwise (absent: online, a Teams meeting). */
  conversationMode: z.enum(['online', 'in-person']).optional(),
  /** Working hours for people whose mailbox says none (absent: 08:00–17:00 Monday to Friday). */
  defaultWorkingHours: WorkingHours.optional(),
  /** When and by whom the organisation was set up in Koers (absent: before the onboarding existed, or a sample). */
  onboardedAt: z.string().datetime({ offset: true }).optional(),
  onboardedBy: Guid.optional(),
  /**
   * How many months after leaving (Person.leftAt) a person's data is erased by the retention
   * timer; absent = DEFAULT_LEAVER_RETENTION_MONTHS (privacy/retention.ts).
   */
  leaverRetentionMonths: z.number().int().min(1).max(120).optional(),
  /**
   * How many years after a conversation was held its Koerskaart and preparations are emptied by the
   * retention timer; absent = never (privacy/retention.ts, heldContentDue).
   */
  heldConversationRetentionYears: z.number().int().min(1).max(30).optional(),
});
export type OrganisationSettings = z.infer<typeof OrganisationSettings>;

/**
 * What the organisation's admin sets up on the onboarding and later on the *Organisatie* page: the
 * settings that describe the organisation itself. Reminder defaults are HR's (their own route).
 */
export const OrganisationProfile = z.object({
  name: z.string().trim().min(1).max(200),
  locale: Locale,
  timeZone: TimeZone,
  leadTimeDays: z.number().int().min(7).max(60),
  conversationMinutes: z.number().int().min(15).max(240),
  conversationMode: z.enum(['online', 'in-person']),
  defaultWorkingHours: WorkingHours.refine((h) => h.start < h.end, { message: 'end-before-start', path: ['end'] }),
  holidaySettings: HolidaySettings,
  directoryScope: z.enum(['tenant', 'assigned']),
});
export type OrganisationProfile = z.infer<typeof OrganisationProfile>;

/** The profile as the organisation's settings hold it, with the documented defaults for what was never set. */
export function profileOfOrganisation(settings: OrganisationSettings, fallback: { holidaySettings: HolidaySettings; workingHours: WorkingHours }): OrganisationProfile {
  return {
    name: settings.name,
    locale: settings.locale,
    timeZone: settings.timeZone,
    leadTimeDays: settings.leadTimeDays,
    conversationMinutes: settings.conversationMinutes,
    conversationMode: settings.conversationMode ?? 'online',
    defaultWorkingHours: settings.defaultWorkingHours ?? fallback.workingHours,
    holidaySettings: settings.holidaySettings ?? fallback.holidaySettings,
    directoryScope: settings.directoryScope ?? 'tenant',
  };
}

/** The settings with a new profile; everything else (reminder defaults, onboarding) stays as it was. */
export function withOrganisationProfile(settings: OrganisationSettings, profile: OrganisationProfile): OrganisationSettings {
  return { ...settings, ...profile };
}
