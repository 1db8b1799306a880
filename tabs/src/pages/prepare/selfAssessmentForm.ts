import type { Preparation, SavePreparationInput } from '@koers/domain';

/**
 * The employee's own rating per competence as the preparation form holds it: a level 1–4 per
 * competence id (absent: not rated) and whether it is shared with the manager.
 */
export interface SelfDraft {
  levels: Readonly<Record<string, number>>;
  shared: boolean;
}

export function selfDraftFrom(preparation: Preparation | undefined): SelfDraft {
  const stored = preparation?.selfAssessment;
  return { levels: Object.fromEntries((stored?.ratings ?? []).map((r) => [r.competenceId, r.level])), shared: stored?.shared ?? false };
}

function ratings(draft: SelfDraft): { competenceId: string; level: number }[] {
  return Object.entries(draft.levels)
    .filter(([, level]) => level >= 1)
    .map(([competenceId, level]) => ({ competenceId, level }))
    .sort((a, b) => a.competenceId.localeCompare(b.competenceId));
}

export function isSelfDirty(base: SelfDraft, draft: SelfDraft): boolean {
  return base.shared !== draft.shared || JSON.stringify(ratings(base)) !== JSON.stringify(ratings(draft));
}

/** What the save sends: no ratings removes the self-assessment; the switch alone without ratings is nothing to keep. */
export function selfAssessmentRequest(draft: SelfDraft): NonNullable<SavePreparationInput['selfAssessment']> {
  return { ratings: ratings(draft), shared: draft.shared };
}

/** After a 412: keep my own changes since `base`, else take the newest stored version. */
export function rebaseSelf(base: SelfDraft, draft: SelfDraft, latest: SelfDraft): SelfDraft {
  return isSelfDirty(base, draft) ? draft : latest;
}
