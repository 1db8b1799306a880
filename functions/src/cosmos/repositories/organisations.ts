import type { Database } from '@azure/cosmos';
import { Guid, OrganisationSettings, type OrganisationStore, type Stored } from '@koers/domain';
import { z } from 'zod';
import { CONTAINERS } from '../containers';
import { DocumentCollection } from './documents';

const TenantIds = z.array(Guid);

export function createOrganisationStore(database: Database): OrganisationStore {
  const docs = new DocumentCollection<OrganisationSettings>(database, {
    entity: 'Organisation',
    spec: CONTAINERS.organisations,
    schema: OrganisationSettings,
    partitionKey: (o) => o.tenantId,
    derive: () => ({}),
  });

  function checked(settings: OrganisationSettings): OrganisationSettings {
    // One settings document per tenant: the point read by tenant id relies on id = tenantId.
    if (settings.id !== settings.tenantId) {
      throw new RangeError(`organisation settings id ${settings.id} must equal its tenantId ${settings.tenantId}`);
    }
    return settings;
  }

  return {
    get: async (tenantId): Promise<Stored<OrganisationSettings> | undefined> => docs.read(tenantId, tenantId, tenantId),

    // The one query without a tenant filter, on purpose: timers iterate the tenants. It returns
    // tenant ids only, never a tenant's data.
    async listTenantIds() {
      const iterator = docs.container.items.query<unknown>('SELECT VALUE c.tenantId FROM c', { maxItemCount: 500 });
      const ids: string[] = [];
      while (iterator.hasMoreResults()) {
        const { resources } = await iterator.fetchNext();
        ids.push(...TenantIds.parse(resources));
      }
      return ids.sort();
    },

    create: async (settings) => docs.create(checked(settings)),
    replace: async (settings, ifMatch) => docs.replace(checked(settings), ifMatch),
  };
}
