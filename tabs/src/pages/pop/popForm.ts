import type { GoalKind, GoalLearningItem, GoalRoute, PopGoal, PopRole, PopVersion, SmartFinding } from '@koers/domain';
import { checkSmart, formatDate, localDate, MAX_GOALS } from '@koers/domain';

/**
 * The POP editor's form, without React. Inputs hold text (a half-typed "12," budget or an empty
 * date is still a valid draft); `goalFromDraft` turns a draft into the wire goal, and
 * `draftProblems` says what must be fixed before it can be saved. The SMART check runs on the same
 * conversion, so a hint always describes what would be saved.
 */

export interface MilestoneDraft {
  id: string;
  title: string;
  /** "yyyy-mm-dd" or '' (no date). */
  due: string;
}

export interface GoalDraft {
  id: string;
  title: string;
  waarom: string;
  kind: GoalKind;
  route: GoalRoute;
  routeDetail: string;
  /** A plan stored before a goal could link several items: carried through untouched. */
  catalogueItemId?: string;
  /** The function house's function this goal works towards, with its name as agreed. */
  targetFunctionId?: string;
  targetFunctionName?: string;
  /** The library items linked, as GoalLinks made them (pop/learning.ts); undefined: none. */
  learning?: GoalLearningItem[];
  actions: string[];
  successCriteria: string[];
  acceptance: { employee: boolean; manager: boolean };
  realism: { checked: boolean; note: string };
  deadline: string;
  milestones: MilestoneDraft[];
  wat: string;
  hoe: string;
  wanneer: string;
  waar: string;
  budgetEuro: string;
  timeHours: string;
  middelenNote: string;
  begeleidingName: string;
  begeleidingPersonId?: string;
  inzetHours: string;
  voortgangsgesprekken: string[];
  ownerId?: string;
}

const numberText = (n: number | undefined) => (n === undefined ? '' : String(n));

export function draftFromGoal(goal: PopGoal): GoalDraft {
  return {
    id: goal.id,
    title: goal.title,
    waarom: goal.waarom ?? '',
    kind: goal.kind,
    route: goal.route,
    routeDetail: goal.routeDetail,
    catalogueItemId: goal.catalogueItemId,
    targetFunctionId: goal.targetFunctionId,
    targetFunctionName: goal.targetFunctionName,
    learning: goal.learning?.map((item) => ({ ...item })),
    actions: [...goal.actions],
    successCriteria: [...goal.successCriteria],
    acceptance: { ...goal.acceptance },
    realism: { ...goal.realism },
    deadline: goal.deadline ?? '',
    milestones: goal.milestones.map((m) => ({ id: m.id, title: m.title, due: m.due ?? '' })),
    wat: goal.wat,
    hoe: goal.hoe,
    wanneer: goal.wanneer,
    waar: goal.waar,
    budgetEuro: numberText(goal.middelen.budgetEuro),
    timeHours: numberText(goal.middelen.timeHours),
    middelenNote: goal.middelen.note,
    begeleidingName: goal.begeleiding.name,
    begeleidingPersonId: goal.begeleiding.personId,
    inzetHours: numberText(goal.inzetHours),
    voortgangsgesprekken: [...goal.voortgangsgesprekken],
    ownerId: goal.ownerId,
  };
}

export function draftsFromVersion(version: PopVersion): GoalDraft[] {
  return version.goals.map(draftFromGoal);
}

/** A new, empty goal, carried by the employee: it is their development. */
export function newGoal(id: string, employeeId: string): GoalDraft {
  return draftFromGoal({
    id,
    title: '',
    kind: 'verdiepen',
    route: 'opleiding',
    routeDetail: '',
    actions: [],
    successCriteria: [],
    acceptance: { employee: false, manager: false },
    realism: { checked: false, note: '' },
    milestones: [],
    wat: '',
    hoe: '',
    wanneer: '',
    waar: '',
    middelen: { note: '' },
    begeleiding: { name: '' },
    voortgangsgesprekken: [],
    ownerId: employeeId,
  });
}

export function canAddGoal(goals: readonly GoalDraft[]): boolean {
  return goals.length < MAX_GOALS;
}

/** "12", "12,5" and "12.5" are numbers; '' is "not given"; anything else is NaN. */
export function parseAmount(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : Number.NaN;
}

const filled = (items: readonly string[]) => items.map((s) => s.trim()).filter((s) => s !== '');
const validNumber = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? undefined : n);

/** The goal as it would be saved: trimmed, empty list items and empty dates left out. */
export function goalFromDraft(draft: GoalDraft): PopGoal {
  const budget = validNumber(parseAmount(draft.budgetEuro));
  return {
    id: draft.id,
    title: draft.title.trim(),
    ...(draft.waarom.trim() ? { waarom: draft.waarom.trim() } : {}),
    kind: draft.kind,
    route: draft.route,
    routeDetail: draft.routeDetail.trim(),
    ...(draft.catalogueItemId ? { catalogueItemId: draft.catalogueItemId } : {}),
    ...(draft.targetFunctionId ? { targetFunctionId: draft.targetFunctionId } : {}),
    ...(draft.targetFunctionId && draft.targetFunctionName ? { targetFunctionName: draft.targetFunctionName } : {}),
    ...(draft.learning ? { learning: draft.learning.map((item) => ({ ...item })) } : {}),
    actions: filled(draft.actions),
    successCriteria: filled(draft.successCriteria),
    acceptance: { ...draft.acceptance },
    realism: { checked: draft.realism.checked, note: draft.realism.note.trim() },
    ...(draft.deadline ? { deadline: draft.deadline } : {}),
    milestones: draft.milestones
      .filter((m) => m.title.trim() !== '')
      .map((m) => ({ id: m.id, title: m.title.trim(), ...(m.due ? { due: m.due } : {}) })),
    wat: draft.wat.trim(),
    hoe: draft.hoe.trim(),
    wanneer: draft.wanneer.trim(),
    waar: draft.waar.trim(),
    middelen: {
      ...(budget !== undefined ? { budgetEuro: budget } : {}),
      ...(validNumber(parseAmount(draft.timeHours)) !== undefined ? { timeHours: validNumber(parseAmount(draft.timeHours)) } : {}),
      note: draft.middelenNote.trim(),
    },
    begeleiding: { ...(draft.begeleidingPersonId ? { personId: draft.begeleidingPersonId } : {}), name: draft.begeleidingName.trim() },
    ...(validNumber(parseAmount(draft.inzetHours)) !== undefined ? { inzetHours: validNumber(parseAmount(draft.inzetHours)) } : {}),
    voortgangsgesprekken: draft.voortgangsgesprekken.filter((d) => d !== ''),
    ...(draft.ownerId ? { ownerId: draft.ownerId } : {}),
  };
}

/** What blocks a save: the field and why (the tab's catalogue has a sentence per reason). */
export type DraftProblem =
  | { field: 'title'; reason: 'required' }
  | { field: 'budgetEuro'; reason: 'whole-euros' }
  | { field: 'timeHours' | 'inzetHours'; reason: 'hours' }
  | { field: `milestones.${number}.title`; reason: 'milestone-title' };

export function draftProblems(draft: GoalDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (draft.title.trim() === '') problems.push({ field: 'title', reason: 'required' });
  const budget = parseAmount(draft.budgetEuro);
  if (budget !== undefined && (!Number.isInteger(budget) || budget > 1_000_000)) problems.push({ field: 'budgetEuro', reason: 'whole-euros' });
  for (const field of ['timeHours', 'inzetHours'] as const) {
    const hours = parseAmount(draft[field]);
    if (hours !== undefined && (Number.isNaN(hours) || hours > 2000)) problems.push({ field, reason: 'hours' });
  }
  draft.milestones.forEach((m, index) => {
    // A date without a title would silently disappear on saving.
    if (m.title.trim() === '' && m.due !== '') problems.push({ field: `milestones.${index}.title`, reason: 'milestone-title' });
  });
  return problems;
}

const same = (a: GoalDraft | undefined, b: GoalDraft | undefined) =>
  JSON.stringify(a && goalFromDraft(a)) === JSON.stringify(b && goalFromDraft(b));

/** Unsaved: the goals as they would be saved differ from the stored ones (order counts). */
export function isDirty(base: readonly GoalDraft[], draft: readonly GoalDraft[]): boolean {
  return base.length !== draft.length || base.some((goal, i) => !same(goal, draft[i]));
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const equal = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Three-way merge of one value: what changed only on one side wins; changed on both, objects merge
 * per field (so my note and their tick both stay) and anything else keeps mine.
 */
function merge3(base: unknown, mine: unknown, theirs: unknown): unknown {
  if (equal(mine, base)) return theirs;
  if (equal(theirs, base)) return mine;
  if (isPlainObject(base) && isPlainObject(mine) && isPlainObject(theirs)) {
    const keys = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)]);
    const merged: Record<string, unknown> = {};
    for (const key of keys) {
      const value = merge3(base[key], mine[key], theirs[key]);
      if (value !== undefined) merged[key] = value;
    }
    return merged;
  }
  return mine;
}

/**
 * After the plan changed elsewhere (a 412, or the answer of a save made while typing on): start
 * from `latest` and keep everything this person added, changed or removed since `base`, so nothing
 * typed here is lost. Within a goal changed on both sides the fields merge: my text stays, and so
 * does the other's tick on a field I did not touch; where both changed the same field, mine stays
 * (it is unsaved, and the other's text is in the history).
 */
export function rebase(base: readonly GoalDraft[], draft: readonly GoalDraft[], latest: readonly GoalDraft[]): GoalDraft[] {
  const baseById = new Map(base.map((g) => [g.id, g]));
  const draftById = new Map(draft.map((g) => [g.id, g]));
  const result: GoalDraft[] = [];
  for (const theirs of latest) {
    const before = baseById.get(theirs.id);
    const mine = draftById.get(theirs.id);
    if (!before) result.push(mine ?? theirs);
    else if (!mine) {
      // Removed here: stays removed unless the other changed it meanwhile.
      if (!same(before, theirs)) result.push(theirs);
    } else result.push(merge3(before, mine, theirs) as GoalDraft);
  }
  const inLatest = new Set(latest.map((g) => g.id));
  for (const mine of draft) if (!inLatest.has(mine.id) && !baseById.has(mine.id)) result.push(mine);
  return result;
}

/** Each party ticks only their own "staat erachter": the other's tick is never changed here. */
export function setOwnAcceptance(goal: GoalDraft, role: PopRole, accepted: boolean): GoalDraft {
  return { ...goal, acceptance: { ...goal.acceptance, [role]: accepted } };
}

/** Today in the person's time zone, as the SMART check wants it. */
export function today(now: Date, timeZone: string): string {
  return formatDate(localDate(now, timeZone));
}

/** The live SMART findings of a goal being edited (SmartHints words them). */
export function smartHints(draft: GoalDraft, todayYmd: string): SmartFinding[] {
  return checkSmart(goalFromDraft(draft), { today: todayYmd });
}

/** What the approve button may do for this person on the version shown. */
export type ApproveState = 'can-approve' | 'unsaved' | 'approved-by-me' | 'invalid';

export function approveState(version: PopVersion, role: PopRole, dirty: boolean): ApproveState {
  if (version.approvals[role]?.contentHash === version.contentHash) return 'approved-by-me';
  if (dirty) return 'unsaved';
  if (version.goals.length === 0) return 'invalid';
  return 'can-approve';
}
