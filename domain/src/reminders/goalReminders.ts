import { addDays, formatDate, isoWeekday, localDate, parseDate, startOfLocalDay, type CivilDate } from '../booking/zonedTime';
import type { OrganisationSettings } from '../organisation';
import type { Person } from '../people';
import { latestApprovedVersion, PopError, textHash } from '../pop/versions';
import type { Milestone, PopGoal, PopVersion, ProgressStatus } from '../pop/schema';
import type { Pop, Reminder } from '../records';
import { checkInMoments, daysBeforeMoments, DEFAULT_DAYS_BEFORE, snoozeUntil, type SnoozeChoice } from './cadence';
import { CadenceDays, ReminderPreferences, type FollowUpAbout, type GoalDueKind, type GoalReminderAbout, type GoalReminderPreference } from './goalSchema';
import { nextSendMoment, workingDayOnOrBefore, workingWindow, type RecipientCalendar } from './quietHours';

/**
 * POP follow-up reminders, for the plan as last agreed by both (latestApprovedVersion:
 * while a revision is being drafted the agreed plan still stands): a week and a day before each
 * milestone and the deadline, a check-in at a cadence per goal, and the agreed voortgangsgesprek
 * dates. Goals that are 'afgerond' get nothing. Pure; all moments go through the recipient's
 * quiet hours, part-time days and holidays, and the dispatcher bundles them (one card a day).
 */

export const GOAL_REMINDER_KIND = 'goal';
export const FOLLOW_UP_KIND = 'follow-up';
export const DIGEST_KIND = 'manager-digest';

export interface GoalReminderSettings {
  /** The organisation's check-in cadence in days (monthly by default). */
  cadenceDays: number;
  daysBefore: readonly number[];
  /** The digest's "no check-in for long": more than this many cadence periods. */
  staleCadences: number;
}

/**
 * The organisation's settings with the defaults filled in: a check-in every 30 days, reminders a
 * week and a day before, and "no check-in for long" after two missed check-ins.
 */
export function goalReminderSettings(org: Partial<Pick<OrganisationSettings, 'checkInCadenceDays' | 'reminderDaysBefore' | 'digestStaleCadences'>> | undefined): GoalReminderSettings {
  return {
    cadenceDays: org?.checkInCadenceDays ?? 30,
    daysBefore: org?.reminderDaysBefore ?? DEFAULT_DAYS_BEFORE,
    staleCadences: org?.digestStaleCadences ?? 2,
  };
}

/** The cadence of one goal: its own, else the plan's, else the organisation's; and whether it is paused. */
export function goalCadence(pop: Pop, goalId: string, settings: GoalReminderSettings): { everyDays: number; paused: boolean } {
  const prefs = pop.reminderPreferences;
  const own = prefs?.goals.find((g) => g.goalId === goalId);
  return { everyDays: own?.cadenceDays ?? prefs?.cadenceDays ?? settings.cadenceDays, paused: own?.paused ?? false };
}

function statusOf(pop: Pop, goalId: string): ProgressStatus {
  return pop.progress.find((p) => p.goalId === goalId)?.status ?? 'niet-gestart';
}

/** When both had approved this version: the later of the two approvals. */
function agreedAt(version: PopVersion): string {
  const times = [version.approvals.employee?.at, version.approvals.manager?.at].filter((t): t is string => t !== undefined);
  return times.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b), version.createdAt);
}

/** Check-ins count from the agreement or the goal's last progress update, whichever is later. */
export function checkInAnchor(pop: Pop, version: PopVersion, goalId: string): string {
  const agreed = agreedAt(version);
  const last = pop.progress.find((p) => p.goalId === goalId)?.updatedAt;
  return last && Date.parse(last) > Date.parse(agreed) ? new Date(Date.parse(last)).toISOString() : new Date(Date.parse(agreed)).toISOString();
}

/** Bounded look-ahead: a goal without a deadline gets check-ins for a year; every POP write renews it. */
const HORIZON_DAYS = 365;
const MAX_CHECK_INS_PER_GOAL = 12;

/**
 * The stable id of a goal reminder occurrence: everything that decides it (goal, what, date,
 * offset, cadence, anchor, day) hashed into a short key, so re-scheduling the same plan writes
 * the same ids and a change of any of those gives new ones (the old ones are skipped).
 */
export function goalReminderId(about: GoalReminderAbout, dueAt: string): string {
  const key = [about.goalId, about.what, about.milestoneId ?? '', about.due ?? '', about.daysBefore ?? '', about.everyDays ?? '', about.anchor ?? '', dueAt.slice(0, 10)].join('\u0001');
  return `${GOAL_REMINDER_KIND}|${about.popId}|${textHash(key)}`;
}

export function followUpId(popId: string, date: string, recipientId: string): string {
  return `${FOLLOW_UP_KIND}|${popId}|${date}|${recipientId}`;
}

function goalOccurrence(pop: Pop, about: GoalReminderAbout, dueAt: string): Reminder {
  return { id: goalReminderId(about, dueAt), tenantId: pop.tenantId, recipientId: pop.employeeId, kind: GOAL_REMINDER_KIND, subjectId: pop.id, dueAt, state: 'due', attempts: 0, about };
}

/** Every future goal reminder occurrence of a plan, for its employee. Empty before the first agreement. */
export function goalReminders(input: { pop: Pop; calendar: RecipientCalendar; settings: GoalReminderSettings; now: string }): Reminder[] {
  const { pop, calendar, settings, now } = input;
  const version = latestApprovedVersion(pop);
  if (!version) return [];
  const out: Reminder[] = [];
  for (const goal of version.goals) {
    if (statusOf(pop, goal.id) === 'afgerond') continue;
    const base = { type: 'goal' as const, popId: pop.id, employeeId: pop.employeeId, goalId: goal.id };
    const done = new Set(pop.progress.find((p) => p.goalId === goal.id)?.milestonesDone.map((m) => m.milestoneId) ?? []);
    for (const milestone of goal.milestones) {
      if (!milestone.due || done.has(milestone.id)) continue;
      for (const m of daysBeforeMoments({ target: milestone.due, daysBefore: settings.daysBefore, now, calendar })) {
        out.push(goalOccurrence(pop, { ...base, what: 'milestone', milestoneId: milestone.id, due: milestone.due, daysBefore: m.daysBefore }, m.at));
      }
    }
    if (goal.deadline) {
      for (const m of daysBeforeMoments({ target: goal.deadline, daysBefore: settings.daysBefore, now, calendar })) {
        out.push(goalOccurrence(pop, { ...base, what: 'deadline', due: goal.deadline, daysBefore: m.daysBefore }, m.at));
      }
    }
    const { everyDays, paused } = goalCadence(pop, goal.id, settings);
    if (paused) continue;
    const anchor = checkInAnchor(pop, version, goal.id);
    const horizon = Date.parse(now) + HORIZON_DAYS * 86_400_000;
    // Up to the deadline's day, not on it: from there the deadline reminders speak.
    const until = goal.deadline ? Math.min(startOfLocalDay(parseDate(goal.deadline), calendar.timeZone) - 1, horizon) : horizon;
    for (const at of checkInMoments({ anchor, everyDays, until: new Date(until).toISOString(), now, calendar, max: MAX_CHECK_INS_PER_GOAL })) {
      out.push(goalOccurrence(pop, { ...base, what: 'check-in', everyDays, anchor }, at));
    }
  }
  return out;
}

/**
 * The agreed voortgangsgesprek dates of the agreed plan (all goals), in date order. A plan whose
 * agreed version carries a follow-up rhythm has none: the rhythm is how follow-up conversations
 * are agreed, and its proposals are the only message about them (the older per-goal dates stay
 * stored and readable, but send nothing).
 */
export function followUpDates(pop: Pop): string[] {
  const version = latestApprovedVersion(pop);
  if (!version || version.rhythm) return [];
  return [...new Set(version.goals.flatMap((g) => g.voortgangsgesprekken))].sort();
}

function calendarOf(person: Person, holidays: readonly string[]): RecipientCalendar {
  return { timeZone: person.timeZone, workingHours: person.workingHours, holidays };
}

/**
 * A card for both on the day of each agreed voortgangsgesprek (the working day before when that
 * day is off for them), at the start of their working day: "plan vervolggesprek".
 */
export function followUpReminders(input: { pop: Pop; employee: Person; manager: Person; holidays: readonly string[]; now: string }): Reminder[] {
  const { pop, now } = input;
  const out: Reminder[] = [];
  for (const date of followUpDates(pop)) {
    for (const person of [input.employee, input.manager]) {
      const calendar = calendarOf(person, input.holidays);
      const day = workingDayOnOrBefore(parseDate(date), calendar);
      if (!day) continue;
      const at = workingWindow(day, calendar).start;
      if (at <= Date.parse(now)) continue;
      const about: FollowUpAbout = { type: 'follow-up', popId: pop.id, employeeId: pop.employeeId, managerId: pop.managerId, date };
      out.push({ id: followUpId(pop.id, date, person.id), tenantId: pop.tenantId, recipientId: person.id, kind: FOLLOW_UP_KIND, subjectId: pop.id, dueAt: new Date(at).toISOString(), state: 'due', attempts: 0, about });
    }
  }
  return out;
}

/** What a goal reminder card shows when its turn comes: the goal as currently agreed. */
export interface GoalReminderLine {
  popId: string;
  goalId: string;
  goalTitle: string;
  what: GoalDueKind;
  /** The milestone or deadline date. */
  due?: string;
  milestoneTitle?: string;
  /** The agreed version the card shows the goal in (RecordProgressRequest.seenVersion). */
  seenVersion: number;
  status: ProgressStatus;
  /** The goal's place in the plan: a card lists goals in the plan's order. */
  order: number;
}

/**
 * The goal a reminder is about as the current plan has it (its agreed version), for a card —
 * also after a check-in moved it on; undefined when the plan or the goal is gone.
 */
export function goalCardLine(about: GoalReminderAbout, pop: Pop | undefined): GoalReminderLine | undefined {
  if (!pop || pop.id !== about.popId) return undefined;
  const version = latestApprovedVersion(pop);
  const goal: PopGoal | undefined = version?.goals.find((g) => g.id === about.goalId);
  if (!version || !goal) return undefined;
  const order = version.goals.indexOf(goal);
  const line: GoalReminderLine = { popId: pop.id, goalId: goal.id, goalTitle: goal.title, what: about.what, seenVersion: version.number, status: statusOf(pop, goal.id), order };
  if (about.what === 'deadline' && goal.deadline) return { ...line, due: goal.deadline };
  const milestone: Milestone | undefined = about.what === 'milestone' ? goal.milestones.find((m) => m.id === about.milestoneId) : undefined;
  return milestone ? { ...line, ...(milestone.due ? { due: milestone.due } : {}), milestoneTitle: milestone.title } : line;
}

/**
 * Whether a goal reminder still makes sense when its turn comes, against the current plan: gone,
 * no longer agreed, afgerond, a moved or ticked milestone, a moved deadline, or (check-ins) a
 * paused goal, a new cadence or a check-in since → skip. Otherwise the line for the card.
 */
export function goalReminderRelevance(about: GoalReminderAbout, pop: Pop | undefined, settings: GoalReminderSettings): GoalReminderLine | 'skip' {
  const line = goalCardLine(about, pop);
  if (!pop || !line || line.status === 'afgerond') return 'skip';
  switch (about.what) {
    case 'milestone': {
      const ticked = pop.progress.find((p) => p.goalId === line.goalId)?.milestonesDone.some((m) => m.milestoneId === about.milestoneId);
      return line.milestoneTitle !== undefined && line.due !== undefined && line.due === about.due && !ticked ? line : 'skip';
    }
    case 'deadline':
      return line.due !== undefined && line.due === about.due ? line : 'skip';
    case 'check-in': {
      const version = latestApprovedVersion(pop);
      const { everyDays, paused } = goalCadence(pop, line.goalId, settings);
      if (!version || paused || everyDays !== about.everyDays || checkInAnchor(pop, version, line.goalId) !== about.anchor) return 'skip';
      return line;
    }
  }
}

/**
 * One goal on a check-in card: what is due for it (a check-in and its deadline can fall on the
 * same morning), its state now, and where its plan opens. Built by the dispatcher for the card it
 * sends and by the reminder service when the bot updates that card in place.
 */
export interface CheckInItem {
  popId: string;
  goalId: string;
  title: string;
  /** The agreed version the card shows (RecordProgressRequest.seenVersion). */
  seenVersion: number;
  status: ProgressStatus;
  due: { what: GoalDueKind; date?: string; milestone?: string }[];
  popUrl: string;
  /** Recorded from this card already. */
  recorded?: { status: ProgressStatus; note?: string };
  /** The goal changed or is gone since the card went out. */
  stale?: 'changed' | 'gone';
  /** Snoozed from this card: comes back then. */
  snoozedUntil?: string;
  /** Its check-ins were paused since the card went out (from this card or the POP page). */
  paused?: boolean;
}

const WHAT_ORDER: Record<GoalDueKind, number> = { deadline: 0, milestone: 1, 'check-in': 2 };

/** Groups a card's goal lines per goal, plans and goals in their own order (the same card however the bundle was ordered). */
export function checkInItems(lines: readonly GoalReminderLine[], popUrl: (popId: string) => string): CheckInItem[] {
  const items: CheckInItem[] = [];
  const sorted = [...lines].sort((a, b) => (a.popId < b.popId ? -1 : a.popId > b.popId ? 1 : a.order - b.order || WHAT_ORDER[a.what] - WHAT_ORDER[b.what]));
  for (const line of sorted) {
    const due = { what: line.what, ...(line.due ? { date: line.due } : {}), ...(line.milestoneTitle ? { milestone: line.milestoneTitle } : {}) };
    const existing = items.find((i) => i.popId === line.popId && i.goalId === line.goalId);
    if (existing) {
      if (!existing.due.some((d) => JSON.stringify(d) === JSON.stringify(due))) existing.due.push(due);
      continue;
    }
    items.push({ popId: line.popId, goalId: line.goalId, title: line.goalTitle, seenVersion: line.seenVersion, status: line.status, due: [due], popUrl: popUrl(line.popId) });
  }
  return items;
}

/**
 * The items of a sent card as they stand now: its goal reminders against the current plans; a
 * goal (or plan) that is gone becomes a "gone" item, so the card can say so instead of vanishing.
 */
export function currentCheckInItems(onCard: readonly GoalReminderAbout[], popOf: (popId: string) => Pop | undefined, popUrl: (popId: string) => string): CheckInItem[] {
  const lines: GoalReminderLine[] = [];
  const gone: CheckInItem[] = [];
  for (const about of onCard) {
    const line = goalCardLine(about, popOf(about.popId));
    if (line) lines.push(line);
    else if (!gone.some((g) => g.popId === about.popId && g.goalId === about.goalId)) {
      gone.push({ popId: about.popId, goalId: about.goalId, title: '', seenVersion: 1, status: 'niet-gestart', due: [{ what: about.what }], popUrl: popUrl(about.popId), stale: 'gone' });
    }
  }
  return [...checkInItems(lines, popUrl), ...gone];
}

/** A follow-up card still makes sense while the agreed plan still has that date. */
export function followUpRelevance(about: FollowUpAbout, pop: Pop | undefined): 'send' | 'skip' {
  return pop && pop.id === about.popId && followUpDates(pop).includes(about.date) ? 'send' : 'skip';
}

/**
 * "Later herinneren": the same reminder again at the snooze moment, as a new occurrence whose id
 * follows from the original and the day, so a double click snoozes once. Undefined when no
 * allowed moment exists (someone who never works).
 */
export function snoozedOccurrence(reminder: Reminder, choice: SnoozeChoice, now: string, calendar: RecipientCalendar): Reminder | undefined {
  const until = snoozeUntil(choice, now, calendar);
  if (!until) return undefined;
  const root = reminder.id.split('~')[0]?.split('|snooze|')[0] ?? reminder.id;
  const { notBefore: _n, claim: _c, bundleId: _b, sentAt: _s, lastError: _l, carriedTo: _t, ...base } = reminder;
  return { ...base, id: `${root}|snooze|${until.slice(0, 10)}`, dueAt: until, state: 'due', attempts: 0 };
}

// ——— The manager's weekly digest ———

/** ISO 8601 week of a civil date, e.g. 2026-W11 (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeekOf(date: CivilDate): string {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  const week = Math.floor((Date.UTC(thursday.year, thursday.month - 1, thursday.day) - Date.UTC(jan1.year, 0, 1)) / 86_400_000 / 7) + 1;
  return `${thursday.year}-W${String(week).padStart(2, '0')}`;
}

export function digestId(managerId: string, week: string): string {
  return `${DIGEST_KIND}|${managerId}|${week}`;
}

/**
 * The digest occurrences to keep in the due index for a manager: this ISO week's (when its moment
 * is still ahead) and next week's. The moment is Monday at the start of their working day, in
 * their zone — or the first working day of that week when Monday is off. Stable ids: writing
 * them daily changes nothing.
 */
export function managerDigestReminders(input: { manager: Person; holidays: readonly string[]; now: string }): Reminder[] {
  const { manager, now } = input;
  const calendar = calendarOf(manager, input.holidays);
  const today = localDate(Date.parse(now), manager.timeZone);
  const monday = addDays(today, 1 - isoWeekday(today));
  const out: Reminder[] = [];
  for (const weekStart of [monday, addDays(monday, 7)]) {
    const at = nextSendMoment(workingWindow(weekStart, calendar).start, calendar);
    // A week without a working day (holidays) gets no digest; the next one covers it.
    if (at === undefined || at <= Date.parse(now) || formatDate(localDate(at, manager.timeZone)) > formatDate(addDays(weekStart, 6))) continue;
    const week = isoWeekOf(weekStart);
    out.push({ id: digestId(manager.id, week), tenantId: manager.tenantId, recipientId: manager.id, kind: DIGEST_KIND, subjectId: manager.id, dueAt: new Date(at).toISOString(), state: 'due', attempts: 0, about: { type: 'digest', week } });
  }
  return out;
}

export const DIGEST_REASONS = ['hulp-nodig', 'overdue', 'no-check-in'] as const;
export type DigestReason = (typeof DIGEST_REASONS)[number];

export interface DigestItem {
  employeeId: string;
  popId: string;
  goalId: string;
  goalTitle: string;
  reasons: DigestReason[];
  /** The passed deadline or milestone date (overdue). */
  overdueSince?: string;
  /** The last check-in or the agreement (no check-in for long). */
  lastCheckIn?: string;
}

/**
 * What a manager's digest lists from their reports' agreed plans: goals that need help, are
 * overdue (deadline or an unticked milestone passed) or had no check-in for more than
 * `staleCadences` cadence periods. Afgerond goals never; nothing to report → an empty list (no message).
 */
export function digestItems(input: { pops: readonly Pop[]; now: string; timeZone: string; settings: GoalReminderSettings }): DigestItem[] {
  const today = formatDate(localDate(Date.parse(input.now), input.timeZone));
  const out: DigestItem[] = [];
  for (const pop of input.pops) {
    const version = latestApprovedVersion(pop);
    if (!version) continue;
    for (const goal of version.goals) {
      const status = statusOf(pop, goal.id);
      if (status === 'afgerond') continue;
      const reasons: DigestReason[] = [];
      const item: DigestItem = { employeeId: pop.employeeId, popId: pop.id, goalId: goal.id, goalTitle: goal.title, reasons };
      if (status === 'hulp-nodig') reasons.push('hulp-nodig');
      const done = new Set(pop.progress.find((p) => p.goalId === goal.id)?.milestonesDone.map((m) => m.milestoneId) ?? []);
      const passed = [goal.deadline, ...goal.milestones.filter((m) => !done.has(m.id)).map((m) => m.due)]
        .filter((d): d is string => d !== undefined && d < today)
        .sort();
      if (passed[0]) {
        reasons.push('overdue');
        item.overdueSince = passed[0];
      }
      const { everyDays, paused } = goalCadence(pop, goal.id, input.settings);
      const anchor = checkInAnchor(pop, version, goal.id);
      if (!paused && Date.parse(input.now) - Date.parse(anchor) > input.settings.staleCadences * everyDays * 86_400_000) {
        reasons.push('no-check-in');
        item.lastCheckIn = anchor;
      }
      if (reasons.length > 0) out.push(item);
    }
  }
  return out;
}

// ——— Reminder preferences ———

export interface ReminderPreferenceChange {
  /** Absent: the plan's cadence (every goal without its own). */
  goalId?: string;
  /** A number sets the cadence; null goes back to the default (the plan's, or the organisation's). */
  cadenceDays?: number | null;
  paused?: boolean;
  by: string;
  now: string;
}

/**
 * Pausing or changing reminders ("users can pause or change reminders for a goal"): either party
 * of the plan may. Only Pop.reminderPreferences changes — never a version — so no approval is
 * voided. Throws PopError 'not-a-party' / 'unknown-goal' like the other POP writes.
 */
export function setReminderPreferences(pop: Pop, change: ReminderPreferenceChange): Pop {
  if (change.by !== pop.employeeId && change.by !== pop.managerId) throw new PopError('not-a-party', change.by);
  const prefs = ReminderPreferences.parse(pop.reminderPreferences ?? {});
  let next: ReminderPreferences;
  if (change.goalId === undefined) {
    const { cadenceDays: _old, ...rest } = prefs;
    next = change.cadenceDays === undefined ? prefs : change.cadenceDays === null ? rest : { ...rest, cadenceDays: CadenceDays.parse(change.cadenceDays) };
  } else {
    const goalId = change.goalId;
    const known = pop.versions.some((v) => v.goals.some((g) => g.id === goalId));
    if (!known) throw new PopError('unknown-goal', goalId);
    const before = prefs.goals.find((g) => g.goalId === goalId) ?? { goalId, paused: false };
    const { cadenceDays: _old, ...rest } = before;
    const cadence = change.cadenceDays === undefined ? before : change.cadenceDays === null ? rest : { ...rest, cadenceDays: CadenceDays.parse(change.cadenceDays) };
    const after: GoalReminderPreference = { ...cadence, paused: change.paused ?? before.paused };
    next = { ...prefs, goals: [...prefs.goals.filter((g) => g.goalId !== goalId), after] };
  }
  return { ...pop, reminderPreferences: ReminderPreferences.parse({ ...next, updatedAt: change.now }), updatedAt: change.now };
}
