import { HolidaySettings, OrganisationSettings } from '@koers/domain';
import { SAMPLE_ORGANISATIONS } from '../sample';
import { holidaysInYears, organisationHolidays } from './holidays';

const nl = (extra: Partial<HolidaySettings> = {}): HolidaySettings => HolidaySettings.parse({ country: 'NL', ...extra });
const flanders = (extra: Partial<HolidaySettings> = {}): HolidaySettings => HolidaySettings.parse({ country: 'BE', region: 'VLG', ...extra });

describe("an organisation's days off", () => {
  it('are the Dutch public holidays, with Koningsdag on Saturday when 27 April is a Sunday', () => {
    const days = holidaysInYears(nl(), [2025, 2027]);
    expect(days).toEqual(expect.arrayContaining(['2027-01-01', '2027-03-29', '2027-04-27', '2027-05-06', '2027-05-17', '2027-12-25', '2027-12-26']));
    expect(days).toContain('2025-04-26');
    expect(days).not.toContain('2025-04-27');
  });

  it('leave out the days only a collective agreement gives, until the organisation ticks them', () => {
    expect(holidaysInYears(nl(), [2027])).not.toContain('2027-03-26');
    expect(holidaysInYears(nl(), [2027])).not.toContain('2027-05-05');
    const ticked = holidaysInYears(nl({ agreementDays: ['goede-vrijdag', 'bevrijdingsdag', 'oudejaarsdag'] }), [2027]);
    expect(ticked).toEqual(expect.arrayContaining(['2027-03-26', '2027-05-05', '2027-12-31']));
  });

  it('are the ten Belgian legal holidays in Flanders, and 11 July only when ticked', () => {
    const days = holidaysInYears(flanders(), [2027]);
    expect(days).toEqual(['2027-01-01', '2027-03-29', '2027-05-01', '2027-05-06', '2027-05-17', '2027-07-21', '2027-08-15', '2027-11-01', '2027-11-11', '2027-12-25']);
    expect(holidaysInYears(flanders({ agreementDays: ['vlaamse-feestdag'] }), [2027])).toContain('2027-07-11');
  });

  it("include every day of the organisation's own closing periods, across a month boundary", () => {
    const days = holidaysInYears(nl({ closingPeriods: [{ from: '2027-07-30', to: '2027-08-02', name: 'Bouwvak' }] }), [2027]);
    expect(days).toEqual(expect.arrayContaining(['2027-07-30', '2027-07-31', '2027-08-01', '2027-08-02']));
    expect(days).not.toContain('2027-08-03');
  });

  it('reach into next year, so a booking in late December sees New Year', () => {
    const days = organisationHolidays(SAMPLE_ORGANISATIONS.hendriks, new Date('2026-12-20T09:00:00Z'));
    expect(days).toContain('2027-01-01');
    expect(days).toContain('2026-12-25');
    expect(new Set(days).size).toBe(days.length);
  });

  it('follow the language when the organisation never chose a country', () => {
    const bare = OrganisationSettings.parse({ ...SAMPLE_ORGANISATIONS.peeters, holidaySettings: undefined });
    expect(organisationHolidays(bare, new Date('2027-06-01T00:00:00Z'))).toContain('2027-07-21');
    expect(organisationHolidays({ ...bare, locale: 'nl-NL' }, new Date('2027-06-01T00:00:00Z'))).toContain('2027-04-27');
  });

  it('refuse settings that mix countries or run backwards', () => {
    expect(HolidaySettings.safeParse({ country: 'NL', agreementDays: ['vlaamse-feestdag'] }).success).toBe(false);
    expect(HolidaySettings.safeParse({ country: 'NL', region: 'VLG' }).success).toBe(false);
    expect(HolidaySettings.safeParse({ country: 'NL', closingPeriods: [{ from: '2027-08-02', to: '2027-07-30', name: 'Bouwvak' }] }).success).toBe(false);
    expect(HolidaySettings.safeParse({ country: 'NL', closingPeriods: [{ from: '2027-01-01', to: '2027-12-31', name: 'Jaar' }] }).success).toBe(false);
  });
});
