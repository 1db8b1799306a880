import type { PrepQuestion } from '../preparation';
import {
  copyTemplate,
  KOERS_STANDAARD,
  KOERS_STANDAARD_REF,
  nextTemplateVersion,
  pinnedTemplate,
  templateBoardVariant,
  TemplateContent,
  TemplateError,
  templateProblems,
  variantsOfPhase,
} from './index';

const stamp = { tenantId: '00000000-0000-4000-8000-000000000001', by: '00000000-0000-4000-8000-000000000002', at: '2026-12-05T10:00:00.000Z' };
const copy = () => copyTemplate({ ref: KOERS_STANDAARD_REF, content: KOERS_STANDAARD }, 'techniek', 'Techniek', stamp);
/** The code of the TemplateError `act` throws. */
function thrown(act: () => unknown): string | undefined {
  try {
    act();
  } catch (error) {
    if (error instanceof TemplateError) return error.code;
  }
  return undefined;
}

const question = (id: string, extra: Partial<PrepQuestion> = {}): PrepQuestion => ({ id, role: 'employee', section: 'opening', text: { nl: `Vraag ${id}?`, en: `Question ${id}?` }, ...extra });

describe('the built-in Koers template', () => {
  it('is a valid template that asks what the sources ask', () => {
    expect(TemplateContent.parse(KOERS_STANDAARD)).toEqual(KOERS_STANDAARD);
    expect(templateProblems(KOERS_STANDAARD)).toEqual([]);
    const nl = KOERS_STANDAARD.questions.map((q) => q.text.nl).join('\n');
    expect(nl).toContain('Welke belangrijke momenten komen er de komende weken aan?');
    expect(nl).toMatch(/talenten/);
    expect(nl).toMatch(/complimenten/);
    expect(nl).toMatch(/fluitend naar huis/);
    expect(nl).toMatch(/wat zegt dit succes over jou/);
    expect(nl).toMatch(/mantelzorg, jonge kinderen/);
    expect(nl).toContain('drie tot vijf jaar');
    expect(nl).not.toContain('één tot drie jaar');
  });

  it('asks about the stage of life without ever tying it to an age', () => {
    const levensfase = KOERS_STANDAARD.questions.find((q) => q.id === 'levensfase');
    expect(levensfase?.role).toBe('employee');
    expect(levensfase?.hint?.nl).toContain('jij kiest');
    expect(`${levensfase?.text.nl} ${levensfase?.hint?.nl}`).not.toMatch(/\d/);
  });

  it('is what a conversation without a pinned template uses', () => {
    expect(pinnedTemplate({})).toEqual({ templateId: 'koers-standaard', version: 1 });
    expect(pinnedTemplate({ template: { templateId: 'techniek', version: 3 } })).toEqual({ templateId: 'techniek', version: 3 });
  });
});

describe('versions of a template', () => {
  it('starts a copy at version 1, remembering where it came from', () => {
    const first = copy();
    expect(first).toMatchObject({ id: 'techniek@1', templateId: 'techniek', version: 1, name: 'Techniek', basedOn: KOERS_STANDAARD_REF });
    expect(first.questions).toEqual(KOERS_STANDAARD.questions);
  });

  it('publishes a change as the next version and leaves the previous one as it was', () => {
    const first = copy();
    const before = structuredClone(first);
    const content = { ...KOERS_STANDAARD, name: 'Techniek', questions: [question('veiligheid'), ...KOERS_STANDAARD.questions] };
    const second = nextTemplateVersion(first, 1, content, stamp);
    expect(second).toMatchObject({ id: 'techniek@2', version: 2, basedOn: { templateId: 'techniek', version: 1 } });
    expect(second.questions[0]?.id).toBe('veiligheid');
    expect(first).toEqual(before);
  });

  it('refuses an edit of an older version than the latest, so nobody undoes a colleague’s change', () => {
    const second = nextTemplateVersion(copy(), 1, { ...KOERS_STANDAARD, name: 'Techniek' }, stamp);
    expect(() => nextTemplateVersion(second, 1, KOERS_STANDAARD, stamp)).toThrow(TemplateError);
    expect(thrown(() => nextTemplateVersion(second, 1, KOERS_STANDAARD, stamp))).toBe('template-stale');
  });

  it('never changes the built-in template', () => {
    const builtIn = { ...copy(), templateId: 'koers-standaard', id: 'koers-standaard@1' };
    expect(() => nextTemplateVersion(builtIn, 1, KOERS_STANDAARD, stamp)).toThrow(TemplateError);
    expect(thrown(() => nextTemplateVersion(builtIn, 1, KOERS_STANDAARD, stamp))).toBe('template-read-only');
  });
});

describe('what makes a template unusable', () => {
  it('lists every problem with the field it is about', () => {
    const content: TemplateContent = {
      name: 'Kapot',
      questions: [question('a', { role: 'manager' }), question('a', { role: 'manager' }), question('b', { role: 'manager', group: 'kernkwadrant' })],
      sectionPrompts: {},
      variants: { voorstellen: 'langer-werken' },
    };
    expect(templateProblems(content)).toEqual([
      { path: 'questions.1.id', code: 'duplicate-question', detail: 'a' },
      { path: 'questions.2.section', code: 'kernkwadrant-outside-competentie', detail: 'b' },
      { path: 'questions', code: 'no-employee-question' },
      { path: 'variants.voorstellen', code: 'variant-not-on-board', detail: 'langer-werken' },
    ]);
    expect(() => nextTemplateVersion(copy(), 1, content, stamp)).toThrow(TemplateError);
  });

  it('offers "langer werken" only for the phase the board shows differently', () => {
    expect(variantsOfPhase('uitwisseling')).toEqual(['standaard', 'langer-werken']);
    expect(variantsOfPhase('voorstellen')).toEqual(['standaard']);
    expect(variantsOfPhase('afspraken')).toEqual(['standaard']);
  });

  it('bounds texts and counts at the edge', () => {
    const long = 'x'.repeat(501);
    expect(TemplateContent.safeParse({ ...KOERS_STANDAARD, questions: [question('a', { text: { nl: long, en: 'ok' } })] }).success).toBe(false);
    expect(TemplateContent.safeParse({ ...KOERS_STANDAARD, questions: Array.from({ length: 41 }, (_, i) => question(`q${i}`)) }).success).toBe(false);
    expect(TemplateContent.safeParse({ ...KOERS_STANDAARD, questions: [question('Geen Slug')] }).success).toBe(false);
    expect(TemplateContent.safeParse({ ...KOERS_STANDAARD, name: '' }).success).toBe(false);
  });
});

describe('the variant a new board starts in', () => {
  it('follows the template where it chose, and leaves the board’s own choice where it did not', () => {
    expect(templateBoardVariant({})).toBeUndefined();
    expect(templateBoardVariant({ uitwisseling: 'standaard' })).toBe('standaard');
    expect(templateBoardVariant({ uitwisseling: 'langer-werken', voorstellen: 'standaard' })).toBe('langer-werken');
  });
});
