import type { FollowUpRhythm, PopResponse } from '@koers/domain';
import type { PopApi } from '../../api/popApi';
import { isStaleVersion } from '../plan/staleSlot';
import type { ApproveState, GoalDraft } from './popForm';
import { approveState, draftProblems, goalFromDraft } from './popForm';

/**
 * The editor's round trips, apart from React: what is sent, and what each answer means for the
 * screen. None of them touches the draft: on a conflict or a failure the caller keeps it as it is.
 */

export type SaveResult =
  | { kind: 'saved'; view: PopResponse; newVersion?: number }
  /** 412: the other party saved meanwhile. */
  | { kind: 'conflict' }
  /** Not sent: a field must be fixed first (draftProblems). */
  | { kind: 'invalid' }
  | { kind: 'failed'; error: unknown };

/** `rhythm`: the follow-up rhythm when it changed (null takes it off); absent keeps the saved one. */
export async function saveGoals(api: Pick<PopApi, 'revise'>, view: PopResponse, draft: readonly GoalDraft[], rhythm: { rhythm?: FollowUpRhythm | null } = {}): Promise<SaveResult> {
  if (draft.some((goal) => draftProblems(goal).length > 0)) return { kind: 'invalid' };
  try {
    const saved = await api.revise(view.pop.id, view.etag, { baseVersion: view.current.number, goals: draft.map(goalFromDraft), ...rhythm });
    return { kind: 'saved', view: saved, ...(saved.current.number > view.current.number ? { newVersion: saved.current.number } : {}) };
  } catch (error) {
    return isStaleVersion(error) ? { kind: 'conflict' } : { kind: 'failed', error };
  }
}

export type ApproveResult =
  | { kind: 'approved'; view: PopResponse }
  | { kind: 'conflict' }
  /** Not sent: unsaved edits, already approved, or nothing to approve. */
  | { kind: 'refused'; state: Exclude<ApproveState, 'can-approve'> }
  | { kind: 'failed'; error: unknown };

/** Approves exactly the version on screen (its number and hash) — never while edits are unsaved. */
export async function approveShown(api: Pick<PopApi, 'approve'>, view: PopResponse, dirty: boolean): Promise<ApproveResult> {
  const state = approveState(view.current, view.role, dirty);
  if (state !== 'can-approve') return { kind: 'refused', state };
  try {
    return { kind: 'approved', view: await api.approve(view.pop.id, { version: view.current.number, contentHash: view.current.contentHash }) };
  } catch (error) {
    return isStaleVersion(error) ? { kind: 'conflict' } : { kind: 'failed', error };
  }
}
