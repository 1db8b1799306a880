import { canViewPerson, forPartiesOnly, isConversationParty } from './access';
import { NotFoundError } from './errors';
import { actorOf, type Actor, type Role } from './actor';
import type { Person } from './people';

const tenantA = '6f1c2a7e-0000-4000-8000-000000000001';
const tenantB = '6f1c2a7e-0000-4000-8000-000000000002';

function person(id: string, overrides: Partial<Person> = {}, roles: Role[] = []): Actor {
  return actorOf({
    id: `0a000000-0000-4000-8000-000000000${id}`,
    tenantId: tenantA,
    displayName: `Persoon ${id}`,
    email: `p${id}@hendriks.example`,
    locale: 'nl-NL',
    timeZone: 'Europe/Amsterdam',
    workingHours: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' },
    ...overrides,
  }, roles, roles.includes('manager'));
}

const manager = person('101', {}, ['manager']);
const report = person('106', { managerId: manager.id });
const colleague = person('107');
const hr = person('102', {}, ['hr']);
const otherTenantHr = person('201', { tenantId: tenantB }, ['manager', 'hr']);

describe('who may see whom', () => {
  it('lets everyone see themselves', () => expect(canViewPerson(report, report)).toBe(true));
  it('lets a manager see a direct report', () => expect(canViewPerson(manager, report)).toBe(true));
  it('lets a gesprekspartner HR set see the person, as a manager would', () =>
    expect(canViewPerson(colleague, person('108', { managerId: manager.id, gesprekspartnerId: colleague.id }))).toBe(true));
  it('does not let an employee see a colleague', () => expect(canViewPerson(colleague, report)).toBe(false));
  it('does not let a report see their manager through this rule unless HR', () =>
    expect(canViewPerson(report, manager)).toBe(false));
  it('lets HR see the directory of its own organisation', () => expect(canViewPerson(hr, report)).toBe(true));
  it('never crosses tenants, not even for HR', () => expect(canViewPerson(otherTenantHr, report)).toBe(false));
});

describe('conversation confidentiality', () => {
  const conversation = { tenantId: tenantA, employeeId: report.id, managerId: manager.id };
  it('admits the employee and the manager', () => {
    expect(isConversationParty(report, conversation)).toBe(true);
    expect(isConversationParty(manager, conversation)).toBe(true);
  });
  it('keeps HR out of the conversation content', () => expect(isConversationParty(hr, conversation)).toBe(false));
  it('keeps the same ids in another tenant out', () =>
    expect(isConversationParty({ id: report.id, tenantId: tenantB }, conversation)).toBe(false));
});

describe('a record for its two parties only', () => {
  const employee = person('21');
  const manager = person('31');
  const colleague = person('41');
  const record = { value: { tenantId: tenantA, employeeId: employee.id, managerId: manager.id }, etag: '"1"' };

  it('gives the record to either party', () => {
    expect(forPartiesOnly(employee, record, 'Conversation', 'c-1')).toBe(record);
    expect(forPartiesOnly(manager, record, 'Conversation', 'c-1')).toBe(record);
  });

  it('answers a colleague exactly as for an id that does not exist', () => {
    const stranger = () => forPartiesOnly(colleague, record, 'Conversation', 'c-1');
    const nobody = () => forPartiesOnly(colleague, undefined, 'Conversation', 'c-1');
    expect(stranger).toThrow(NotFoundError);
    expect(nobody).toThrow(NotFoundError);
    expect(() => stranger()).toThrow(new NotFoundError('Conversation', 'c-1').message);
  });
});
