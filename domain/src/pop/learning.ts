import { costForEmployee, netCost } from '../catalogue/rules';
import type { Catalogue, JobFunction, LearningItem } from '../catalogue/schema';
import type { CardLinkResolver } from './draft';
import type { GoalLearningItem, PopGoal } from './schema';

/**
 * A goal's links into the learning offer: the item as both agree on it, what it asks in hours,
 * and what it costs the employee. Training for a certificate the employee's own function
 * requires is free for them and happens in working time (NL: art. 7:611a BW); the rest is paid
 * from the budget the goal grants, after the sector fund's part, and the employee pays what the
 * budget leaves.
 */

/** The library item as a goal records it, for an employee in `employeeFunction` (unknown: nothing counts as required). */
export function goalLearningItem(item: LearningItem, employeeFunction: Pick<JobFunction, 'mandatoryCertificateIds'> | undefined): GoalLearningItem {
  return {
    id: item.id,
    title: item.title,
    provider: item.provider,
    hours: item.hours,
    costEuro: netCost(item),
    ...(item.funding ? { fund: item.funding.scheme } : {}),
    requiredForJob: costForEmployee(item, employeeFunction) === 'free-required',
    ...(item.trainingDays === undefined ? {} : { trainingDays: item.trainingDays }),
  };
}

/** The ids of the library items a goal links, the one a plan stored before lists existed first. */
export function goalLearningIds(goal: Pick<PopGoal, 'catalogueItemId' | 'learning'>): string[] {
  const ids = [...(goal.catalogueItemId ? [goal.catalogueItemId] : []), ...(goal.learning ?? []).map((i) => i.id)];
  return [...new Set(ids)];
}

export interface LearningLoad {
  /** All hours the linked items take. */
  hours: number;
  /** Of which for training the job requires: to be given in working time. */
  requiredHours: number;
  /** What the items cost after the funds, leaving out required training (the employer's). */
  costEuro: number;
  /** What is left for the employee after the goal's budget. */
  employeeCostEuro: number;
}

export function learningLoad(goal: Pick<PopGoal, 'learning' | 'middelen'>): LearningLoad {
  const items = goal.learning ?? [];
  const sum = (list: readonly GoalLearningItem[], of: (i: GoalLearningItem) => number) => list.reduce((total, i) => total + of(i), 0);
  const optional = items.filter((i) => !i.requiredForJob);
  const costEuro = sum(optional, (i) => i.costEuro);
  return {
    hours: sum(items, (i) => i.hours),
    requiredHours: sum(
      items.filter((i) => i.requiredForJob),
      (i) => i.hours,
    ),
    costEuro,
    employeeCostEuro: Math.max(0, costEuro - (goal.middelen.budgetEuro ?? 0)),
  };
}

/**
 * What a Koerskaart card's link means in a goal: the target function by its current name, the
 * learning item as `goalLearningItem` records it. What the catalogue no longer has is left out.
 */
export function cardLinkResolver(catalogue: Catalogue, employeeFunction: Pick<JobFunction, 'mandatoryCertificateIds' | 'level'> | undefined): CardLinkResolver {
  return (link) => {
    const fn = catalogue.functions.find((f) => f.id === link.targetFunctionId);
    const item = catalogue.learning.find((i) => i.id === link.learningItemId);
    // A function higher in the house than the own one is doorgroeien, whatever the card's words suggest.
    const higher = fn !== undefined && employeeFunction?.level !== undefined && fn.level > employeeFunction.level;
    return {
      ...(fn ? { targetFunctionId: fn.id, targetFunctionName: fn.name } : {}),
      ...(higher ? { kind: 'doorgroeien' as const } : {}),
      ...(item ? { learning: [goalLearningItem(item, employeeFunction)] } : {}),
    };
  };
}
