import { z } from 'zod';
import { Guid, Locale, TimeZone } from './people';

export const OrganisationSettings = z.object({
  /** One settings document per tenant; its id is the tenant id. */
  id: Guid,
  tenantId: Guid,
  name: z.string().min(1).max(200),
  locale: Locale,
  timeZone: TimeZone,
  /** Seeds 001/004: give the employee about two weeks to prepare. */
  leadTimeDays: z.number().int().min(1).max(60).default(14),
  conversationMinutes: z.number().int().min(15).max(240).default(60),
  /** Default cadence of POP check-ins, in days. */
  checkInCadenceDays: z.number().int().min(7).max(365).default(30),
  /** Public holidays as ISO dates (yyyy-mm-dd) in the organisation's time zone. */
  holidays: z.array(z.string().date()).max(100).default([]),
});
export type OrganisationSettings = z.infer<typeof OrganisationSettings>;
