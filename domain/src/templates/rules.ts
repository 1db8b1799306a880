import type { Conversation } from '../conversation';
import { KoerskaartVariant, PHASE_IDS, sectionIdsByPhase, type PhaseId } from '../koerskaart/structure';
import { prepQuestionsFor } from '../preparation';
import { isBuiltIn, KOERS_STANDAARD, KOERS_STANDAARD_REF } from './builtin';
import { TemplateError, type TemplateProblem } from './errors';
import { MAX_TEMPLATE_VERSIONS, type TemplateRef } from './ref';
import { templateVersionId, type TemplateContent, type TemplateVersion } from './schema';

/**
 * The variants a phase can be set to: the standard board, and every variant that shows that
 * phase differently (today only phase 1 differs, where "langer werken" adds vitaliteit).
 */
export function variantsOfPhase(phase: PhaseId): KoerskaartVariant[] {
  const standaard = sectionIdsByPhase('standaard')[phase].join();
  return KoerskaartVariant.options.filter((variant) => variant === 'standaard' || sectionIdsByPhase(variant)[phase].join() !== standaard);
}

/** Every reason this content is not a usable template; empty when it is. */
export function templateProblems(content: TemplateContent): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const seen = new Set<string>();
  content.questions.forEach((question, index) => {
    if (seen.has(question.id)) problems.push({ path: `questions.${index}.id`, code: 'duplicate-question', detail: question.id });
    seen.add(question.id);
    if (question.group === 'kernkwadrant' && question.section !== 'competentie') {
      problems.push({ path: `questions.${index}.section`, code: 'kernkwadrant-outside-competentie', detail: question.id });
    }
  });
  if (prepQuestionsFor('employee', content.questions).length === 0) problems.push({ path: 'questions', code: 'no-employee-question' });
  for (const phase of PHASE_IDS) {
    const variant = content.variants[phase];
    if (variant && !variantsOfPhase(phase).includes(variant)) problems.push({ path: `variants.${phase}`, code: 'variant-not-on-board', detail: variant });
  }
  return problems;
}

function requireValid(content: TemplateContent): void {
  const problems = templateProblems(content);
  if (problems.length > 0) throw new TemplateError('template-invalid', problems);
}

export interface VersionStamp {
  tenantId: string;
  by: string;
  at: string;
}

/** Version 1 of a new template with the source's content under a new name. */
export function copyTemplate(source: { ref: TemplateRef; content: TemplateContent }, templateId: string, name: string, stamp: VersionStamp): TemplateVersion {
  const ref = { templateId, version: 1 };
  return {
    ...source.content,
    name,
    id: templateVersionId(ref),
    tenantId: stamp.tenantId,
    ...ref,
    basedOn: source.ref,
    createdAt: stamp.at,
    createdBy: stamp.by,
  };
}

/**
 * The next version of a template, edited from `basedOnVersion`. The built-in template never
 * changes; an edit started from an older version than the latest would undo someone's change.
 */
export function nextTemplateVersion(latest: TemplateVersion, basedOnVersion: number, content: TemplateContent, stamp: VersionStamp): TemplateVersion {
  if (isBuiltIn(latest)) throw new TemplateError('template-read-only');
  if (basedOnVersion !== latest.version) throw new TemplateError('template-stale');
  if (latest.version >= MAX_TEMPLATE_VERSIONS) throw new TemplateError('too-many-versions');
  requireValid(content);
  const ref = { templateId: latest.templateId, version: latest.version + 1 };
  return {
    ...content,
    id: templateVersionId(ref),
    tenantId: stamp.tenantId,
    ...ref,
    basedOn: { templateId: latest.templateId, version: latest.version },
    createdAt: stamp.at,
    createdBy: stamp.by,
  };
}

/** The template a conversation uses: the version it pinned when it was booked, else the built-in one. */
export function pinnedTemplate(conversation: Pick<Conversation, 'template'>): TemplateRef {
  return conversation.template ?? KOERS_STANDAARD_REF;
}

/** The built-in template's content for its reference; undefined for any other. */
export function builtInContent(ref: TemplateRef): TemplateContent | undefined {
  return isBuiltIn(ref) && ref.version === KOERS_STANDAARD_REF.version ? KOERS_STANDAARD : undefined;
}

/** Store order of versions: by template id, then version ascending. */
export function compareTemplateVersions(a: TemplateRef, b: TemplateRef): number {
  return a.templateId < b.templateId ? -1 : a.templateId > b.templateId ? 1 : a.version - b.version;
}

/**
 * The one variant the board starts in, from a template's choice per phase: a phase set to another
 * variant than standaard decides (only one phase can differ today); all set to standaard is
 * standaard; nothing set leaves the board's own choice (undefined).
 */
export function templateBoardVariant(variants: TemplateContent['variants']): KoerskaartVariant | undefined {
  const chosen = PHASE_IDS.map((phase) => variants[phase]).filter((v): v is KoerskaartVariant => v !== undefined);
  return chosen.find((v) => v !== 'standaard') ?? chosen[0];
}
