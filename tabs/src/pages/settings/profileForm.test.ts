import { describe, expect, it } from '@jest/globals';
import type { OrganisationProfile } from '@koers/domain';
import { profileProblems, sameProfile, toggleAgreementDay, toggleWorkingDay, withCountry } from './profileForm';

const dutch: OrganisationProfile = {
  name: 'Installatiebedrijf Hendriks B.V.',
  locale: 'nl-NL',
  timeZone: 'Europe/Amsterdam',
  leadTimeDays: 14,
  conversationMinutes: 60,
  conversationMode: 'online',
  defaultWorkingHours: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' },
  holidaySettings: { country: 'NL', agreementDays: ['bevrijdingsdag'], closingPeriods: [{ from: '2027-07-19', to: '2027-08-06', name: 'Bouwvak' }] },
  directoryScope: 'tenant',
};

describe('the organisation profile form', () => {
  it('brings Flemish language, Brussels time and the Flemish region along when the country becomes Belgium, dropping Dutch agreement days', () => {
    const flemish = withCountry(dutch, 'BE');
    expect(flemish).toMatchObject({ locale: 'nl-BE', timeZone: 'Europe/Brussels', holidaySettings: { country: 'BE', region: 'VLG', agreementDays: [] } });
    expect(flemish.holidaySettings.closingPeriods).toEqual(dutch.holidaySettings.closingPeriods);
    expect(withCountry({ ...dutch, locale: 'en-GB' }, 'BE').locale).toBe('en-GB');
  });

  it('only ticks agreement days the chosen country knows', () => {
    expect(toggleAgreementDay(dutch, 'vlaamse-feestdag', true).holidaySettings.agreementDays).toEqual(['bevrijdingsdag']);
    expect(toggleAgreementDay(dutch, 'goede-vrijdag', true).holidaySettings.agreementDays).toEqual(['bevrijdingsdag', 'goede-vrijdag']);
    expect(toggleAgreementDay(dutch, 'bevrijdingsdag', false).holidaySettings.agreementDays).toEqual([]);
  });

  it('names what keeps a profile from being saved: no name, no working day, a closing period that ends before it starts', () => {
    const broken: OrganisationProfile = {
      ...toggleWorkingDay({ ...dutch, defaultWorkingHours: { days: [1], start: '08:00', end: '17:00' } }, 1, false),
      name: ' ',
      holidaySettings: { ...dutch.holidaySettings, closingPeriods: [dutch.holidaySettings.closingPeriods[0]!, { from: '2027-12-31', to: '2027-12-24', name: 'Kerst' }] },
    };
    expect(profileProblems(broken)).toEqual([{ kind: 'name' }, { kind: 'hours' }, { kind: 'closing', n: 2 }]);
    expect(profileProblems(dutch)).toEqual([]);
  });

  it('sees no change when only the order of ticked days differs', () => {
    const reordered = { ...dutch, defaultWorkingHours: { ...dutch.defaultWorkingHours, days: [5, 4, 3, 2, 1] } };
    expect(sameProfile(dutch, reordered)).toBe(true);
    expect(sameProfile(dutch, { ...dutch, conversationMode: 'in-person' })).toBe(false);
  });
});
