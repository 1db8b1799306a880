import { OrganisationSettings, Person } from '@koers/domain';
import { HENDRIKS_TENANT_ID, PEETERS_TENANT_ID, SAMPLE_ORGANISATIONS, SAMPLE_PEOPLE, SAMPLE_PEOPLE_LIST, SAMPLE_TENANTS, sampleActor, samplePersonByEmail } from './sampleOrg';

describe('the sample organisations of SAMPLE-ORG.md', () => {
  it('are valid domain values', () => {
    for (const person of SAMPLE_PEOPLE_LIST) expect(Person.parse(person)).toEqual(person);
    for (const org of Object.values(SAMPLE_ORGANISATIONS)) expect(OrganisationSettings.parse(org)).toEqual(org);
  });

  it('have the people, roles and reporting lines of the table', () => {
    const byName = (tenantId: string) =>
      SAMPLE_PEOPLE_LIST.filter((p) => p.tenantId === tenantId).map((p) => [
        p.email,
        p.id.slice(-3),
        sampleActor(p).roles.join('+') || '-',
        SAMPLE_PEOPLE_LIST.find((m) => m.id === p.managerId)?.email ?? '-',
      ]);

    expect(byName(HENDRIKS_TENANT_ID)).toEqual([
      ['jeroen@hendriks.example', '101', 'manager', '-'],
      ['fatima@hendriks.example', '102', 'hr', 'jeroen@hendriks.example'],
      ['linda@hendriks.example', '103', 'manager', 'jeroen@hendriks.example'],
      ['ahmed@hendriks.example', '104', '-', 'jeroen@hendriks.example'],
      ['noor@hendriks.example', '105', '-', 'jeroen@hendriks.example'],
      ['sanne@hendriks.example', '106', '-', 'linda@hendriks.example'],
      ['kees@hendriks.example', '107', '-', 'linda@hendriks.example'],
      ['daan@hendriks.example', '108', '-', 'linda@hendriks.example'],
    ]);
    expect(byName(PEETERS_TENANT_ID)).toEqual([
      ['an@peeters.example', '201', 'manager+hr', '-'],
      ['wout@peeters.example', '202', '-', 'an@peeters.example'],
      ['lotte@peeters.example', '203', '-', 'an@peeters.example'],
    ]);
  });

  it('store no role on any person: HR comes from Koers.HR assignments, for Fatima and An only', () => {
    for (const person of SAMPLE_PEOPLE_LIST) expect(Object.keys(person)).not.toContain('roles');
    const holders = SAMPLE_TENANTS.flatMap((t) => t.roleAssignments.map((a) => SAMPLE_PEOPLE_LIST.find((p) => p.id === a.principalId)?.email));
    expect(holders).toEqual(['fatima@hendriks.example', 'an@peeters.example']);
  });

  it('carry the locale, time zone and working hours of their organisation', () => {
    expect(SAMPLE_PEOPLE.sanne).toMatchObject({ locale: 'nl-NL', timeZone: 'Europe/Amsterdam' });
    expect(SAMPLE_PEOPLE.wout).toMatchObject({ locale: 'nl-BE', timeZone: 'Europe/Brussels' });
    expect(SAMPLE_PEOPLE.kees.workingHours).toEqual({ days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00', lunch: { start: '12:00', end: '12:30' } });
    expect(SAMPLE_PEOPLE.noor.workingHours.days).toEqual([1, 2, 3, 4]);
  });

  it('are frozen, so no test or caller can change them for everyone else', () => {
    expect(() => {
      (SAMPLE_PEOPLE.jeroen.workingHours.days).push(6);
    }).toThrow(TypeError);
    expect(samplePersonByEmail('Jeroen@Hendriks.example')?.id).toBe('0a000000-0000-4000-8000-000000000101');
  });
});
