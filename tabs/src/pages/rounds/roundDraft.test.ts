import { describe, expect, it } from '@jest/globals';
import { draftProblems, inputOf, newDraft, toggled } from './roundDraft';

describe('the round form', () => {
  it('starts a new round four weeks ahead for the whole organisation with the built-in template', () => {
    const draft = newDraft(new Date('2026-12-01T09:00:00.000Z'));
    expect(draft).toMatchObject({ from: '2026-12-29', to: '2027-02-26', audienceKind: 'organisation', template: { templateId: 'koers-standaard', version: 1 }, nudgeWeeksBeforeEnd: 3 });
  });

  it('names what is missing before asking the server: a name, a period that runs forward, someone to invite', () => {
    const draft = { ...newDraft(new Date('2026-12-01T09:00:00.000Z')), from: '2027-03-01', to: '2027-02-01', audienceKind: 'departments' as const };
    expect(draftProblems(draft)).toEqual(['name', 'period', 'audience']);
    expect(draftProblems({ ...draft, name: 'Voorjaar', to: '2027-04-01', departments: ['Techniek'] })).toEqual([]);
  });

  it('sends only the audience that was chosen, with the name trimmed', () => {
    const draft = { ...newDraft(new Date('2026-12-01T09:00:00.000Z')), name: '  Voorjaar ', audienceKind: 'group' as const, departments: ['Techniek'], personIds: ['p1'] };
    expect(inputOf(draft)).toMatchObject({ name: 'Voorjaar', audience: { kind: 'group', personIds: ['p1'] } });
    expect(toggled(toggled(['a'], 'b', true), 'a', false)).toEqual(['b']);
  });
});
