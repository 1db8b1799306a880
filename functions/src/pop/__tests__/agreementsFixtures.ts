/** Approved sample plans for the PDF tests: Ahmed Yilmaz and his manager Jeroen Hendriks (SAMPLE-ORG.md). */
import { SAMPLE_ORGANISATIONS, SAMPLE_PEOPLE } from '@koers/app';
import {
  approvePop,
  createPop,
  currentVersion,
  MAX_GOALS,
  MAX_ITEM_TEXT,
  MAX_LIST_ITEMS,
  MAX_LONG_TEXT,
  MAX_MILESTONES,
  MAX_SHORT_TEXT,
  toPersonSummary,
  type AgreementsPdfInput,
  type FollowUpRhythm,
  type Locale,
  type PersonSummary,
  type PopGoalInput,
} from '@koers/domain';

export const AHMED = toPersonSummary(SAMPLE_PEOPLE.ahmed);
export const JEROEN = toPersonSummary(SAMPLE_PEOPLE.jeroen);
export const WOUT = toPersonSummary(SAMPLE_PEOPLE.wout);
export const AN = toPersonSummary(SAMPLE_PEOPLE.an);

/** 10:12 and 14:40 in Amsterdam (and Brussels): winter time, UTC+1. */
export const EMPLOYEE_APPROVED_AT = '2026-12-08T09:12:00.000Z';
export const MANAGER_APPROVED_AT = '2026-12-08T13:40:00.000Z';
export const GENERATED_AT = '2026-12-09T07:05:00.000Z';

export const ahmedGoals: PopGoalInput[] = [
  {
    id: 'offertes',
    title: 'Zelfstandig offertes voor zorginstellingen opstellen',
    kind: 'verbreden',
    route: 'meelopen',
    routeDetail: 'met Linda de Wit bij offertegesprekken',
    actions: ['Drie keer meelopen bij een offertegesprek', 'Twee offertes zelf schrijven, Linda leest mee'],
    successCriteria: ['In juni 2027 heb ik twee offertes zelfstandig verstuurd, zonder correcties goedgekeurd'],
    acceptance: { employee: true, manager: true },
    realism: { checked: true, note: 'Past naast het project Zuiderpark, vier uur per week' },
    deadline: '2027-06-30',
    milestones: [{ id: 'm1', title: 'Eerste offerte verstuurd', due: '2027-03-01' }],
    wat: 'Offertes voor installaties in zorginstellingen',
    hoe: 'Eerst meelopen, daarna zelf schrijven met feedback',
    wanneer: 'Vanaf januari, op dinsdagmiddag',
    waar: 'Kantoor Eindhoven en bij de klant',
    middelen: { budgetEuro: 1500, timeHours: 40, note: 'Cursus calculeren bij de brancheorganisatie' },
    begeleiding: { name: 'Linda de Wit' },
    inzetHours: 60,
    voortgangsgesprekken: ['2027-02-15', '2027-05-15'],
    ownerId: AHMED.id,
  },
  {
    id: 'bim',
    title: 'BIM-modellen lezen en controleren',
    kind: 'verdiepen',
    route: 'opleiding',
    routeDetail: 'Basiscursus Revit MEP',
    actions: ['Basiscursus Revit MEP volgen', 'Bij twee projecten het model controleren met de tekenaar'],
    successCriteria: ['Certificaat behaald', 'Twee controles zonder hulp uitgevoerd vóór oktober 2027'],
    acceptance: { employee: true, manager: true },
    realism: { checked: true, note: '' },
    deadline: '2027-10-01',
    milestones: [],
    ownerId: AHMED.id,
  },
  {
    id: 'oplevering',
    title: 'Coördinatie van de oplevering bij één project overnemen',
    kind: 'doorgroeien',
    route: 'coaching-leidinggevende',
    actions: ['Het opleverdossier van het project Zuiderpark samenstellen', 'De eindinspectie met de klant voorzitten'],
    successCriteria: ['De klant tekent het proces-verbaal van oplevering zonder restpunten van onze kant'],
    acceptance: { employee: true, manager: true },
    realism: { checked: true, note: '' },
    deadline: '2027-12-15',
    milestones: [{ id: 'm1', title: 'Opleverdossier compleet', due: '2027-11-01' }],
    ownerId: AHMED.id,
  },
];

export function approvedInput(options: {
  goals: readonly PopGoalInput[];
  employee?: PersonSummary;
  manager?: PersonSummary;
  locale?: Locale;
  organisation?: 'hendriks' | 'peeters';
  /** The follow-up rhythm both agree with the goals. */
  rhythm?: FollowUpRhythm;
}): AgreementsPdfInput {
  const employee = options.employee ?? AHMED;
  const manager = options.manager ?? JEROEN;
  const org = SAMPLE_ORGANISATIONS[options.organisation ?? 'hendriks'];
  const base = { id: 'pop-1', tenantId: org.tenantId, employeeId: employee.id, managerId: manager.id };
  let pop = createPop(base, options.goals, manager.id, '2026-12-01T10:00:00.000Z', options.rhythm);
  const draft = currentVersion(pop);
  pop = approvePop(pop, { version: draft.number, contentHash: draft.contentHash, by: employee.id, now: EMPLOYEE_APPROVED_AT });
  pop = approvePop(pop, { version: draft.number, contentHash: draft.contentHash, by: manager.id, now: MANAGER_APPROVED_AT });
  return {
    pop,
    version: currentVersion(pop),
    employee,
    manager,
    organisationName: org.name,
    locale: options.locale ?? org.locale,
    generatedAt: GENERATED_AT,
    timeZone: org.timeZone,
  };
}

/** Dutch words, diacritics included, repeated to exactly `length` characters. */
function filler(length: number, seed: string): string {
  const words = `${seed} ideeën reünie café coördinatie overleg planning werkvoorbereiding installatie onderhoud`;
  let text = words;
  while (text.length < length) text += ` ${words}`;
  return text.slice(0, length).trimEnd().padEnd(length, 'x');
}

/** Every field at the schema's limit: the PDF must still be one page. */
export function maximalGoals(makeText: (length: number, seed: string) => string = filler): PopGoalInput[] {
  return Array.from({ length: MAX_GOALS }, (_, g): PopGoalInput => ({
    id: `doel-${g + 1}`,
    title: makeText(MAX_SHORT_TEXT, `Doelmarker${g + 1}`),
    kind: 'doorgroeien',
    route: 'coaching-leidinggevende',
    routeDetail: makeText(MAX_SHORT_TEXT, 'route'),
    actions: Array.from({ length: MAX_LIST_ITEMS }, (_, i) => makeText(MAX_ITEM_TEXT, `actie${i + 1}`)),
    successCriteria: Array.from({ length: MAX_LIST_ITEMS }, (_, i) => makeText(MAX_ITEM_TEXT, `criterium${i + 1}`)),
    acceptance: { employee: true, manager: true },
    realism: { checked: true, note: makeText(MAX_LONG_TEXT, 'haalbaar') },
    deadline: '2028-12-31',
    milestones: Array.from({ length: MAX_MILESTONES }, (_, i) => ({ id: `m${i + 1}`, title: makeText(MAX_ITEM_TEXT, `mijlpaal${i + 1}`), due: '2028-06-30' })),
    wat: makeText(MAX_LONG_TEXT, 'wat'),
    hoe: makeText(MAX_LONG_TEXT, 'hoe'),
    wanneer: makeText(MAX_SHORT_TEXT, 'wanneer'),
    waar: makeText(MAX_SHORT_TEXT, 'waar'),
    middelen: { budgetEuro: 1_000_000, timeHours: 2000, note: makeText(MAX_SHORT_TEXT, 'middelen') },
    begeleiding: { name: makeText(MAX_SHORT_TEXT, 'begeleider') },
    inzetHours: 2000,
    voortgangsgesprekken: Array.from({ length: MAX_MILESTONES }, (_, i) => `2028-${String(i + 1).padStart(2, '0')}-15`),
    ownerId: AHMED.id,
  }));
}
