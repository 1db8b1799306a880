import {
  DEFAULT_WORKING_HOURS,
  managerCycle,
  mergeDirectoryUser,
  personFromDirectory,
  problemLine,
  timeZoneOf,
  workingHoursOf,
} from './directoryPeople';
import type { Person } from './people';
import { localeFromTag } from './i18n/language';

const TENANT = '6f1c2a7e-0000-4000-8000-000000000001';
const ORG = { tenantId: TENANT, locale: 'nl-NL' as const, timeZone: 'Europe/Amsterdam' as const };
const NOOR = '0a000000-0000-4000-8000-000000000105';
const JEROEN = '0a000000-0000-4000-8000-000000000101';
const NOW = '2026-12-01T09:00:00.000Z';

const noor = (overrides: Record<string, unknown> = {}) => ({
  id: NOOR,
  displayName: 'Noor Visser',
  mail: 'noor@hendriks.example',
  userPrincipalName: 'noor@hendriks.example',
  jobTitle: 'Planner',
  preferredLanguage: 'nl-NL',
  accountEnabled: true,
  employeeHireDate: '2021-02-01T00:00:00Z',
  ...overrides,
});

const make = (input: Partial<Parameters<typeof personFromDirectory>[0]>) =>
  personFromDirectory({ user: noor(), existing: undefined, mailbox: undefined, organisation: ORG, managerId: JEROEN, leaving: false, now: NOW, ...input });

describe('a directory user as a Koers person', () => {
  it('maps the directory languages Koers speaks, Flemish apart, any English to en-GB', () => {
    expect(['nl-NL', 'nl', 'NL_be', 'nl-BE', 'en-US', 'en', 'fr-BE', 'de-DE', '', null].map(localeFromTag)).toEqual([
      'nl-NL',
      'nl-NL',
      'nl-BE',
      'nl-BE',
      'en-GB',
      'en-GB',
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("reads the mailbox's Windows or IANA time zone, and nothing else", () => {
    expect(['W. Europe Standard Time', 'Romance Standard Time', 'Europe/Brussels', 'Pacific Standard Time'].map(timeZoneOf)).toEqual([
      'Europe/Amsterdam',
      'Europe/Brussels',
      'Europe/Brussels',
      undefined,
    ]);
  });

  it("makes a part-timer's week from the mailbox's working days and keeps the lunch break inside the day", () => {
    expect(workingHoursOf({ workingHours: { days: [4, 1, 2, 3], start: '08:00', end: '17:00' } }, DEFAULT_WORKING_HOURS)).toEqual({
      days: [1, 2, 3, 4],
      start: '08:00',
      end: '17:00',
      lunch: { start: '12:00', end: '12:30' },
    });
    expect(workingHoursOf({ workingHours: { days: [1], start: '13:00', end: '17:00' } }, DEFAULT_WORKING_HOURS)).toEqual({ days: [1], start: '13:00', end: '17:00' });
    expect(workingHoursOf({ workingHours: { days: [], start: '08:00', end: '17:00' } }, DEFAULT_WORKING_HOURS)).toBe(DEFAULT_WORKING_HOURS);
    expect(workingHoursOf(null, DEFAULT_WORKING_HOURS)).toBe(DEFAULT_WORKING_HOURS);
  });

  it('takes a person with their mailbox: language, zone, hours and hire date', () => {
    const { person, problems } = make({
      mailbox: { timeZone: 'W. Europe Standard Time', language: 'nl-NL', workingHours: { days: [1, 2, 3, 4], start: '08:00', end: '17:00' } },
    });
    expect(problems).toEqual([]);
    expect(person).toEqual({
      id: NOOR,
      tenantId: TENANT,
      displayName: 'Noor Visser',
      email: 'noor@hendriks.example',
      jobTitle: 'Planner',
      managerId: JEROEN,
      locale: 'nl-NL',
      timeZone: 'Europe/Amsterdam',
      workingHours: { days: [1, 2, 3, 4], start: '08:00', end: '17:00', lunch: { start: '12:00', end: '12:30' } },
      joinedOn: '2021-02-01',
      hasMailbox: true,
    });
  });

  it("treats someone without a mailbox as normal, on the organisation's defaults", () => {
    const { person, problems } = make({ mailbox: null, user: noor({ preferredLanguage: null }) });
    expect(problems).toEqual([]);
    expect(person).toMatchObject({ hasMailbox: false, locale: 'nl-NL', timeZone: 'Europe/Amsterdam', workingHours: DEFAULT_WORKING_HOURS });
  });

  it('uses the sign-in name for someone without mail, and says so', () => {
    const { person, problems } = make({ user: noor({ mail: null, userPrincipalName: 'Noor@Hendriks.example' }) });
    expect(person?.email).toBe('noor@hendriks.example');
    expect(problems.map(problemLine)).toEqual(['Noor Visser: geen e-mailadres in de directory; de aanmeldnaam noor@hendriks.example wordt gebruikt.']);
    expect(make({ user: noor({ mail: null, userPrincipalName: null }) }).person).toBeUndefined();
  });

  it('keeps the fallback language for one Koers does not speak, and says so', () => {
    const { person, problems } = make({ user: noor({ preferredLanguage: 'fr-FR' }) });
    expect(person?.locale).toBe('nl-NL');
    expect(problems.map(problemLine)).toEqual(['Noor Visser: taal "fr-FR" kent Koers niet; nl-NL wordt gebruikt.']);
  });

  it("keeps what the directory does not own: the gesprekspartner, and a leaver's first leaving moment", () => {
    const existing: Person = {
      id: NOOR,
      tenantId: TENANT,
      displayName: 'Noor Visser',
      email: 'noor@hendriks.example',
      gesprekspartnerId: JEROEN,
      locale: 'nl-NL',
      timeZone: 'Europe/Amsterdam',
      workingHours: DEFAULT_WORKING_HOURS,
      leftAt: '2026-11-01T09:00:00.000Z',
    };
    const { person } = make({ existing, leaving: true });
    expect(person).toMatchObject({ gesprekspartnerId: JEROEN, leftAt: '2026-11-01T09:00:00.000Z' });
    expect(make({ existing, leaving: false }).person?.leftAt).toBeUndefined();
  });

  it('merges a change into what is stored: left out keeps, null clears', () => {
    expect(mergeDirectoryUser({ id: NOOR, jobTitle: 'Planner', department: 'Service' }, { id: NOOR, jobTitle: null })).toEqual({ id: NOOR, jobTitle: null, department: 'Service' });
  });

  it('finds the circle a new manager would close, and nothing else', () => {
    const managers = new Map([
      ['a', 'b'],
      ['b', undefined],
      ['c', 'd'],
      ['d', 'c'],
    ]);
    const managerOf = (id: string) => managers.get(id);
    expect(managerCycle('b', 'a', managerOf)).toEqual(['b', 'a', 'b']);
    expect(managerCycle('x', 'x', managerOf)).toEqual(['x', 'x']);
    expect(managerCycle('e', 'a', managerOf)).toBeUndefined();
    // A circle above the person is not theirs to break.
    expect(managerCycle('e', 'c', managerOf)).toBeUndefined();
  });
});
