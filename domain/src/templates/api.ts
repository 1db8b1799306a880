import { z } from 'zod';
import { IsoDateTime } from '../conversation';
import { Guid } from '../people';
import { TemplateId, TemplateRef } from './ref';
import { TemplateContent, TemplateName } from './schema';

/** A template in HR's list: its latest version, and whether new conversations start with it. */
export const TemplateSummary = z.object({
  templateId: TemplateId,
  name: z.string(),
  latestVersion: z.number().int().min(1),
  builtIn: z.boolean(),
  inUse: z.boolean(),
  updatedAt: IsoDateTime.optional(),
});
export type TemplateSummary = z.infer<typeof TemplateSummary>;

export const TemplateListResponse = z.object({
  templates: z.array(TemplateSummary),
  /** The version a conversation booked now pins. */
  inUse: TemplateRef,
});
export type TemplateListResponse = z.infer<typeof TemplateListResponse>;

export const TemplateHistoryEntry = z.object({
  version: z.number().int().min(1),
  name: z.string(),
  createdAt: IsoDateTime.optional(),
  createdBy: Guid.optional(),
  createdByName: z.string().optional(),
});
export type TemplateHistoryEntry = z.infer<typeof TemplateHistoryEntry>;

/** One version of a template with the template's history, newest first. */
export const TemplateVersionResponse = TemplateContent.extend({
  templateId: TemplateId,
  version: z.number().int().min(1),
  builtIn: z.boolean(),
  basedOn: TemplateRef.optional(),
  createdAt: IsoDateTime.optional(),
  history: z.array(TemplateHistoryEntry),
});
export type TemplateVersionResponse = z.infer<typeof TemplateVersionResponse>;

export const TemplateVersionParams = z.object({
  templateId: TemplateId,
  version: z.coerce.number().int().min(1).max(1000),
});

export const TemplateParams = z.object({ templateId: TemplateId });

/** HR copies a template version into a new template of their own. */
export const CopyTemplateRequest = z.object({
  from: TemplateRef,
  name: TemplateName,
});
export type CopyTemplateRequest = z.infer<typeof CopyTemplateRequest>;

/** HR publishes the next version; `basedOnVersion` is the version the editor opened. */
export const PublishTemplateRequest = TemplateContent.extend({
  basedOnVersion: z.number().int().min(1),
});
export type PublishTemplateRequest = z.infer<typeof PublishTemplateRequest>;

export const UseTemplateRequest = z.object({ templateId: TemplateId });
export type UseTemplateRequest = z.infer<typeof UseTemplateRequest>;
