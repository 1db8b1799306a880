import { AGREEMENT_DAYS, OrganisationProfile, type HolidayCountry } from '@koers/domain';

/** The organisation's profile form (onboarding and *Organisatie*), apart from React. */

export const MAX_CLOSING_PERIODS = 20;
export const MINUTE_CHOICES = [30, 45, 60, 75, 90, 120] as const;
export const LEAD_TIME_CHOICES = [7, 10, 14, 21, 28] as const;

/** The other country: its language, time zone and region come along; agreement days of the old one go. */
export function withCountry(profile: OrganisationProfile, country: HolidayCountry): OrganisationProfile {
  if (profile.holidaySettings.country === country) return profile;
  const belgian = country === 'BE';
  return {
    ...profile,
    locale: profile.locale === 'en-GB' ? 'en-GB' : belgian ? 'nl-BE' : 'nl-NL',
    timeZone: belgian ? 'Europe/Brussels' : 'Europe/Amsterdam',
    holidaySettings: {
      country,
      ...(belgian ? { region: 'VLG' as const } : {}),
      agreementDays: [],
      closingPeriods: profile.holidaySettings.closingPeriods,
    },
  };
}

/** The agreement days the chosen country knows. */
export function agreementDaysOf(country: HolidayCountry): readonly string[] {
  return AGREEMENT_DAYS[country];
}

export function toggleAgreementDay(profile: OrganisationProfile, day: string, on: boolean): OrganisationProfile {
  const known = agreementDaysOf(profile.holidaySettings.country);
  if (!known.includes(day)) return profile;
  const others = profile.holidaySettings.agreementDays.filter((d) => d !== day);
  const agreementDays = (on ? [...others, day] : others).filter((d) => known.includes(d)) as OrganisationProfile['holidaySettings']['agreementDays'];
  return { ...profile, holidaySettings: { ...profile.holidaySettings, agreementDays } };
}

export function toggleWorkingDay(profile: OrganisationProfile, day: number, on: boolean): OrganisationProfile {
  const others = profile.defaultWorkingHours.days.filter((d) => d !== day);
  const days = (on ? [...others, day] : others).sort((a, b) => a - b);
  return { ...profile, defaultWorkingHours: { ...profile.defaultWorkingHours, days } };
}

export type ProfileProblem = { kind: 'name' } | { kind: 'hours' } | { kind: 'closing'; n: number };

/** What keeps the profile from being saved, in the order the form shows its fields; empty when it is fine. */
export function profileProblems(profile: OrganisationProfile): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  if (profile.name.trim() === '') problems.push({ kind: 'name' });
  const hours = profile.defaultWorkingHours;
  if (hours.days.length === 0 || !(hours.start < hours.end)) problems.push({ kind: 'hours' });
  profile.holidaySettings.closingPeriods.forEach((period, index) => {
    const checked = OrganisationProfile.shape.holidaySettings.safeParse({ ...profile.holidaySettings, closingPeriods: [period] });
    if (!checked.success || period.name.trim() === '') problems.push({ kind: 'closing', n: index + 1 });
  });
  return problems;
}

export function sameProfile(a: OrganisationProfile, b: OrganisationProfile): boolean {
  return JSON.stringify(normalised(a)) === JSON.stringify(normalised(b));
}

function normalised(profile: OrganisationProfile): OrganisationProfile {
  const hours = profile.defaultWorkingHours;
  return {
    ...profile,
    defaultWorkingHours: { ...hours, days: [...hours.days].sort((x, y) => x - y) },
    holidaySettings: { ...profile.holidaySettings, agreementDays: [...profile.holidaySettings.agreementDays].sort() },
  };
}
