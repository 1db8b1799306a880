import { z } from 'zod';
import { HolidaySettings } from './holidays';
import { Guid, Locale, TimeZone } from './people';

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
  /**
   * How many months after leaving (Person.leftAt) a person's data is erased by the retention
   * timer; absent = DEFAULT_LEAVER_RETENTION_MONTHS (privacy/retention.ts).
   */
  leaverRetentionMonths: z.number().int().min(1).max(120).optional(),
});
export type OrganisationSettings = z.infer<typeof OrganisationSettings>;
