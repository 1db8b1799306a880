import { z } from 'zod';

/**
 * Which days nobody is booked or reminded: the country's public holidays, the days the collective
 * agreement gives off (chosen by the organisation: they differ per CAO/cao and sector), and the
 * organisation's own closing days (bouwvak, collectieve vakantie).
 */

/** Countries (and, for Belgium, the Flemish Community) Koers knows the public holidays of. */
export const HolidayCountry = z.enum(['NL', 'BE']);
export type HolidayCountry = z.infer<typeof HolidayCountry>;
export const HolidayRegion = z.enum(['VLG']);
export type HolidayRegion = z.infer<typeof HolidayRegion>;

/**
 * Days that are a day off only where the collective agreement says so. The ids are Koers' own,
 * stable across library versions; `app/src/organisation/holidays.ts` maps them to dates.
 */
export const AGREEMENT_DAYS = {
  NL: ['goede-vrijdag', 'bevrijdingsdag', 'oudejaarsdag'],
  BE: ['vlaamse-feestdag', 'tweede-kerstdag', 'koningsdag-be', 'allerzielen'],
} as const satisfies Record<HolidayCountry, readonly string[]>;
export const AgreementDay = z.enum([...AGREEMENT_DAYS.NL, ...AGREEMENT_DAYS.BE]);
export type AgreementDay = z.infer<typeof AgreementDay>;

export const ClosingPeriod = z
  .object({
    from: z.string().date(),
    to: z.string().date(),
    name: z.string().trim().min(1).max(80),
  })
  .refine((p) => p.from <= p.to, { message: 'from-after-to', path: ['to'] })
  .refine((p) => (Date.parse(p.to) - Date.parse(p.from)) / 86_400_000 <= 62, { message: 'closing-period-too-long', path: ['to'] });
export type ClosingPeriod = z.infer<typeof ClosingPeriod>;

export const HolidaySettings = z
  .object({
    country: HolidayCountry,
    region: HolidayRegion.optional(),
    agreementDays: z.array(AgreementDay).max(10).default([]),
    closingPeriods: z.array(ClosingPeriod).max(20).default([]),
  })
  .refine((s) => s.region === undefined || s.country === 'BE', { message: 'region-needs-be', path: ['region'] })
  .refine((s) => s.agreementDays.every((d) => (AGREEMENT_DAYS[s.country] as readonly string[]).includes(d)), {
    message: 'agreement-day-of-other-country',
    path: ['agreementDays'],
  });
export type HolidaySettings = z.infer<typeof HolidaySettings>;

/** What an organisation that never chose gets: the public holidays of the country its language suggests. */
export function defaultHolidaySettings(locale: string): HolidaySettings {
  return locale === 'nl-BE' ? { country: 'BE', region: 'VLG', agreementDays: [], closingPeriods: [] } : { country: 'NL', agreementDays: [], closingPeriods: [] };
}

/** The days off themselves (yyyy-mm-dd), as the booking and reminder rules take them. */
export const HolidayList = z.array(z.string().date()).max(2000);
