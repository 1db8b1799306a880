import {
  actorOf,
  claimOfRoles,
  GLOBAL_ADMINISTRATOR_ROLE_TEMPLATE_ID,
  hasRole,
  KOERS_APP_ROLES,
  leadersAmong,
  leadsAnyone,
  mayOnboard,
  rolesFromAssignments,
  rolesFromClaim,
} from './actor';
import { canManageOrganisation } from './reminders/defaults';
import { Person } from './people';

const TENANT = '6f1c2a7e-0000-4000-8000-000000000001';
const OTHER_TENANT = '6f1c2a7e-0000-4000-8000-000000000002';
const id = (n: number) => `0a000000-0000-4000-8000-000000000${n}`;

function person(n: number, overrides: Partial<Person> = {}): Person {
  return {
    id: id(n),
    tenantId: TENANT,
    displayName: `Persoon ${n}`,
    email: `p${n}@hendriks.example`,
    locale: 'nl-NL',
    timeZone: 'Europe/Amsterdam',
    workingHours: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' },
    ...overrides,
  };
}

const HR_ID = KOERS_APP_ROLES[0].id;
const ADMIN_ID = KOERS_APP_ROLES[1].id;

describe('the roles of a token', () => {
  it('grant HR for Koers.HR and admin for Koers.Admin, in the claim as Entra ID writes it', () => {
    expect(rolesFromClaim(['Koers.HR'])).toEqual(['hr']);
    expect(rolesFromClaim(['Koers.Admin', 'Koers.HR'])).toEqual(['hr', 'admin']);
  });

  it('grant nothing for other apps\' roles, other spellings, or no claim at all', () => {
    expect(rolesFromClaim(['Task.Write', 'koers.hr', 'HR', 'manager'])).toEqual([]);
    expect(rolesFromClaim([])).toEqual([]);
    expect(rolesFromClaim(undefined)).toEqual([]);
  });

  it('are written back as the same claim values (what the dev issuer signs)', () => {
    expect(claimOfRoles(['hr'])).toEqual(['Koers.HR']);
    expect(claimOfRoles(['manager', 'hr', 'admin'])).toEqual(['Koers.HR', 'Koers.Admin']);
    expect(rolesFromClaim(claimOfRoles(['hr', 'admin']))).toEqual(['hr', 'admin']);
  });
});

describe('the roles of stored app-role assignments (the bot and the timers)', () => {
  it("grant a person the app roles assigned to them, and not someone else's", () => {
    const assignments = [
      { principalId: id(102), appRoleId: HR_ID },
      { principalId: id(101), appRoleId: ADMIN_ID },
    ];
    expect(rolesFromAssignments(assignments, id(102))).toEqual(['hr']);
    expect(rolesFromAssignments(assignments, id(101))).toEqual(['admin']);
    expect(rolesFromAssignments(assignments, id(104))).toEqual([]);
  });

  it('ignore an assignment of a role Koers does not define (the default access role, a removed role)', () => {
    expect(rolesFromAssignments([{ principalId: id(102), appRoleId: '00000000-0000-0000-0000-000000000000' }], id(102))).toEqual([]);
  });

  it('match ids whatever their case', () => {
    expect(rolesFromAssignments([{ principalId: id(102).toUpperCase(), appRoleId: HR_ID.toUpperCase() }], id(102))).toEqual(['hr']);
  });
});

describe('being a manager', () => {
  const jeroen = person(101);
  const linda = person(103, { managerId: jeroen.id });
  const sanne = person(106, { managerId: linda.id });
  const fatima = person(102, { managerId: jeroen.id });
  const kees = person(107, { managerId: linda.id, gesprekspartnerId: fatima.id });
  const people = [jeroen, linda, sanne, fatima, kees];

  it('follows from having direct reports', () => {
    expect(leadsAnyone(jeroen, people)).toBe(true);
    expect(leadsAnyone(linda, people)).toBe(true);
    expect(leadsAnyone(sanne, people)).toBe(false);
  });

  it("follows from being someone's gesprekspartner", () => {
    expect(leadsAnyone(fatima, people)).toBe(true);
  });

  it('never counts people of another organisation', () => {
    const elsewhere = person(201, { tenantId: OTHER_TENANT, managerId: sanne.id });
    expect(leadsAnyone(sanne, [...people, elsewhere])).toBe(false);
  });

  it('picks the leaders of a whole organisation at once (the digest timer)', () => {
    expect(leadersAmong(people).map((p) => p.id)).toEqual([jeroen.id, linda.id, fatima.id]);
  });
});

describe('the actor', () => {
  it('is the person with the granted app roles and manager when they lead someone, in one order', () => {
    const actor = actorOf(person(201), ['admin', 'hr'], true);
    expect(actor.roles).toEqual(['manager', 'hr', 'admin']);
    expect(actor.id).toBe(id(201));
  });

  it('is not a manager for a manager role granted some other way: only the team counts', () => {
    expect(actorOf(person(104), ['manager'], false).roles).toEqual([]);
  });

  it('replaces whatever roles the object it was made from claims to have', () => {
    const edited = { ...person(104), roles: ['hr', 'admin'] } as unknown as Person;
    const actor = actorOf(edited, [], false);
    expect(actor.roles).toEqual([]);
    expect(canManageOrganisation(actor)).toBe(false);
  });

  it('makes HR, and only HR, the one to manage the organisation\'s settings', () => {
    expect(canManageOrganisation(actorOf(person(102), rolesFromClaim(['Koers.HR']), false))).toBe(true);
    expect(canManageOrganisation(actorOf(person(101), rolesFromClaim(['Koers.Admin']), true))).toBe(false);
    expect(hasRole(actorOf(person(101), [], true), 'manager')).toBe(true);
  });
});

describe('a stored person', () => {
  it('has no roles: a document that says "hr" reads back without it', () => {
    const parsed = Person.parse({ ...person(104), roles: ['hr'] });
    expect(parsed).not.toHaveProperty('roles');
  });
});

describe('who may run the onboarding', () => {
  const wids = [GLOBAL_ADMINISTRATOR_ROLE_TEMPLATE_ID];

  it('is a Koers.Admin, always', () => {
    expect(mayOnboard({ roles: ['admin'] }, {}, { hasKoersAdmin: true })).toBe(true);
  });

  it('is a Global Administrator (wids) while the organisation has no Koers.Admin', () => {
    expect(mayOnboard({ roles: [] }, { wids }, { hasKoersAdmin: false })).toBe(true);
    expect(mayOnboard({ roles: [] }, { wids: wids.map((w) => w.toUpperCase()) }, { hasKoersAdmin: false })).toBe(true);
  });

  it('is no longer a Global Administrator once a Koers.Admin exists', () => {
    expect(mayOnboard({ roles: [] }, { wids }, { hasKoersAdmin: true })).toBe(false);
  });

  it('is not HR, a manager, or another directory role', () => {
    expect(mayOnboard({ roles: ['manager', 'hr'] }, {}, { hasKoersAdmin: false })).toBe(false);
    expect(mayOnboard({ roles: [] }, { wids: ['fe930be7-5e62-47db-91af-98c3a49a38b1'] }, { hasKoersAdmin: false })).toBe(false);
  });

  it('is the only rule that looks at wids: a Global Administrator gets no Koers role from it', () => {
    const actor = actorOf(person(101), rolesFromClaim(wids), false);
    expect(actor.roles).toEqual([]);
  });
});
