import { actorOf, KOERS_APP_ROLES, leadsAnyone, rolesFromAssignments, type Actor, type OrganisationSettings, type Person, type RoleAssignment, type WorkingHours } from '@koers/domain';

/**
 * The two invented organisations of shared/SAMPLE-ORG.md. Ids are fixed: the tab's persona
 * switch, the Playground configs, stored conversation references and the tests all rely on them.
 * Everything here is frozen; copy before changing.
 */

export const HENDRIKS_TENANT_ID = '6f1c2a7e-0000-4000-8000-000000000001';
export const PEETERS_TENANT_ID = '6f1c2a7e-0000-4000-8000-000000000002';


const FULL_WEEK: WorkingHours = { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00', lunch: { start: '12:00', end: '12:30' } };
const MONDAY_TO_THURSDAY: WorkingHours = { ...FULL_WEEK, days: [1, 2, 3, 4] };

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function hendriks(p: Omit<Person, 'tenantId' | 'locale' | 'timeZone' | 'workingHours'> & { workingHours?: WorkingHours }): Person {
  return { ...p, tenantId: HENDRIKS_TENANT_ID, locale: 'nl-NL', timeZone: 'Europe/Amsterdam', workingHours: p.workingHours ?? FULL_WEEK };
}

function peeters(p: Omit<Person, 'tenantId' | 'locale' | 'timeZone' | 'workingHours'>): Person {
  return { ...p, tenantId: PEETERS_TENANT_ID, locale: 'nl-BE', timeZone: 'Europe/Brussels', workingHours: FULL_WEEK };
}

const JEROEN = '0a000000-0000-4000-8000-000000000101';
const LINDA = '0a000000-0000-4000-8000-000000000103';
const AN = '0a000000-0000-4000-8000-000000000201';

export type SamplePersonKey =
  | 'jeroen'
  | 'fatima'
  | 'linda'
  | 'ahmed'
  | 'noor'
  | 'sanne'
  | 'kees'
  | 'daan'
  | 'an'
  | 'wout'
  | 'lotte';

export const SAMPLE_PEOPLE: Readonly<Record<SamplePersonKey, Person>> = deepFreeze({
  jeroen: hendriks({
    id: JEROEN,
    displayName: 'Jeroen Hendriks',
    email: 'jeroen@hendriks.example',
    jobTitle: 'Directeur',
    department: 'Directie',
    joinedOn: '2004-01-05',
  }),
  fatima: hendriks({
    id: '0a000000-0000-4000-8000-000000000102',
    displayName: 'Fatima El Amrani',
    email: 'fatima@hendriks.example',
    jobTitle: 'HR-adviseur',
    department: 'HR',
    managerId: JEROEN,
    joinedOn: '2019-09-02',
  }),
  linda: hendriks({
    id: LINDA,
    displayName: 'Linda de Wit',
    email: 'linda@hendriks.example',
    jobTitle: 'Teamleider service',
    department: 'Techniek',
    managerId: JEROEN,
    joinedOn: '2012-03-01',
  }),
  ahmed: hendriks({
    id: '0a000000-0000-4000-8000-000000000104',
    displayName: 'Ahmed Yilmaz',
    email: 'ahmed@hendriks.example',
    jobTitle: 'Werkvoorbereider',
    department: 'Techniek',
    managerId: JEROEN,
    joinedOn: '2016-05-02',
  }),
  noor: hendriks({
    id: '0a000000-0000-4000-8000-000000000105',
    displayName: 'Noor Visser',
    email: 'noor@hendriks.example',
    jobTitle: 'Planner',
    department: 'Techniek',
    managerId: JEROEN,
    joinedOn: '2021-02-01',
    workingHours: MONDAY_TO_THURSDAY,
  }),
  sanne: hendriks({
    id: '0a000000-0000-4000-8000-000000000106',
    displayName: 'Sanne Bakker',
    email: 'sanne@hendriks.example',
    jobTitle: 'Monteur',
    department: 'Techniek',
    managerId: LINDA,
    joinedOn: '2018-08-20',
  }),
  kees: hendriks({
    id: '0a000000-0000-4000-8000-000000000107',
    displayName: 'Kees Jansen',
    email: 'kees@hendriks.example',
    jobTitle: 'Senior monteur',
    department: 'Techniek',
    managerId: LINDA,
    joinedOn: '1989-08-01',
  }),
  daan: hendriks({
    id: '0a000000-0000-4000-8000-000000000108',
    displayName: 'Daan Mulder',
    email: 'daan@hendriks.example',
    jobTitle: 'Leerling-monteur',
    department: 'Techniek',
    managerId: LINDA,
    joinedOn: '2025-09-01',
  }),
  an: peeters({
    id: AN,
    displayName: 'An Peeters',
    email: 'an@peeters.example',
    jobTitle: 'Zaakvoerder',
    department: 'Directie',
    joinedOn: '2008-04-01',
  }),
  wout: peeters({
    id: '0a000000-0000-4000-8000-000000000202',
    displayName: 'Wout Claes',
    email: 'wout@peeters.example',
    jobTitle: 'Drukker',
    department: 'Drukkerij',
    managerId: AN,
    joinedOn: '2014-01-06',
  }),
  lotte: peeters({
    id: '0a000000-0000-4000-8000-000000000203',
    displayName: 'Lotte Maes',
    email: 'lotte@peeters.example',
    jobTitle: 'Prepress-medewerker',
    department: 'Drukkerij',
    managerId: AN,
    joinedOn: '2022-10-03',
  }),
});

export type SampleOrganisationKey = 'hendriks' | 'peeters';

export const SAMPLE_ORGANISATIONS: Readonly<Record<SampleOrganisationKey, OrganisationSettings>> = deepFreeze({
  hendriks: {
    id: HENDRIKS_TENANT_ID,
    tenantId: HENDRIKS_TENANT_ID,
    name: 'Installatiebedrijf Hendriks B.V.',
    locale: 'nl-NL',
    timeZone: 'Europe/Amsterdam',
    leadTimeDays: 14,
    conversationMinutes: 60,
    checkInCadenceDays: 30,
    holidaySettings: { country: 'NL', agreementDays: [], closingPeriods: [] },
  },
  peeters: {
    id: PEETERS_TENANT_ID,
    tenantId: PEETERS_TENANT_ID,
    name: 'Drukkerij Peeters BV',
    locale: 'nl-BE',
    timeZone: 'Europe/Brussels',
    leadTimeDays: 14,
    conversationMinutes: 60,
    checkInCadenceDays: 30,
    holidaySettings: { country: 'BE', region: 'VLG', agreementDays: [], closingPeriods: [] },
  },
});

const HR_APP_ROLE_ID = KOERS_APP_ROLES.find((r) => r.role === 'hr')?.id ?? '';

/**
 * The sample's Koers.HR assignments (Fatima, An), as the directory sync would store them from
 * Graph's appRoleAssignedTo. Nobody holds Koers.Admin: an organisation starts without one.
 */
function hrAssignment(person: Person): RoleAssignment {
  return { id: `sample-hr-${person.id}`, tenantId: person.tenantId, principalId: person.id, appRoleId: HR_APP_ROLE_ID };
}

/** Each organisation with its people and their app-role assignments, in the order of SAMPLE-ORG.md. */
export const SAMPLE_TENANTS: readonly { organisation: OrganisationSettings; people: readonly Person[]; roleAssignments: readonly RoleAssignment[] }[] = deepFreeze([
  {
    organisation: SAMPLE_ORGANISATIONS.hendriks,
    roleAssignments: [hrAssignment(SAMPLE_PEOPLE.fatima)],
    people: [
      SAMPLE_PEOPLE.jeroen,
      SAMPLE_PEOPLE.fatima,
      SAMPLE_PEOPLE.linda,
      SAMPLE_PEOPLE.ahmed,
      SAMPLE_PEOPLE.noor,
      SAMPLE_PEOPLE.sanne,
      SAMPLE_PEOPLE.kees,
      SAMPLE_PEOPLE.daan,
    ],
  },
  {
    organisation: SAMPLE_ORGANISATIONS.peeters,
    roleAssignments: [hrAssignment(SAMPLE_PEOPLE.an)],
    people: [SAMPLE_PEOPLE.an, SAMPLE_PEOPLE.wout, SAMPLE_PEOPLE.lotte],
  },
]);

/** All eleven sample people. */
export const SAMPLE_PEOPLE_LIST: readonly Person[] = SAMPLE_TENANTS.flatMap((t) => t.people);

/** A sample person as Koers sees them when they act: their app roles and whether they lead anyone. */
export function sampleActor(person: Person): Actor {
  const assignments = SAMPLE_TENANTS.flatMap((t) => t.roleAssignments);
  return actorOf(person, rolesFromAssignments(assignments, person.id), leadsAnyone(person, SAMPLE_PEOPLE_LIST));
}

export function samplePersonByEmail(email: string): Person | undefined {
  const wanted = email.trim().toLowerCase();
  return SAMPLE_PEOPLE_LIST.find((p) => p.email === wanted);
}

export function sampleOrganisationOf(person: Pick<Person, 'tenantId'>): OrganisationSettings | undefined {
  return SAMPLE_TENANTS.find((t) => t.organisation.tenantId === person.tenantId)?.organisation;
}
