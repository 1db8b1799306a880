import Holidays from 'date-holidays';
import {
  addDays,
  defaultHolidaySettings,
  formatDate,
  parseDate,
  type AgreementDay,
  type HolidayCountry,
  type HolidayRegion,
  type HolidaySettings,
  type OrganisationSettings,
} from '@koers/domain';

/**
 * The days an organisation does not work, as yyyy-mm-dd, from its holiday settings. The public
 * holidays come from `date-holidays` (a data library without I/O, hence allowed in app/); the
 * days that depend on the collective agreement only when the organisation ticked them.
 */

/** The `date-holidays` rule behind each agreement day, so Koers' ids do not depend on the library's names. */
const AGREEMENT_DAY_RULES: Readonly<Record<AgreementDay, string>> = {
  'goede-vrijdag': 'easter -2',
  bevrijdingsdag: '05-05',
  oudejaarsdag: '12-31',
  'vlaamse-feestdag': '07-11',
  'tweede-kerstdag': '12-26',
  'koningsdag-be': '11-15',
  allerzielen: '11-02',
};

interface YearDays {
  public: string[];
  byRule: Map<string, string>;
}

const cache = new Map<string, YearDays>();

function daysOfYear(country: HolidayCountry, region: HolidayRegion | undefined, year: number): YearDays {
  const key = `${country}/${region ?? ''}/${year}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const calendar = region ? new Holidays(country, region) : new Holidays(country);
  const days: YearDays = { public: [], byRule: new Map() };
  for (const holiday of calendar.getHolidays(year, 'nl')) {
    const date = holiday.date.slice(0, 10);
    if (holiday.type === 'public') days.public.push(date);
    days.byRule.set(holiday.rule, date);
  }
  cache.set(key, days);
  return days;
}

/** Every day of the organisation's closing periods, both ends included. */
function closingDays(settings: HolidaySettings): string[] {
  const days: string[] = [];
  for (const period of settings.closingPeriods) {
    for (let day = parseDate(period.from), ymd = period.from; ymd <= period.to; day = addDays(day, 1), ymd = formatDate(day)) {
      days.push(ymd);
    }
  }
  return days;
}

export function holidaySettingsOf(org: Pick<OrganisationSettings, 'locale' | 'holidaySettings'>): HolidaySettings {
  return org.holidaySettings ?? defaultHolidaySettings(org.locale);
}

/** The organisation's days off in the given years, sorted and without duplicates. */
export function holidaysInYears(settings: HolidaySettings, years: readonly number[]): string[] {
  const days = new Set<string>();
  for (const year of years) {
    const ofYear = daysOfYear(settings.country, settings.region, year);
    for (const day of ofYear.public) days.add(day);
    for (const chosen of settings.agreementDays) {
      const day = ofYear.byRule.get(AGREEMENT_DAY_RULES[chosen]);
      if (day) days.add(day);
    }
  }
  const wanted = new Set(years.map(String));
  for (const day of closingDays(settings)) if (wanted.has(day.slice(0, 4))) days.add(day);
  return [...days].sort();
}

/**
 * The days off around an instant: last year up to three years ahead, enough for bookings,
 * reminders up to a plan's deadline and the weekly digest. Without settings: none.
 */
export function organisationHolidays(org: Pick<OrganisationSettings, 'locale' | 'holidaySettings'> | undefined, now: Date): string[] {
  if (!org) return [];
  const year = now.getUTCFullYear();
  return holidaysInYears(holidaySettingsOf(org), [year - 1, year, year + 1, year + 2, year + 3]);
}

/** The organisation's days off from today through the next twelve months: what *Organisatie* shows next to its settings. */
export function upcomingHolidays(org: Pick<OrganisationSettings, 'locale' | 'holidaySettings'>, now: Date): string[] {
  const today = now.toISOString().slice(0, 10);
  const until = formatDate(addDays(parseDate(today), 365));
  return organisationHolidays(org, now).filter((day) => day >= today && day < until);
}
