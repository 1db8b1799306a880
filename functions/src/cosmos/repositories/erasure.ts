import type { Database } from '@azure/cosmos';
import type { ErasableContainer, ErasureStore, FoundDocument, PersonField } from '@koers/domain';
import { CONTAINERS } from '../containers';
import { statusOf } from './documents';

/**
 * The erasure's reach into every container (domain privacy/erasure.ts): tenant-filtered queries on
 * one person-valued property, and idempotent point deletes. The property is one of a fixed set of
 * names (PersonField), never caller text, so it may stand in the SQL.
 */
export function createErasureStore(database: Database): ErasureStore {
  const partitionProperty = (container: ErasableContainer) => CONTAINERS[container].partitionKeyPath.slice(1);
  return {
    async find(container, tenantId, field: PersonField, value) {
      if (!/^[A-Za-z]+$/.test(field)) throw new Error(`not a property name: ${field}`);
      const { resources } = await database
        .container(CONTAINERS[container].id)
        .items.query<Record<string, unknown>>({
          query: `SELECT * FROM c WHERE c.tenantId = @tenantId AND c.${field} = @value`,
          parameters: [
            { name: '@tenantId', value: tenantId },
            { name: '@value', value },
          ],
        })
        .fetchAll();
      return resources.map((document): FoundDocument => ({ partitionKey: String(document[partitionProperty(container)]), id: String(document.id), document }));
    },
    async remove(container, partitionKey, id) {
      try {
        await database.container(CONTAINERS[container].id).item(id, partitionKey).delete();
      } catch (err) {
        if (statusOf(err) !== 404) throw err;
      }
    },
  };
}
