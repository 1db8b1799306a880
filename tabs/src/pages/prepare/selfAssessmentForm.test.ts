import { describe, expect, it } from '@jest/globals';
import { SavePreparationRequest } from '@koers/domain';
import { isSelfDirty, rebaseSelf, selfAssessmentRequest, selfDraftFrom } from './selfAssessmentForm';

describe('the self-assessment in the preparation form', () => {
  it('starts private and unrated without a stored one, and sends only the competences rated', () => {
    const empty = selfDraftFrom(undefined);
    expect(empty).toEqual({ levels: {}, shared: false });
    const request = selfAssessmentRequest({ levels: { plannen: 3, vakmanschap: 0 }, shared: true });
    expect(request).toEqual({ ratings: [{ competenceId: 'plannen', level: 3 }], shared: true });
    expect(SavePreparationRequest.safeParse({ answers: [], selfAssessment: request }).success).toBe(true);
  });

  it('counts a changed level or sharing as unsaved, setting a level back to unrated not when it was unrated', () => {
    const base = { levels: { plannen: 2 }, shared: false };
    expect(isSelfDirty(base, { levels: { plannen: 3 }, shared: false })).toBe(true);
    expect(isSelfDirty(base, { levels: { plannen: 2 }, shared: true })).toBe(true);
    expect(isSelfDirty(base, { levels: { plannen: 2, vakmanschap: 0 }, shared: false })).toBe(false);
  });

  it('keeps my own changes after a save elsewhere, and takes the newest stored one when I changed nothing', () => {
    const base = { levels: { plannen: 2 }, shared: false };
    const latest = { levels: { plannen: 1 }, shared: true };
    expect(rebaseSelf(base, { levels: { plannen: 4 }, shared: false }, latest)).toEqual({ levels: { plannen: 4 }, shared: false });
    expect(rebaseSelf(base, base, latest)).toEqual(latest);
  });
});
