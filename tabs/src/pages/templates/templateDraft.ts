import type { koerskaart, LocalizedText, PrepQuestion, PrepRole, PublishTemplateRequest, TemplateVersionResponse } from '@koers/domain';

/**
 * HR's edit of a template, as the editor holds it: every text as typed (empty allowed while
 * typing), turned into a publish request only when HR publishes. Pure, so the rules are tested
 * without a browser.
 */

export interface TextDraft {
  nl: string;
  en: string;
  'nl-BE': string;
}

export interface QuestionDraft {
  /** Stable across versions for an existing question: answers are stored under it. */
  id: string;
  role: PrepRole;
  section: koerskaart.SectionId;
  group?: 'kernkwadrant';
  text: TextDraft;
  hint: TextDraft;
}

export interface TemplateDraft {
  name: string;
  questions: QuestionDraft[];
  prompts: Partial<Record<koerskaart.SectionId, TextDraft>>;
  variants: Partial<Record<koerskaart.PhaseId, koerskaart.KoerskaartVariant>>;
}

const EMPTY: TextDraft = { nl: '', en: '', 'nl-BE': '' };

function textDraft(text: LocalizedText | undefined): TextDraft {
  return text ? { nl: text.nl, en: text.en, 'nl-BE': text['nl-BE'] ?? '' } : EMPTY;
}

export function draftOf(version: TemplateVersionResponse): TemplateDraft {
  const prompts: TemplateDraft['prompts'] = {};
  for (const [section, text] of Object.entries(version.sectionPrompts) as [koerskaart.SectionId, LocalizedText | undefined][]) {
    if (text) prompts[section] = textDraft(text);
  }
  return {
    name: version.name,
    questions: version.questions.map((q) => ({ id: q.id, role: q.role, section: q.section, ...(q.group ? { group: q.group } : {}), text: textDraft(q.text), hint: textDraft(q.hint) })),
    prompts,
    variants: { ...version.variants },
  };
}

/** A new question's id: unused in this template, and never one an older answer could be under. */
export function newQuestionId(existing: readonly { id: string }[], random: () => string = () => crypto.randomUUID().slice(0, 8)): string {
  const taken = new Set(existing.map((q) => q.id));
  let id = `vraag-${random()}`;
  while (taken.has(id)) id = `vraag-${random()}`;
  return id;
}

export function addQuestion(draft: TemplateDraft, id: string): TemplateDraft {
  return { ...draft, questions: [...draft.questions, { id, role: 'employee', section: 'opening', text: EMPTY, hint: EMPTY }] };
}

export function removeQuestion(draft: TemplateDraft, index: number): TemplateDraft {
  return { ...draft, questions: draft.questions.filter((_q, i) => i !== index) };
}

/** Swaps a question with its neighbour; a move past either end changes nothing. */
export function moveQuestion(draft: TemplateDraft, index: number, by: -1 | 1): TemplateDraft {
  const target = index + by;
  if (target < 0 || target >= draft.questions.length) return draft;
  const questions = [...draft.questions];
  const [moved] = questions.splice(index, 1);
  if (moved) questions.splice(target, 0, moved);
  return { ...draft, questions };
}

export function changeQuestion(draft: TemplateDraft, index: number, change: Partial<QuestionDraft>): TemplateDraft {
  return { ...draft, questions: draft.questions.map((q, i) => (i === index ? { ...q, ...change } : q)) };
}

/** Empty fields stay out: an empty nl-BE means "the Dutch text", an empty hint no hint, an empty prompt the board's own. */
function localized(text: TextDraft): LocalizedText | undefined {
  const nl = text.nl.trim();
  const en = text.en.trim();
  const be = text['nl-BE'].trim();
  if (nl === '' && en === '' && be === '') return undefined;
  return { nl, en, ...(be !== '' ? { 'nl-BE': be } : {}) };
}

/** The publish request; the server checks it (the editor shows its reasons next to the fields). */
export function publishRequest(draft: TemplateDraft, basedOnVersion: number): PublishTemplateRequest {
  const sectionPrompts: PublishTemplateRequest['sectionPrompts'] = {};
  for (const [section, text] of Object.entries(draft.prompts) as [koerskaart.SectionId, TextDraft | undefined][]) {
    const value = text ? localized(text) : undefined;
    if (value) sectionPrompts[section] = value;
  }
  const questions: PrepQuestion[] = draft.questions.map((q) => {
    const hint = localized(q.hint);
    return { id: q.id, role: q.role, section: q.section, ...(q.group ? { group: q.group } : {}), text: localized(q.text) ?? { nl: '', en: '' }, ...(hint ? { hint } : {}) };
  });
  return { name: draft.name.trim(), questions, sectionPrompts, variants: draft.variants, basedOnVersion };
}

export function isChanged(before: TemplateDraft, after: TemplateDraft): boolean {
  return JSON.stringify(before) !== JSON.stringify(after);
}
