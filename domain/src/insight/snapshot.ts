import { z } from 'zod';
import { IsoDateTime } from '../conversation';
import { Guid } from '../people';
import { GOAL_KINDS, GOAL_ROUTES, type GoalKind, type GoalRoute, type PopGoal } from '../pop/schema';
import { goalLearningIds } from '../pop/learning';
import type { Pop } from '../records';
import { versionStatus } from '../pop/versions';
import type { TalentProfile } from './talentPool';
import { discloseGroups, HIDDEN_REASONS, K_ANONYMITY, type CountedGroup, type DisclosedGroup } from './kAnonymity';

/**
 * HR's anonymous insight, frozen when a conversation round closes: development wishes by kind and
 * route per department and function, learning asked for outside the organisation's offer, and
 * anonymous interest in functions (the talent pool). Only the disclosed figures are stored, never
 * the counts behind a hidden cell, and nothing is computed live: two moments cannot be subtracted.
 */

/** The routes that ask something of the learning offer; the others are arranged in the work itself. */
export const LEARNING_ROUTES = ['opleiding', 'coaching-leidinggevende', 'coaching-collega', 'meelopen'] as const satisfies readonly GoalRoute[];

export const kindAttribute = (kind: GoalKind) => `soort:${kind}`;
export const routeAttribute = (route: GoalRoute) => `route:${route}`;
export const outsideOfferAttribute = (route: GoalRoute) => `buiten-aanbod:${route}`;
export const interestAttribute = (functionId: string) => `interesse:${functionId}`;

export const WISH_ATTRIBUTES: readonly string[] = [
  ...GOAL_KINDS.map(kindAttribute),
  ...GOAL_ROUTES.map(routeAttribute),
  ...LEARNING_ROUTES.map(outsideOfferAttribute),
];

/** One person as insight sees them: where they sit, nothing else. */
export interface InsightPerson {
  id: string;
  /** The directory's department; absent: counted under "zonder afdeling". */
  department?: string;
  /** Their function in the function house; absent: counted under "andere functie". */
  functionId?: string;
}

/** The goals of one person's agreed plan, reduced to what insight reads. */
export interface AgreedGoals {
  employeeId: string;
  goals: readonly ({ kind: GoalKind; route: GoalRoute } & Pick<PopGoal, 'catalogueItemId' | 'learning'>)[];
}

/** An anonymous wish to move to a function (named wishes are shown by name, not counted here). */
export interface AnonymousInterest {
  employeeId: string;
  functionId: string;
}

export const InsightCell = z.union([z.object({ count: z.number().int().min(0) }).strict(), z.object({ hidden: z.enum(HIDDEN_REASONS) }).strict()]);

export const INSIGHT_LEVELS = ['organisatie', 'afdeling', 'functie'] as const;

export const InsightGroup = z
  .object({
    id: z.string().min(1).max(500),
    parentId: z.string().min(1).max(500).nullable(),
    level: z.enum(INSIGHT_LEVELS),
    /** '' for people without a department in the directory. */
    department: z.string().max(200).optional(),
    /** '' for people whose job title matches no function. */
    functionId: z.string().max(100).optional(),
    size: InsightCell,
    cells: z.record(z.string().max(200), InsightCell),
  })
  .strict();
export type InsightGroup = z.infer<typeof InsightGroup>;

export const InsightTable = z
  .object({
    /** Every column, in order: attribute ids such as `soort:mobiliteit` or `interesse:monteur`. */
    attributes: z.array(z.string().max(200)).max(2_000),
    groups: z.array(InsightGroup).max(20_000),
  })
  .strict();
export type InsightTable = z.infer<typeof InsightTable>;

export const InsightSnapshot = z
  .object({
    tenantId: Guid,
    /** The round's id: one snapshot per round, written when it closes. */
    id: z.string().min(1).max(100),
    roundName: z.string().max(200),
    closedAt: IsoDateTime,
    k: z.number().int().min(2),
    /** Over the people with an agreed plan. */
    wishes: InsightTable,
    /** Over everyone in the organisation: anonymous interest in a function. */
    talent: InsightTable,
  })
  .strict();
export type InsightSnapshot = z.infer<typeof InsightSnapshot>;

const ORGANISATION = 'organisatie';
const departmentGroupId = (department: string) => `afdeling:${JSON.stringify(department)}`;
const functionGroupId = (department: string, functionId: string) => `functie:${JSON.stringify([department, functionId])}`;

interface PlacedGroup extends CountedGroup {
  level: (typeof INSIGHT_LEVELS)[number];
  department?: string;
  functionId?: string;
}

/** The organisation, its departments and the functions within each, counting `attributesOf` each person. */
function countTree(people: readonly InsightPerson[], attributesOf: (person: InsightPerson) => ReadonlySet<string> | undefined): PlacedGroup[] {
  const groups = new Map<string, PlacedGroup & { counts: Record<string, number> }>();
  const bump = (group: PlacedGroup & { counts: Record<string, number> }, attributes: ReadonlySet<string>) => {
    group.size += 1;
    for (const a of attributes) group.counts[a] = (group.counts[a] ?? 0) + 1;
  };
  const groupFor = (id: string, make: () => PlacedGroup) => {
    let group = groups.get(id);
    if (!group) {
      group = { ...make(), counts: {} };
      groups.set(id, group);
    }
    return group;
  };
  const root = groupFor(ORGANISATION, () => ({ id: ORGANISATION, parentId: null, level: 'organisatie', size: 0, counts: {} }));
  const sorted = [...people].sort((a, b) => (a.department ?? '').localeCompare(b.department ?? '') || (a.functionId ?? '').localeCompare(b.functionId ?? ''));
  for (const person of sorted) {
    const attributes = attributesOf(person);
    if (!attributes) continue;
    const department = person.department ?? '';
    const functionId = person.functionId ?? '';
    const dept = groupFor(departmentGroupId(department), () => ({ id: departmentGroupId(department), parentId: ORGANISATION, level: 'afdeling', department, size: 0, counts: {} }));
    const fn = groupFor(functionGroupId(department, functionId), () => ({
      id: functionGroupId(department, functionId),
      parentId: dept.id,
      level: 'functie',
      department,
      functionId,
      size: 0,
      counts: {},
    }));
    for (const group of [root, dept, fn]) bump(group, attributes);
  }
  // Read as a table: the organisation, then each department followed by its functions. Parents
  // thereby come before their children, as discloseGroups wants.
  const order = { organisatie: 0, afdeling: 1, functie: 2 };
  return [...groups.values()].sort(
    (a, b) =>
      Number(b.level === 'organisatie') - Number(a.level === 'organisatie') ||
      (a.department ?? '').localeCompare(b.department ?? '', 'nl') ||
      order[a.level] - order[b.level] ||
      (a.functionId ?? '').localeCompare(b.functionId ?? ''),
  );
}

function disclosedTable(groups: readonly PlacedGroup[], attributes: readonly string[], k: number): InsightTable {
  const disclosed = new Map<string, DisclosedGroup>(discloseGroups(groups, attributes, k).map((g) => [g.id, g]));
  return {
    attributes: [...attributes],
    groups: groups.map((g) => {
      const d = disclosed.get(g.id);
      if (!d) throw new Error('every group is disclosed or hidden');
      return {
        id: g.id,
        parentId: g.parentId,
        level: g.level,
        ...(g.department !== undefined ? { department: g.department } : {}),
        ...(g.functionId !== undefined ? { functionId: g.functionId } : {}),
        size: d.size,
        cells: d.cells,
      };
    }),
  };
}

function wishAttributes(goals: AgreedGoals['goals']): Set<string> {
  const attributes = new Set<string>();
  for (const goal of goals) {
    attributes.add(kindAttribute(goal.kind));
    attributes.add(routeAttribute(goal.route));
    if ((LEARNING_ROUTES as readonly GoalRoute[]).includes(goal.route) && goalLearningIds(goal).length === 0) attributes.add(outsideOfferAttribute(goal.route));
  }
  return attributes;
}

export interface InsightInput {
  tenantId: string;
  roundId: string;
  roundName: string;
  closedAt: string;
  people: readonly InsightPerson[];
  /** The agreed plans (both approved) at the moment the round closes; at most one per person. */
  agreedPlans: readonly AgreedGoals[];
  anonymousInterest: readonly AnonymousInterest[];
  /** The functions people may show interest in, in the order the columns should have. */
  functionIds: readonly string[];
  k?: number;
}

/** The snapshot a closing round stores: only figures that pass k-anonymity, each empty cell with its reason. */
export function computeInsightSnapshot(input: InsightInput): InsightSnapshot {
  const k = input.k ?? K_ANONYMITY;
  const plans = new Map(input.agreedPlans.map((p) => [p.employeeId, p.goals]));
  const interest = new Map<string, Set<string>>();
  for (const i of input.anonymousInterest) {
    const set = interest.get(i.employeeId) ?? new Set<string>();
    set.add(interestAttribute(i.functionId));
    interest.set(i.employeeId, set);
  }
  const wishes = countTree(input.people, (p) => {
    const goals = plans.get(p.id);
    return goals ? wishAttributes(goals) : undefined;
  });
  const talent = countTree(input.people, (p) => interest.get(p.id) ?? new Set());
  return {
    tenantId: input.tenantId,
    id: input.roundId,
    roundName: input.roundName,
    closedAt: input.closedAt,
    k,
    wishes: disclosedTable(wishes, WISH_ATTRIBUTES, k),
    talent: disclosedTable(talent, input.functionIds.map(interestAttribute), k),
  };
}

/** What a list of closed rounds shows before one is opened. */
export const InsightSnapshotSummary = InsightSnapshot.pick({ id: true, roundName: true, closedAt: true });
export type InsightSnapshotSummary = z.infer<typeof InsightSnapshotSummary>;

export const InsightFilter = z
  .object({
    department: z.string().max(200).optional(),
    functionId: z.string().max(100).optional(),
    /** Which columns: development kinds, routes, or learning outside the offer. */
    columns: z.enum(['soort', 'route', 'buiten-aanbod']).optional(),
  })
  .strict();
export type InsightFilter = z.infer<typeof InsightFilter>;

/**
 * The rows and columns of a stored table a filter selects. Filters only choose among figures the
 * snapshot already disclosed; they never count again over a smaller set of people.
 */
export function filterInsightTable(table: InsightTable, filter: InsightFilter): InsightTable {
  const attributes = filter.columns ? table.attributes.filter((a) => a.startsWith(`${filter.columns}:`)) : table.attributes;
  const groups = table.groups
    .filter((g) => g.level === 'organisatie' || filter.department === undefined || g.department === filter.department)
    .filter((g) => filter.functionId === undefined || g.level !== 'functie' || g.functionId === filter.functionId)
    .map((g) => ({ ...g, cells: Object.fromEntries(attributes.map((a) => [a, g.cells[a] ?? { hidden: 'herleidbaar' as const }])) }));
  return { attributes, groups };
}

/**
 * The goals of the plan a person had agreed at `at`: of every version both signed by then, the
 * one signed last. A plan signed after the round closed belongs to the next round's insight.
 */
export function goalsAgreedBy(pops: readonly Pop[], at: string): AgreedGoals['goals'] | undefined {
  const cutoff = Date.parse(at);
  let best: { signed: number; goals: AgreedGoals['goals'] } | undefined;
  for (const pop of pops) {
    for (const version of pop.versions) {
      const { employee, manager } = version.approvals;
      if (versionStatus(version) !== 'goedgekeurd' || !employee || !manager) continue;
      const signed = Math.max(Date.parse(employee.at), Date.parse(manager.at));
      if (signed <= cutoff && (!best || signed > best.signed)) best = { signed, goals: version.goals };
    }
  }
  return best?.goals;
}

/** People as insight counts them: department from the directory, function as HR linked it (catalogue/personFunction.ts). */
export function insightPeople<P extends { id: string; department?: string }>(people: readonly P[], functionOf: (person: P) => string | undefined): InsightPerson[] {
  return people.map((p) => {
    const functionId = functionOf(p);
    return { id: p.id, ...(p.department ? { department: p.department } : {}), ...(functionId ? { functionId } : {}) };
  });
}

/** The talent-pool wishes insight may count: those whose owner did not choose to be seen by name. */
export function anonymousInterestOf(profiles: readonly TalentProfile[]): AnonymousInterest[] {
  return profiles.filter((p) => !p.showName).flatMap((p) => p.interests.map((i) => ({ employeeId: p.id, functionId: i.functionId })));
}

/** The function in the function house a directory job title names, matched without regard to case. */
export function functionIdForJobTitle(functions: readonly { id: string; jobTitles: readonly string[] }[], jobTitle: string | undefined): string | undefined {
  if (!jobTitle) return undefined;
  const wanted = jobTitle.trim().toLocaleLowerCase('nl');
  return functions.find((f) => f.jobTitles.some((t) => t.trim().toLocaleLowerCase('nl') === wanted))?.id;
}
