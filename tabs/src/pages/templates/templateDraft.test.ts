import { describe, expect, it } from '@jest/globals';
import { KOERS_STANDAARD, PublishTemplateRequest, type TemplateVersionResponse } from '@koers/domain';
import { addQuestion, changeQuestion, draftOf, isChanged, moveQuestion, newQuestionId, publishRequest, removeQuestion } from './templateDraft';

const version: TemplateVersionResponse = {
  ...KOERS_STANDAARD,
  sectionPrompts: { opening: { nl: 'Begin rustig.', en: 'Start calmly.' } },
  templateId: 'techniek',
  version: 3,
  builtIn: false,
  history: [],
};

describe('editing a template', () => {
  it('publishes what it opened unchanged as a valid request for the next version', () => {
    const draft = draftOf(version);
    const request = publishRequest(draft, 3);
    expect(PublishTemplateRequest.parse(request)).toEqual(request);
    expect(request.questions).toEqual(KOERS_STANDAARD.questions);
    expect(request.sectionPrompts).toEqual(version.sectionPrompts);
    expect(isChanged(draft, draftOf(version))).toBe(false);
  });

  it('adds, changes, moves and removes questions, keeping the ids answers are stored under', () => {
    let draft = draftOf(version);
    const id = newQuestionId(draft.questions, () => 'abc');
    draft = addQuestion(draft, id);
    draft = changeQuestion(draft, draft.questions.length - 1, { text: { nl: 'Wat wil je leren?', en: 'What do you want to learn?', 'nl-BE': '' } });
    draft = moveQuestion(draft, draft.questions.length - 1, -1);
    draft = removeQuestion(draft, 0);
    const ids = publishRequest(draft, 3).questions.map((q) => q.id);
    expect(ids[0]).toBe('energie');
    expect(ids.at(-2)).toBe('vraag-abc');
    expect(ids.at(-1)).toBe('aanbod');
    expect(moveQuestion(draft, 0, -1)).toBe(draft);
  });

  it('leaves out an empty Flemish text, hint and prompt instead of sending empty strings', () => {
    let draft = draftOf(version);
    draft = changeQuestion(draft, 0, { hint: { nl: '', en: '', 'nl-BE': '' }, text: { nl: 'Hoe gaat het?', en: 'How are you?', 'nl-BE': 'Hoe gaat het met jou?' } });
    draft = { ...draft, prompts: { ...draft.prompts, opening: { nl: ' ', en: '', 'nl-BE': '' } } };
    const request = publishRequest(draft, 3);
    expect(request.questions[0]).toEqual({ id: 'hoe-sta-je', role: 'employee', section: 'opening', text: { nl: 'Hoe gaat het?', en: 'How are you?', 'nl-BE': 'Hoe gaat het met jou?' } });
    expect(request.sectionPrompts).toEqual({});
  });

  it('never reuses an id the template already has', () => {
    const ids = ['x', 'x', 'y'];
    expect(newQuestionId([{ id: 'vraag-x' }], () => ids.shift() ?? 'z')).toBe('vraag-y');
  });
});
