import type { Database } from '@azure/cosmos';
import { compareTemplateVersions, TemplateInUse, templateVersionId, TemplateVersion, type TemplateStore } from '@koers/domain';
import { CONTAINERS } from '../containers';
import { DocumentCollection } from './documents';

export function createTemplateStore(database: Database): TemplateStore {
  const spec = CONTAINERS.templates;
  const versions = new DocumentCollection<TemplateVersion>(database, { entity: 'TemplateVersion', spec, schema: TemplateVersion, partitionKey: (v) => v.tenantId, derive: () => ({}) });
  const choices = new DocumentCollection<TemplateInUse>(database, { entity: 'TemplateInUse', spec, schema: TemplateInUse, partitionKey: (c) => c.tenantId, derive: () => ({}) });
  return {
    listVersions: async (tenantId) =>
      (
        await versions.queryAll({
          tenantId,
          partitionKey: tenantId,
          sql: "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.id != 'in-gebruik'",
        })
      ).sort(compareTemplateVersions),
    get: async (tenantId, ref) => (await versions.read(tenantId, tenantId, templateVersionId(ref)))?.value,
    latest: async (tenantId, templateId) =>
      (
        await versions.queryFirst({
          tenantId,
          partitionKey: tenantId,
          sql: "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.templateId = @templateId AND c.id != 'in-gebruik' ORDER BY c.version DESC",
          parameters: { templateId },
        })
      )?.value,
    create: async (version) => (await versions.create(version)).value,
    inUse: async (tenantId) => (await choices.read(tenantId, tenantId, 'in-gebruik'))?.value,
    setInUse: async (choice) => (await choices.upsert(choice)).value,
  };
}
