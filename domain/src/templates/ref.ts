import { z } from 'zod';

export const TemplateId = z.string().regex(/^[a-z0-9][a-z0-9-]{2,59}$/);
export type TemplateId = z.infer<typeof TemplateId>;

export const MAX_TEMPLATE_VERSIONS = 100;

/** Which template, at which version: what a conversation (and a round) holds on to. */
export const TemplateRef = z.object({
  templateId: TemplateId,
  version: z.number().int().min(1).max(MAX_TEMPLATE_VERSIONS),
});
export type TemplateRef = z.infer<typeof TemplateRef>;
