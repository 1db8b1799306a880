import { formatDate, parseDate } from '../booking/zonedTime';
import { learningLoad } from './learning';
import type { PopGoal } from './schema';

/**
 * The SMART check (Specifiek, Meetbaar, Acceptabel, Realistisch, Tijdsgebonden), run
 * live while typing. Deterministic rules over the goal's fields — no AI, and it judges the wording
 * of a goal, never the person. Each finding names the field it is about, so the tab can put the
 * hint next to it; the tab words it (`pop.smartHint.<code>` in @koers/texts).
 */

export const SMART_CODES = [
  'no-action',
  'no-criterion',
  'vague-title',
  'vague-criterion',
  'not-accepted',
  'no-realism-check',
  'no-deadline',
  'deadline-past',
  'deadline-too-far',
  'milestone-after-deadline',
  'learning-hours-before-deadline',
  'required-training-in-working-time',
  'learning-hours-unplanned',
  'learning-cost-uncovered',
  'no-owner',
] as const;
export type SmartCode = (typeof SMART_CODES)[number];

/** Which SMART letter a rule belongs to, so the tab can group the hints. */
export const SMART_LETTER: Record<SmartCode, 'S' | 'M' | 'A' | 'R' | 'T'> = {
  'no-action': 'S',
  'no-owner': 'S',
  'vague-title': 'S',
  'no-criterion': 'M',
  'vague-criterion': 'M',
  'not-accepted': 'A',
  'no-realism-check': 'R',
  'learning-hours-before-deadline': 'R',
  'required-training-in-working-time': 'R',
  'learning-hours-unplanned': 'R',
  'learning-cost-uncovered': 'R',
  'no-deadline': 'T',
  'deadline-past': 'T',
  'deadline-too-far': 'T',
  'milestone-after-deadline': 'T',
};

export interface SmartFinding {
  code: SmartCode;
  /** The goal field the finding is about: "title", "successCriteria.1", "milestones.0.due". */
  field: string;
}

/**
 * How far ahead a deadline may lie: the employee prepares by looking three to five years ahead,
 * a POP goal looks at most three.
 */
export const MAX_DEADLINE_YEARS = 3;

/**
 * Learning hours a week that still fit next to the job: one working day. More than that before
 * the deadline is a plan on paper.
 */
export const MAX_LEARNING_HOURS_PER_WEEK = 8;

function daysBetween(from: string, to: string): number {
  const day = (ymd: string) => {
    const d = parseDate(ymd);
    return Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
  };
  return day(to) - day(from);
}

/**
 * Words that say "some change" without saying how much. Deliberately short: a false hint while
 * typing annoys more than a missed one ("wat" is left out: "wat ik wil leren" is not vague). Matched as whole words (and the listed
 * stems as word starts), lower-cased, so "meelopen" is not "meer" and "betere" is "beter".
 */
const VAGUE_WORDS = [
  // nl
  'beter', 'betere', 'meer', 'minder', 'veel', 'vaker', 'goed', 'goede', 'sterker', 'proberen', 'misschien',
  // en
  'better', 'more', 'less', 'fewer', 'good', 'stronger', 'try', 'maybe', 'some', 'somewhat',
];
const VAGUE_STEMS = ['verbeter', 'vergro', 'verhoog', 'versterk', 'optimalis', 'improv', 'increas', 'enhanc', 'optimi'];
const VAGUE_PHRASES = ['zo veel mogelijk', 'zoveel mogelijk', 'werken aan', 'as much as possible', 'work on'];

/** A digit or a written number makes a statement countable ("twee presentaties", "three talks"). */
const NUMBER_WORDS = [
  'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'twaalf', 'twintig', 'honderd', 'alle', 'elke', 'iedere', 'wekelijks', 'maandelijks', 'dagelijks',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'twenty', 'hundred', 'all', 'every', 'each', 'weekly', 'monthly', 'daily',
];

function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** True when the text uses a vague word and gives no number to make it concrete. */
export function isVague(text: string): boolean {
  const lower = ` ${words(text).join(' ')} `;
  const tokens = words(text);
  if (/\p{N}/u.test(text) || tokens.some((t) => NUMBER_WORDS.includes(t))) return false;
  return (
    tokens.some((t) => VAGUE_WORDS.includes(t) || VAGUE_STEMS.some((stem) => t.startsWith(stem))) ||
    VAGUE_PHRASES.some((phrase) => lower.includes(` ${phrase} `))
  );
}

/** "yyyy-mm-dd" plus whole years; 29 February falls back to the 28th in a non-leap year. */
function addYears(ymd: string, years: number): string {
  const d = parseDate(ymd);
  const year = d.year + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = d.month === 2 && d.day === 29 && !leap ? 28 : d.day;
  return formatDate({ year, month: d.month, day });
}

export interface SmartContext {
  /** Today as "yyyy-mm-dd" in the user's time zone (the caller reads the clock, e.g. localDate(now, tz)). */
  today: string;
}

/**
 * The SMART findings of one goal, in a fixed order (S, M, A, R, T, the linked learning, owner), so the hints do not jump
 * around while typing. An empty list means the goal reads as SMART.
 */
export function checkSmart(goal: PopGoal, { today }: SmartContext): SmartFinding[] {
  const findings: SmartFinding[] = [];
  const add = (code: SmartCode, field: string) => findings.push({ code, field });
  // Dates are "yyyy-mm-dd", so comparing the strings compares the days; a malformed today throws.
  parseDate(today);

  const actions = goal.actions.filter((a) => a.trim() !== '');
  const criteria = goal.successCriteria.map((text, index) => ({ text, index })).filter((c) => c.text.trim() !== '');
  const measurable = criteria.filter((c) => !isVague(c.text));

  if (actions.length === 0) add('no-action', 'actions');
  if (criteria.length === 0) add('no-criterion', 'successCriteria');
  // A vague title is fine once a measurable criterion says what "beter" means.
  if (isVague(goal.title) && measurable.length === 0) add('vague-title', 'title');
  for (const c of criteria) if (isVague(c.text)) add('vague-criterion', `successCriteria.${c.index}`);

  if (!goal.acceptance.employee || !goal.acceptance.manager) add('not-accepted', 'acceptance');
  if (!goal.realism.checked) add('no-realism-check', 'realism');

  if (!goal.deadline) add('no-deadline', 'deadline');
  else if (goal.deadline < today) add('deadline-past', 'deadline');
  else if (goal.deadline > addYears(today, MAX_DEADLINE_YEARS)) add('deadline-too-far', 'deadline');
  if (goal.deadline) {
    const deadline = goal.deadline;
    goal.milestones.forEach((m, index) => {
      if (m.due && m.due > deadline) add('milestone-after-deadline', `milestones.${index}.due`);
    });
  }

  const load = learningLoad(goal);
  if (load.hours > 0) {
    // Realistic in time: the linked learning fits before the deadline, at a working day a week at most.
    if (goal.deadline && goal.deadline >= today && load.hours > (Math.max(1, daysBetween(today, goal.deadline)) / 7) * MAX_LEARNING_HOURS_PER_WEEK) {
      add('learning-hours-before-deadline', 'deadline');
    }
    const granted = goal.middelen.timeHours ?? 0;
    // Required training happens in working time: the hours granted cover it first.
    if (load.requiredHours > granted) add('required-training-in-working-time', 'timeHours');
    else if (load.hours - load.requiredHours > granted - load.requiredHours + (goal.inzetHours ?? 0)) add('learning-hours-unplanned', 'timeHours');
  }
  if (load.employeeCostEuro > 0) add('learning-cost-uncovered', 'budgetEuro');

  if (!goal.ownerId) add('no-owner', 'ownerId');
  return findings;
}

/** The findings of every goal of a plan, keyed by goal id (goals without findings are left out). */
export function checkSmartAll(goals: readonly PopGoal[], context: SmartContext): Record<string, SmartFinding[]> {
  const result: Record<string, SmartFinding[]> = {};
  for (const goal of goals) {
    const findings = checkSmart(goal, context);
    if (findings.length > 0) result[goal.id] = findings;
  }
  return result;
}
