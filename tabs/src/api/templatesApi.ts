import { contracts } from '@koers/contracts';
import type { CopyTemplateRequest, PublishTemplateRequest, TemplateListResponse, TemplateRef, TemplateVersionResponse } from '@koers/domain';
import type { AuthorizedCall } from './authorizedApi';
import { apiClient } from './client';

/** Conversation templates (@koers/contracts' template routes). */
export interface TemplatesApi {
  list(signal?: AbortSignal): Promise<TemplateListResponse>;
  version(ref: TemplateRef, signal?: AbortSignal): Promise<TemplateVersionResponse>;
  copy(request: CopyTemplateRequest): Promise<TemplateVersionResponse>;
  publish(templateId: string, request: PublishTemplateRequest): Promise<TemplateVersionResponse>;
  use(templateId: string): Promise<TemplateListResponse>;
}

export function templatesApi(call: AuthorizedCall): TemplatesApi {
  const client = apiClient(call);
  return {
    list: (signal) => client.call(contracts.templates, { signal }),
    version: (ref, signal) => client.call(contracts.templateVersion, { params: ref, signal }),
    copy: (request) => client.call(contracts.copyTemplate, { body: request }),
    publish: (templateId, request) => client.call(contracts.publishTemplate, { params: { templateId }, body: request }),
    use: (templateId) => client.call(contracts.useTemplate, { body: { templateId } }),
  };
}
