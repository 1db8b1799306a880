import {
  CopyTemplateRequest,
  PublishTemplateRequest,
  TemplateListResponse,
  TemplateParams,
  TemplateVersionParams,
  TemplateVersionResponse,
  UseTemplateRequest,
} from '@koers/domain';
import { defineContracts, json } from './contract';

/** Conversation templates: everyone in the organisation reads them, Koers.HR copies and publishes. */
export const templateContracts = defineContracts({
  templates: {
    method: 'GET',
    path: 'templates',
    summary: "The organisation's conversation templates (the built-in Koers template first) and the version new conversations pin",
    tags: ['templates'],
    auth: 'bearer',
    response: json('TemplateListResponse', TemplateListResponse),
  },
  templateVersion: {
    method: 'GET',
    path: 'templates/{templateId}/versions/{version}',
    summary: "One version of a template — questions, section prompts, variants — with the template's history, newest first. A version never changes",
    tags: ['templates'],
    auth: 'bearer',
    params: TemplateVersionParams,
    response: json('TemplateVersionResponse', TemplateVersionResponse),
    problems: [400, 404],
  },
  copyTemplate: {
    method: 'POST',
    path: 'templates',
    summary: 'Copy a template version into a new template of the organisation, at version 1 (Koers.HR)',
    tags: ['templates'],
    auth: 'bearer',
    body: CopyTemplateRequest,
    maxBodyBytes: 4 * 1024,
    response: json('TemplateVersionResponse', TemplateVersionResponse),
    problems: [400, 403, 404, 422],
  },
  publishTemplate: {
    method: 'POST',
    path: 'templates/{templateId}/versions',
    summary:
      'Publish the next version of a template (Koers.HR), edited from `basedOnVersion`; 409 template-stale when a newer version exists, 409 template-read-only for the built-in template. Running conversations keep the version they pinned',
    tags: ['templates'],
    auth: 'bearer',
    params: TemplateParams,
    body: PublishTemplateRequest,
    maxBodyBytes: 256 * 1024,
    response: json('TemplateVersionResponse', TemplateVersionResponse),
    problems: [400, 403, 404, 409, 422],
  },
  useTemplate: {
    method: 'PUT',
    path: 'templates/in-use',
    summary: 'Choose the template whose latest version new conversations pin (Koers.HR)',
    tags: ['templates'],
    auth: 'bearer',
    body: UseTemplateRequest,
    maxBodyBytes: 1024,
    response: json('TemplateListResponse', TemplateListResponse),
    problems: [400, 403, 404],
  },
});
