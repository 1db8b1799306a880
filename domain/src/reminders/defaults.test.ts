import type { OrganisationSettings } from '../organisation';
import { canManageOrganisation, reminderDefaultsOf, withReminderDefaults } from './defaults';

const org: OrganisationSettings = {
  id: '6f1c2a7e-0000-4000-8000-000000000001',
  tenantId: '6f1c2a7e-0000-4000-8000-000000000001',
  name: 'Installatiebedrijf Hendriks B.V.',
  locale: 'nl-NL',
  timeZone: 'Europe/Amsterdam',
  leadTimeDays: 14,
  conversationMinutes: 60,
  checkInCadenceDays: 30,
};

describe("the organisation's reminder defaults", () => {
  it('are monthly, a week and a day before, and two periods for the digest when nothing else is stored', () => {
    expect(reminderDefaultsOf(undefined)).toEqual({ checkInCadenceDays: 30, reminderDaysBefore: [7, 1], digestStaleCadences: 2 });
    expect(reminderDefaultsOf({ ...org, checkInCadenceDays: 14, reminderDaysBefore: [], digestStaleCadences: 3 })).toEqual({ checkInCadenceDays: 14, reminderDaysBefore: [], digestStaleCadences: 3 });
  });

  it('change only the three reminder fields, days before longest first', () => {
    const next = withReminderDefaults(org, { checkInCadenceDays: 91, reminderDaysBefore: [1, 14, 3], digestStaleCadences: 1 });
    expect(next).toEqual({ ...org, checkInCadenceDays: 91, reminderDaysBefore: [14, 3, 1], digestStaleCadences: 1 });
  });

  it('refuse values the scheduler cannot use', () => {
    expect(() => withReminderDefaults(org, { checkInCadenceDays: 3, reminderDaysBefore: [7], digestStaleCadences: 2 })).toThrow();
    expect(() => withReminderDefaults(org, { checkInCadenceDays: 30, reminderDaysBefore: [7, 7], digestStaleCadences: 2 })).toThrow();
    expect(() => withReminderDefaults(org, { checkInCadenceDays: 30, reminderDaysBefore: [30, 14, 7, 3, 2, 1], digestStaleCadences: 2 })).toThrow();
  });

  it('are HR\'s to set, not a manager\'s or an employee\'s', () => {
    expect(canManageOrganisation({ roles: ['hr'] })).toBe(true);
    expect(canManageOrganisation({ roles: ['manager', 'hr'] })).toBe(true);
    expect(canManageOrganisation({ roles: ['manager'] })).toBe(false);
    expect(canManageOrganisation({ roles: ['admin'] })).toBe(false);
    expect(canManageOrganisation({ roles: [] })).toBe(false);
  });
});
