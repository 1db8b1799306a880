import {
  anonymousInterestOf,
  approvePop,
  BUILT_IN_TEMPLATE,
  computeInsightSnapshot,
  createPop,
  functionIdForJobTitle,
  insightPeople,
  KOERS_APP_ROLES,
  roundMembers,
  goalsAgreedBy,
  type Catalogue,
  type Conversation,
  type GoalKind,
  type GoalRoute,
  type InsightSnapshot,
  type OrganisationSettings,
  type Person,
  type Pop,
  type PopGoalInput,
  type Round,
  type RoundAudience,
  type RoleAssignment,
  type TalentProfile,
  type WorkingHours,
} from '@koers/domain';
import { pick as pickFrom, random } from './calendars';
import { HENDRIKS_CATALOGUE } from './catalogue';
import { SAMPLE_ORGANISATIONS } from './sampleOrg';

/**
 * An invented organisation large enough to see HR's anonymous insight: the two sample
 * organisations (8 and 3 people) are below every threshold. Generated from a seed, the same seed
 * always giving the same organisation: departments, managers, people in the functions of the
 * sample function house, and a year of history — two conversation rounds with held
 * conversations, agreed plans with goal kinds and routes, some talent-pool wishes — and each
 * closed round's insight snapshot. Names are combinations of common Dutch and Flemish first and
 * last names: nobody real is meant.
 */

export const DEMO_TENANT_ID = '6f1c2a7e-0000-4000-8000-000000000003';

export interface DemoSize {
  employees: number;
  managers: number;
  departments: number;
}

/** `npm start` with KOERS_DEMO_ORG=1: a few hundred people. */
export const DEMO_SIZE: DemoSize = { employees: 300, managers: 30, departments: 6 };
/** The seed `npm start` generates its demo organisation from: the same organisation on every start. */
export const DEMO_SEED = 2027;

/** An organisation of `employees`: a manager per ten, a department per fifty (at least two of each). */
export function demoSizeFor(employees: number): DemoSize {
  return { employees, managers: Math.max(2, Math.round(employees / 10)), departments: Math.max(2, Math.round(employees / 50)) };
}

/** The bench fixture: an organisation of 10,000. */
export const BENCH_SIZE: DemoSize = { employees: 10_000, managers: 1_000, departments: 40 };

/** A conversation round of the whole organisation, closed at `closedAt`, on Koers' own template. */
export function closedRound(fields: { tenantId: string; id: string; name: string; from: string; to: string; closedAt: string; createdBy: string; audience?: RoundAudience }): Round {
  return {
    id: fields.id,
    tenantId: fields.tenantId,
    name: fields.name,
    period: { from: fields.from, to: fields.to },
    audience: fields.audience ?? { kind: 'organisation' },
    conversationType: 'loopbaangesprek',
    template: BUILT_IN_TEMPLATE,
    employeesMayStart: true,
    allowSameDay: false,
    nudgeWeeksBeforeEnd: 3,
    status: 'afgesloten',
    createdBy: fields.createdBy,
    createdAt: new Date(Date.parse(`${fields.from}T00:00:00Z`) - 30 * DAY).toISOString(),
    startedAt: new Date(Date.parse(`${fields.from}T00:00:00Z`) - 14 * DAY).toISOString(),
    closedAt: fields.closedAt,
  };
}

export interface DemoOrganisation {
  organisation: OrganisationSettings;
  catalogue: Catalogue;
  /** The director, HR, the managers, then everyone else. */
  people: Person[];
  roleAssignments: RoleAssignment[];
  /** The HR adviser to sign in as. */
  hr: Person;
  rounds: Round[];
  conversations: Conversation[];
  pops: Pop[];
  talent: TalentProfile[];
  snapshots: InsightSnapshot[];
}

const FIRST_NAMES = [
  'Anouk', 'Bram', 'Daan', 'Eline', 'Femke', 'Gijs', 'Hanna', 'Ilse', 'Jesse', 'Joris', 'Julia', 'Kevin', 'Lieke', 'Luuk', 'Maaike',
  'Milan', 'Naomi', 'Niels', 'Olaf', 'Pien', 'Roos', 'Ruben', 'Sem', 'Tess', 'Thijs', 'Vera', 'Wouter', 'Yara', 'Zoë', 'Mohamed',
  'Yusuf', 'Fatma', 'Samira', 'Bilal', 'Priya', 'Dewi', 'Stijn', 'Jef', 'Lien', 'Wout', 'Nele', 'Bert', 'Griet', 'Tibo', 'Elke',
  'Jasper', 'Marieke', 'Koen', 'Sofie', 'Arne', 'Hanne', 'Pieter', 'Annelies', 'Kobe', 'Lotte', 'Ward', 'Inge', 'Dirk', 'Karin', 'Ties',
];
const LAST_NAMES = [
  'de Vries', 'Jansen', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters',
  'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'Kok', 'Jacobs', 'Vermeulen',
  'Peeters', 'Janssens', 'Maes', 'Claes', 'Wouters', 'De Smet', 'Willems', 'Goossens', 'Van Damme', 'Verstraete', 'Lambrechts', 'Desmet',
  'Öztürk', 'Yılmaz', 'El Idrissi', 'Bouzid', 'Ramdin', 'Tjon', 'Kartosen', 'Nguyen', 'Kowalski', 'Schouten', 'Verhoeven', 'Kuipers',
];
const DISCIPLINES = ['Service', 'Projecten', 'Onderhoud', 'Werkvoorbereiding', 'Utiliteit', 'Woningbouw', 'Duurzame energie', 'Installatie'];
const REGIONS = ['Noord', 'Zuid', 'Oost', 'West', 'Randstad', 'Brabant', 'Limburg', 'Vlaanderen'];

/** Function mix of a department, by job title (the function house's titles), weights summing to 100. */
const FUNCTION_MIX: readonly [jobTitle: string, weight: number][] = [
  ['Monteur', 40],
  ['Servicemonteur', 8],
  ['Senior monteur', 15],
  ['Leerling-monteur', 10],
  ['Werkvoorbereider', 12],
  ['Planner', 8],
  ['Projectleider', 7],
];

/** What people in each function tend to want, as [kind, route, weight]: insight has something to show. */
const WISHES: Readonly<Record<string, readonly [GoalKind, GoalRoute, number][]>> = {
  'leerling-monteur': [['verdiepen', 'opleiding', 6], ['verdiepen', 'coaching-collega', 3], ['verbreden', 'meelopen', 1]],
  monteur: [['verdiepen', 'opleiding', 4], ['verbreden', 'meelopen', 2], ['doorgroeien', 'coaching-leidinggevende', 2], ['verbreden', 'taakuitbreiding', 1], ['mobiliteit', 'rotatie', 1]],
  'senior-monteur': [['doorgroeien', 'coaching-leidinggevende', 3], ['vitaliteit', 'jobcrafting', 3], ['verdiepen', 'opleiding', 2], ['verbreden', 'taakuitbreiding', 2]],
  werkvoorbereider: [['doorgroeien', 'opleiding', 4], ['verbreden', 'rotatie', 2], ['verdiepen', 'opleiding', 2], ['mobiliteit', 'extern', 1]],
  planner: [['verbreden', 'meelopen', 3], ['mobiliteit', 'rotatie', 2], ['verdiepen', 'opleiding', 2], ['vitaliteit', 'remotie', 1]],
  projectleider: [['doorgroeien', 'coaching-leidinggevende', 3], ['verdiepen', 'opleiding', 2], ['vitaliteit', 'jobcrafting', 1]],
  'teamleider-service': [['verdiepen', 'coaching-leidinggevende', 3], ['doorgroeien', 'opleiding', 1]],
};

/** What a goal on a learning route asks for when the offer has nothing for it. */
const OUTSIDE_OFFER: Readonly<Partial<Record<GoalRoute, readonly string[]>>> = {
  opleiding: ['Cursus Excel voor planners', 'Training domotica en slimme installaties', 'Opleiding waterstoftechniek', 'Cursus Engels voor de werkvloer'],
  'coaching-leidinggevende': ['Coaching op timemanagement', 'Coaching: lastige gesprekken met klanten'],
  'coaching-collega': ['Buddy voor de eerste maanden'],
  meelopen: ['Meelopen met de calculatie', 'Meelopen bij de inkoop'],
};

const STANDARD_WEEK: WorkingHours = { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00', lunch: { start: '12:00', end: '12:30' } };
const FOUR_DAYS: WorkingHours = { ...STANDARD_WEEK, days: [1, 2, 3, 4] };
const DAY = 86_400_000;
const JOINED_BEFORE = Date.UTC(2025, 11, 1);

const guid = (kind: number, n: number) => `0d${kind.toString(16).padStart(6, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');
const civil = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function weighted<T>(r: () => number, options: readonly (readonly [...unknown[], number])[], value: (option: (typeof options)[number]) => T): T {
  const total = options.reduce((sum, o) => sum + (o[o.length - 1] as number), 0);
  let pick = r() * total;
  for (const option of options) {
    pick -= option[option.length - 1] as number;
    if (pick < 0) return value(option);
  }
  return value(options[options.length - 1]!);
}

/** The department names: discipline and region, as many as asked. */
function departmentNames(count: number): string[] {
  const names: string[] = [];
  for (let i = 0; names.length < count; i++) {
    const discipline = DISCIPLINES[i % DISCIPLINES.length]!;
    const region = REGIONS[Math.floor(i / DISCIPLINES.length) % REGIONS.length]!;
    const round = Math.floor(i / (DISCIPLINES.length * REGIONS.length));
    names.push(`${discipline} ${region}${round > 0 ? ` ${round + 1}` : ''}`);
  }
  return names;
}

/** The two rounds of the past year, relative to `now`: spring and autumn, both closed. */
function roundsBefore(now: Date, tenantId: string, createdBy: string): Round[] {
  const year = now.getUTCFullYear() - (now.getUTCMonth() < 11 ? 1 : 0);
  return [
    closedRound({ tenantId, createdBy, id: `voorjaar-${year}`, name: `Voorjaarsronde ${year}`, from: `${year}-02-01`, to: `${year}-03-31`, closedAt: `${year}-04-01T08:00:00.000Z` }),
    closedRound({ tenantId, createdBy, id: `najaar-${year}`, name: `Najaarsronde ${year}`, from: `${year}-09-01`, to: `${year}-10-31`, closedAt: `${year}-11-01T08:00:00.000Z` }),
  ];
}

export function generateDemoOrganisation(options: { seed: number; size: DemoSize; now: Date; tenantId?: string }): DemoOrganisation {
  const { size, now } = options;
  const tenantId = options.tenantId ?? DEMO_TENANT_ID;
  const r = random(options.seed);
  const pick = <T>(list: readonly T[]): T => pickFrom(r, list);
  const departments = departmentNames(Math.max(1, size.departments));
  const catalogue = HENDRIKS_CATALOGUE;
  let personCount = 0;
  const person = (fields: { jobTitle: string; department: string; managerId?: string }): Person => {
    const n = ++personCount;
    const first = pick(FIRST_NAMES);
    const last = pick(LAST_NAMES);
    const flemish = fields.department.includes('Vlaanderen') || r() < 0.12;
    // From a fixed day, not from `now`: the directory then says the same on every start.
    const joined = JOINED_BEFORE - Math.floor(r() * 25 * 365) * DAY;
    return {
      id: guid(1, n),
      tenantId,
      displayName: `${first} ${last}`,
      email: `${slug(first)}.${slug(last)}.${n}@koersdemo.example`,
      jobTitle: fields.jobTitle,
      department: fields.department,
      ...(fields.managerId ? { managerId: fields.managerId } : {}),
      locale: flemish ? 'nl-BE' : 'nl-NL',
      timeZone: flemish ? 'Europe/Brussels' : 'Europe/Amsterdam',
      workingHours: r() < 0.15 ? FOUR_DAYS : STANDARD_WEEK,
      joinedOn: civil(joined),
    };
  };

  const director = person({ jobTitle: 'Directeur', department: 'Directie' });
  const hr = person({ jobTitle: 'HR-adviseur', department: 'HR', managerId: director.id });
  const hrColleague = person({ jobTitle: 'HR-adviseur', department: 'HR', managerId: director.id });
  const managers: Person[] = [];
  for (let m = 0; m < size.managers; m++) {
    const department = departments[m % departments.length]!;
    const head = managers.find((x) => x.department === department);
    managers.push(person({ jobTitle: m % 3 === 0 ? 'Teamleider service' : 'Projectleider', department, managerId: head?.id ?? director.id }));
  }
  const employees: Person[] = [];
  for (let e = 0; e < size.employees; e++) {
    const manager = managers[e % managers.length] ?? director;
    const jobTitle = weighted(r, FUNCTION_MIX, (o) => o[0] as string);
    employees.push(person({ jobTitle, department: manager.department ?? 'Directie', managerId: manager.id }));
  }
  const people = [director, hr, hrColleague, ...managers, ...employees];
  const hrRole = KOERS_APP_ROLES.find((role) => role.role === 'hr')?.id ?? '';
  const roleAssignments: RoleAssignment[] = [hr, hrColleague].map((p) => ({ id: `demo-hr-${p.id}`, tenantId, principalId: p.id, appRoleId: hrRole }));

  const rounds = roundsBefore(now, tenantId, hr.id);
  const conversations: Conversation[] = [];
  const pops: Pop[] = [];
  const planned = [...managers, ...employees];
  let conversationCount = 0;
  for (const round of rounds) {
    const from = Date.parse(`${round.period.from}T00:00:00Z`);
    const span = Date.parse(`${round.period.to}T00:00:00Z`) - from;
    for (const employee of planned) {
      if (r() > 0.88 || !employee.managerId) continue;
      const n = ++conversationCount;
      const start = from + Math.floor((r() * span) / DAY) * DAY + (8 + Math.floor(r() * 8)) * 3_600_000;
      const at = new Date(start).toISOString();
      const conversation: Conversation = {
        id: `demo-gesprek-${n}`,
        tenantId,
        employeeId: employee.id,
        managerId: employee.managerId,
        kind: 'loopbaangesprek',
        status: 'gehouden',
        start: at,
        end: new Date(start + 3_600_000).toISOString(),
        completedAt: new Date(start + 3_600_000).toISOString(),
        completedBy: employee.managerId,
        createdAt: new Date(start - 16 * DAY).toISOString(),
        updatedAt: new Date(start + 3_600_000).toISOString(),
      };
      conversations.push(conversation);
      if (r() > 0.82) continue;
      const functionId = functionIdForJobTitle(catalogue.functions, employee.jobTitle) ?? 'monteur';
      const goals: PopGoalInput[] = [];
      const goalCount = 1 + Math.floor(r() * 3);
      for (let g = 0; g < goalCount; g++) {
        const [kind, route] = weighted(r, WISHES[functionId] ?? WISHES.monteur!, (o) => [o[0] as GoalKind, o[1] as GoalRoute] as const);
        const offer = catalogue.learning.filter((item) => item.forFunctionIds.includes(functionId) || item.forFunctionIds.length === 0);
        const outside = OUTSIDE_OFFER[route];
        const fromOffer = offer.length > 0 && (!outside || r() < 0.6) ? pick(offer) : undefined;
        const detail = fromOffer ? fromOffer.title : outside ? pick(outside) : '';
        goals.push({
          id: `doel-${g + 1}`,
          title: detail || `Ontwikkeldoel ${g + 1}`,
          kind,
          route,
          routeDetail: detail,
          ...(fromOffer ? { catalogueItemId: fromOffer.id } : {}),
          actions: ['Afspraken uitwerken met de leidinggevende'],
          successCriteria: ['Besproken in het vervolggesprek'],
          deadline: civil(start + 180 * DAY),
        });
      }
      const agreedAt = new Date(start + 5 * DAY).toISOString();
      let pop = createPop({ id: `demo-pop-${n}`, tenantId, employeeId: employee.id, managerId: employee.managerId }, goals, employee.id, agreedAt);
      const version = pop.versions[0]!;
      for (const by of [employee.id, employee.managerId]) pop = approvePop(pop, { version: 1, contentHash: version.contentHash, by, now: agreedAt });
      pops.push({ ...pop, conversationId: conversation.id });
    }
  }

  const wishTargets = ['werkvoorbereider', 'projectleider', 'teamleider-service', 'senior-monteur', 'planner'];
  const talent: TalentProfile[] = employees
    .filter(() => r() < 0.2)
    .map((p) => {
      const functionId = pick(wishTargets);
      return {
        tenantId,
        id: p.id,
        interests: [{ functionId, wish: r() < 0.6 ? ('doorgroeien' as const) : ('interesse' as const) }],
        showName: r() < 0.4,
        updatedAt: new Date(now.getTime() - Math.floor(r() * 200) * DAY).toISOString(),
      };
    });

  const organisation: OrganisationSettings = { ...SAMPLE_ORGANISATIONS.hendriks, id: tenantId, tenantId, name: 'Installatiegroep De Lage Landen (demo)' };
  const snapshots = rounds.map((round) => demoSnapshot({ tenantId, round, people, pops, talent, catalogue }));
  return { organisation, catalogue, people, roleAssignments, hr, rounds, conversations, pops, talent, snapshots };
}

/** The insight a round froze when it closed, as the round close computes it (insight service). */
function demoSnapshot(input: { tenantId: string; round: Round; people: readonly Person[]; pops: readonly Pop[]; talent: readonly TalentProfile[]; catalogue: Catalogue }): InsightSnapshot {
  const { round, catalogue } = input;
  const closedAt = round.closedAt ?? '';
  const popsOf = new Map<string, Pop[]>();
  for (const pop of input.pops) popsOf.set(pop.employeeId, [...(popsOf.get(pop.employeeId) ?? []), pop]);
  return computeInsightSnapshot({
    tenantId: input.tenantId,
    roundId: round.id,
    roundName: round.name,
    closedAt,
    people: insightPeople(roundMembers(round, input.people), (p) => functionIdForJobTitle(catalogue.functions, p.jobTitle)),
    agreedPlans: [...popsOf].flatMap(([employeeId, pops]) => {
      const goals = goalsAgreedBy(pops, closedAt);
      return goals ? [{ employeeId, goals }] : [];
    }),
    anonymousInterest: anonymousInterestOf(input.talent),
    functionIds: catalogue.functions.map((f) => f.id),
  });
}
