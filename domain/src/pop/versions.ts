import type { Pop, PopStatus } from '../records';
import { FollowUpRhythm, MAX_PROGRESS_GOALS, MAX_PROGRESS_NOTES, MAX_VERSIONS, PopGoals, ProgressNote, type Approval, type GoalProgress, type PopGoal, type PopGoalInput, type PopRole, type PopVersion, type ProgressStatus } from './schema';

/**
 * Approval and versions: both the employee and the manager approve; an approval binds
 * to the exact content (its hash); any change after an approval makes a new draft that needs both
 * approvals again; an approved version is never edited. Progress lives beside the versions
 * (Pop.progress) and never touches them. All functions are pure and return a new Pop.
 */

export type PopErrorCode =
  /** The version is approved by both: immutable. */
  | 'version-approved'
  /** The version carries one approval: changing it in place would move what was signed. */
  | 'version-has-approval'
  /** The caller saw another version than the current one (HTTP 412). */
  | 'stale-version'
  | 'unknown-version'
  /** Only the employee and their manager edit and approve. */
  | 'not-a-party'
  | 'too-many-versions'
  /** A stored hash that is not the hash of its goals. */
  | 'invalid-hash'
  | 'unknown-goal'
  | 'unknown-milestone'
  | 'too-many-notes'
  /** Progress is kept for at most MAX_PROGRESS_GOALS goal ids over the plan's life. */
  | 'progress-full'
  /** Progress sent for a goal as shown in an older version whose content has changed since, or is gone (HTTP 409). */
  | 'goal-changed'
  /** The agreements PDF exists only for a version both approved. */
  | 'not-approved'
  /** The employee has no manager in Koers to make a plan with. */
  | 'no-manager';

export class PopError extends Error {
  override readonly name = 'PopError';
  constructor(
    readonly code: PopErrorCode,
    readonly detail?: string,
  ) {
    super(detail ? `pop: ${code} (${detail})` : `pop: ${code}`);
  }
}

/** JSON with sorted keys and no undefined members: equal content gives equal text, whatever the key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** FNV-1a over UTF-16 code units, 32 bits, from a given offset basis. */
function fnv1a(text: string, basis: number): string {
  let hash = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** 64 bits from two independent FNV passes: a short, stable key for a text (ids, content hashes). */
export function textHash(text: string): string {
  return `${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x050c5d1f)}`;
}

/**
 * The identity of a version's content, which an approval binds to. Not cryptographic — the server
 * enforces who may write; the hash only has to tell different content apart, and 64 bits from two
 * independent FNV passes make an accidental collision between two drafts of one plan negligible.
 * Normalised through the schema first, so defaults filled in or not give the same hash.
 */
export function contentHash(goals: readonly PopGoalInput[]): string {
  return `fnv64-${textHash(canonical(PopGoals.parse(goals)))}`;
}

/**
 * The hash a version's approvals bind to: its goals and its follow-up rhythm. Without a rhythm it
 * is the goals' hash, so plans stored before the rhythm existed keep their approvals.
 */
export function versionHash(goals: readonly PopGoalInput[], rhythm: FollowUpRhythm | undefined): string {
  if (rhythm === undefined) return contentHash(goals);
  return `fnv64-${textHash(canonical({ goals: PopGoals.parse(goals), rhythm: FollowUpRhythm.parse(rhythm) }))}`;
}

/** A version's content with the rhythm member only when there is one (absent, not undefined, in stored JSON). */
function withRhythm<T extends object>(version: T, rhythm: FollowUpRhythm | undefined): T & { rhythm?: FollowUpRhythm } {
  const { rhythm: _old, ...rest } = version as T & { rhythm?: FollowUpRhythm };
  return (rhythm ? { ...rest, rhythm } : rest) as T & { rhythm?: FollowUpRhythm };
}

function roleOf(pop: Pop, by: string): PopRole {
  if (by === pop.employeeId) return 'employee';
  if (by === pop.managerId) return 'manager';
  throw new PopError('not-a-party', by);
}

export function currentVersion(pop: Pop): PopVersion {
  const last = pop.versions[pop.versions.length - 1];
  // The schema requires at least one version; a Pop without one never passed it.
  if (!last) throw new PopError('unknown-version', 'none');
  return last;
}

/** Whether `role` approved exactly this version's content. */
export function hasApproved(version: PopVersion, role: PopRole): boolean {
  return version.approvals[role]?.contentHash === version.contentHash;
}

/** Approved = both parties approved exactly this content. */
export function versionStatus(version: PopVersion): PopStatus {
  return hasApproved(version, 'employee') && hasApproved(version, 'manager') ? 'goedgekeurd' : 'concept';
}

export function popStatus(pop: Pop): PopStatus {
  return versionStatus(currentVersion(pop));
}

/** The plan as last agreed (what the PDF and the portfolio show), or undefined before the first agreement. */
export function latestApprovedVersion(pop: Pop): PopVersion | undefined {
  return [...pop.versions].reverse().find((v) => versionStatus(v) === 'goedgekeurd');
}

export interface PopBase {
  id: string;
  tenantId: string;
  employeeId: string;
  managerId: string;
}

/** A new plan: version 1, a draft without approvals. Either party may start it. */
export function createPop(base: PopBase, goals: readonly PopGoalInput[], by: string, now: string, rhythm?: FollowUpRhythm): Pop {
  const parsed = PopGoals.parse(goals);
  const pop: Pop = { ...base, versions: [], progress: [], updatedAt: now };
  roleOf(pop, by);
  const first = withRhythm({ number: 1, goals: parsed, contentHash: versionHash(parsed, rhythm), createdAt: now, createdBy: by, approvals: {} }, rhythm);
  return { ...pop, versions: [first] };
}

/**
 * Changes one version's content in place. Refuses any version that carries an approval, with a
 * typed error: 'version-approved' when both signed (immutable), 'version-has-approval' when one
 * did (what they signed must not move under them). `revisePop` is what editors call.
 */
export function amendVersion(version: PopVersion, goals: readonly PopGoalInput[], by: string, now: string, newRhythm?: FollowUpRhythm | null): PopVersion {
  if (versionStatus(version) === 'goedgekeurd') throw new PopError('version-approved', String(version.number));
  if (version.approvals.employee || version.approvals.manager) throw new PopError('version-has-approval', String(version.number));
  const parsed = PopGoals.parse(goals);
  // Absent keeps the version's rhythm; null takes it off.
  const rhythm = newRhythm === undefined ? version.rhythm : (newRhythm ?? undefined);
  // The author stays who made the version; the edit is recorded beside it.
  return withRhythm({ ...version, goals: parsed, contentHash: versionHash(parsed, rhythm), editedAt: now, editedBy: by }, rhythm);
}

/**
 * An edit of the plan, made on `baseVersion` (the number the editor showed). Unchanged content
 * returns the same Pop (so a save without changes never voids an approval). A draft nobody
 * approved yet is edited in place; a version with any approval stays as it is, and the change
 * becomes version n+1, a draft with no approvals.
 */
export function revisePop(
  pop: Pop,
  edit: {
    baseVersion: number;
    goals: readonly PopGoalInput[];
    /** The follow-up rhythm: absent keeps the current version's, null removes it. */
    rhythm?: FollowUpRhythm | null;
    by: string;
    now: string;
  },
): Pop {
  roleOf(pop, edit.by);
  const current = currentVersion(pop);
  if (edit.baseVersion !== current.number) throw new PopError('stale-version', `${edit.baseVersion} ≠ ${current.number}`);
  const parsed = PopGoals.parse(edit.goals);
  const rhythm = edit.rhythm === undefined ? current.rhythm : edit.rhythm === null ? undefined : FollowUpRhythm.parse(edit.rhythm);
  const hash = versionHash(parsed, rhythm);
  if (hash === current.contentHash) return pop;
  const signed = current.approvals.employee !== undefined || current.approvals.manager !== undefined;
  if (!signed) {
    return { ...pop, versions: [...pop.versions.slice(0, -1), amendVersion(current, parsed, edit.by, edit.now, rhythm ?? null)], updatedAt: edit.now };
  }
  if (pop.versions.length >= MAX_VERSIONS) throw new PopError('too-many-versions');
  const next: PopVersion = withRhythm({ number: current.number + 1, goals: parsed, contentHash: hash, createdAt: edit.now, createdBy: edit.by, approvals: {} }, rhythm);
  return { ...pop, versions: [...pop.versions, next], updatedAt: edit.now };
}

/**
 * One party approves the version they saw (number and hash). A stale number or hash is refused
 * ('stale-version' → 412); approving what one already approved returns the same Pop, so two
 * parallel approvals of the same version count once. Open SMART findings do not block approval:
 * they are hints for the conversation, and the two people decide what they agree on.
 */
export function approvePop(pop: Pop, approval: { version: number; contentHash: string; by: string; now: string }): Pop {
  const role = roleOf(pop, approval.by);
  const current = currentVersion(pop);
  if (approval.version !== current.number || approval.contentHash !== current.contentHash) {
    throw new PopError('stale-version', `${approval.version} ≠ ${current.number}`);
  }
  if (hasApproved(current, role)) return pop;
  const given: Approval = { by: approval.by, at: approval.now, contentHash: current.contentHash };
  const approved: PopVersion = { ...current, approvals: { ...current.approvals, [role]: given } };
  return { ...pop, versions: [...pop.versions.slice(0, -1), approved], updatedAt: approval.now };
}

/**
 * The server's guard for a whole-record write (defence in depth: the API itself only calls the
 * functions above). Every version of `previous` must still be in `next`; one approved by both
 * must be identical; one approved by one party must keep its content and that approval (the other
 * may be added); and every hash must be the hash of its goals, so no client can forge one.
 */
export function assertApprovedUnchanged(previous: Pop, next: Pop): void {
  for (const before of previous.versions) {
    const after = next.versions.find((v) => v.number === before.number);
    const approved = versionStatus(before) === 'goedgekeurd';
    if (!after) throw new PopError(approved ? 'version-approved' : 'unknown-version', String(before.number));
    if (approved && canonical(before) !== canonical(after)) throw new PopError('version-approved', String(before.number));
    const kept = (role: PopRole) => !before.approvals[role] || canonical(before.approvals[role]) === canonical(after.approvals[role]);
    const signed = before.approvals.employee !== undefined || before.approvals.manager !== undefined;
    if (signed && (before.contentHash !== after.contentHash || !kept('employee') || !kept('manager'))) {
      throw new PopError('version-has-approval', String(before.number));
    }
  }
  for (const after of next.versions) {
    if (after.contentHash !== versionHash(after.goals, after.rhythm)) throw new PopError('invalid-hash', String(after.number));
  }
}

export interface ProgressUpdate {
  goalId: string;
  status?: ProgressStatus;
  note?: string;
  /** Tick (true) or untick (false) a milestone of the goal. */
  milestone?: { id: string; done: boolean };
  /**
   * The version the update was made on (a check-in card, the tab). When the goal's content in the
   * current version differs from what that version showed, or the goal is gone, the update is
   * refused with 'goal-changed': it would be recorded against content the person did not see.
   */
  seenVersion?: number;
  by: string;
  now: string;
}

/** Whether goal `goalId` reads exactly the same in version `seenVersion` as in the current version. */
export function goalUnchangedSince(pop: Pop, goalId: string, seenVersion: number): boolean {
  const now = currentVersion(pop).goals.find((g) => g.id === goalId);
  const then = pop.versions.find((v) => v.number === seenVersion)?.goals.find((g) => g.id === goalId);
  return now !== undefined && then !== undefined && contentHash([now]) === contentHash([then]);
}

/**
 * Records progress on a goal of the current version. Touches only Pop.progress: the versions, their
 * hashes and approvals stay exactly as they were, so doing the plan never voids the agreement.
 */
export function recordProgress(pop: Pop, update: ProgressUpdate): Pop {
  roleOf(pop, update.by);
  if (update.seenVersion !== undefined && !goalUnchangedSince(pop, update.goalId, update.seenVersion)) {
    throw new PopError('goal-changed', `${update.goalId} since ${update.seenVersion}`);
  }
  const goal: PopGoal | undefined = currentVersion(pop).goals.find((g) => g.id === update.goalId);
  if (!goal) throw new PopError('unknown-goal', update.goalId);
  const before: GoalProgress = pop.progress.find((p) => p.goalId === goal.id) ?? {
    goalId: goal.id,
    status: 'niet-gestart',
    notes: [],
    milestonesDone: [],
    updatedAt: update.now,
  };
  const isNew = !pop.progress.some((p) => p.goalId === goal.id);
  if (isNew && pop.progress.length >= MAX_PROGRESS_GOALS) throw new PopError('progress-full', goal.id);
  let milestonesDone = before.milestonesDone;
  if (update.milestone) {
    const { id, done } = update.milestone;
    if (!goal.milestones.some((m) => m.id === id)) throw new PopError('unknown-milestone', id);
    const without = milestonesDone.filter((m) => m.milestoneId !== id);
    const existing = milestonesDone.find((m) => m.milestoneId === id);
    milestonesDone = done ? [...without, existing ?? { milestoneId: id, at: update.now, by: update.by }] : without;
  }
  const text = update.note?.trim();
  if (text && before.notes.length >= MAX_PROGRESS_NOTES) throw new PopError('too-many-notes', goal.id);
  const notes = text ? [...before.notes, ProgressNote.parse({ at: update.now, by: update.by, text })] : before.notes;
  const after: GoalProgress = { ...before, status: update.status ?? before.status, notes, milestonesDone, updatedAt: update.now };
  return { ...pop, progress: [...pop.progress.filter((p) => p.goalId !== goal.id), after], updatedAt: update.now };
}
