import { z } from 'zod';
import { IsoDateTime } from '../conversation';
import { KoerskaartVariant, PhaseId } from '../koerskaart/structure';
import { Guid } from '../people';
import { MAX_PREP_QUESTIONS, PrepQuestion } from '../preparation';
import { SectionPrompts } from './prompts';
import { MAX_TEMPLATE_VERSIONS, TemplateId, TemplateRef } from './ref';

/**
 * A conversation template: what the two parties are asked to prepare, the prompts the Koerskaart
 * shows per section, and which variant of the board each phase uses. Every change is a new
 * version and a version never changes, so a conversation can hold on to the one it started with.
 */

export const MAX_TEMPLATES = 30;

// The section prompts live apart, so the live channel's messages (canvas/api.ts) do not bring
// every template schema with them.
export * from './prompts';

/** The variant per phase; a phase left out uses the board's own choice. */
export const PhaseVariants = z.partialRecord(PhaseId, KoerskaartVariant);
export type PhaseVariants = z.infer<typeof PhaseVariants>;

export const TemplateName = z.string().trim().min(1).max(80);

/** What HR writes: everything of a template that a version fixes. */
export const TemplateContent = z.object({
  name: TemplateName,
  questions: z.array(PrepQuestion).min(1).max(MAX_PREP_QUESTIONS),
  sectionPrompts: SectionPrompts,
  variants: PhaseVariants,
});
export type TemplateContent = z.infer<typeof TemplateContent>;

/** One stored version (id `${templateId}@${version}`), in the tenant's partition; written once. */
export const TemplateVersion = TemplateContent.extend({
  id: z.string().min(1).max(80),
  tenantId: Guid,
  templateId: TemplateId,
  version: z.number().int().min(1).max(MAX_TEMPLATE_VERSIONS),
  /** The template and version this one was copied or edited from. */
  basedOn: TemplateRef.optional(),
  createdAt: IsoDateTime,
  createdBy: Guid,
});
export type TemplateVersion = z.infer<typeof TemplateVersion>;

/** Which template new conversations start with (one document per tenant, id "in-gebruik"). */
export const TemplateInUse = z.object({
  id: z.literal('in-gebruik'),
  tenantId: Guid,
  templateId: TemplateId,
  updatedAt: IsoDateTime,
  updatedBy: Guid,
});
export type TemplateInUse = z.infer<typeof TemplateInUse>;

export function templateVersionId(ref: TemplateRef): string {
  return `${ref.templateId}@${ref.version}`;
}
