import type { Person } from '../people';
import { BUILT_IN_TEMPLATE, conversationPartnerOf, Round, roundMembers } from './round';

const tenantId = '11111111-1111-4111-8111-111111111111';
const id = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const person = (n: number, overrides: Partial<Person> = {}): Person => ({
  id: id(n),
  tenantId,
  displayName: `Persoon ${n}`,
  email: `p${n}@example.nl`,
  managerId: id(1),
  locale: 'nl-NL',
  timeZone: 'Europe/Amsterdam',
  workingHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
  department: 'Techniek',
  ...overrides,
});
const round = (overrides: Partial<Round> = {}) =>
  Round.safeParse({
    id: 'voorjaar-2027',
    tenantId,
    name: 'Voorjaarsronde 2027',
    period: { from: '2027-02-01', to: '2027-03-31' },
    audience: { kind: 'organisation' },
    conversationType: 'loopbaangesprek',
    template: BUILT_IN_TEMPLATE,
    employeesMayStart: true,
    status: 'concept',
    createdBy: id(9),
    createdAt: '2026-12-05T10:00:00.000Z',
    ...overrides,
  });

describe('a conversation round', () => {
  it('refuses a period that ends before it starts', () => {
    const result = round({ period: { from: '2027-03-31', to: '2027-02-01' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('de ronde eindigt vóór ze begint');
  });

  it('does not plan two conversations of a manager on one day unless HR allows it', () => {
    expect(round().data?.allowSameDay).toBe(false);
  });

  it('is for the audience who are still here and have someone to talk to, whatever the case of the department', () => {
    const people = [
      person(1, { managerId: undefined, department: 'Directie' }),
      person(2),
      person(3, { department: ' techniek ' }),
      person(4, { department: 'Kantoor' }),
      person(5, { leftAt: '2026-11-01T00:00:00.000Z' }),
      person(6, { managerId: undefined, gesprekspartnerId: id(2) }),
    ];
    const members = (audience: Round['audience']) => roundMembers({ audience }, people).map((p) => p.displayName);

    expect(members({ kind: 'organisation' })).toEqual(['Persoon 2', 'Persoon 3', 'Persoon 4', 'Persoon 6']);
    expect(members({ kind: 'departments', departments: ['TECHNIEK'] })).toEqual(['Persoon 2', 'Persoon 3', 'Persoon 6']);
    expect(members({ kind: 'group', personIds: [id(4), id(5)] })).toEqual(['Persoon 4']);
  });

  it('is held with the gesprekspartner when HR named one, else with the manager', () => {
    expect(conversationPartnerOf(person(2, { gesprekspartnerId: id(7) }))).toBe(id(7));
    expect(conversationPartnerOf(person(2))).toBe(id(1));
  });
});
