import type { Database } from '@azure/cosmos';
import { emailKey, Person, sortName, type PersonStore } from '@koers/domain';
import { CONTAINERS } from '../containers';
import { DocumentCollection } from './documents';

export function createPersonStore(database: Database): PersonStore {
  const docs = new DocumentCollection<Person>(database, {
    entity: 'Person',
    spec: CONTAINERS.people,
    schema: Person,
    partitionKey: (p) => p.tenantId,
    derive: (p) => ({ emailKey: emailKey(p.email), sortName: sortName(p.displayName) }),
  });

  return {
    get: async (tenantId, id) => docs.read(tenantId, tenantId, id),

    findByEmail: async (tenantId, email) =>
      docs.queryFirst({
        tenantId,
        partitionKey: tenantId,
        sql: 'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.emailKey = @emailKey',
        parameters: { emailKey: emailKey(email) },
      }),

    listReports: async (tenantId, managerId, page) =>
      docs.queryPage(
        {
          tenantId,
          partitionKey: tenantId,
          sql: 'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.managerId = @managerId AND NOT IS_DEFINED(c.leftAt) ORDER BY c.sortName ASC, c.id ASC',
          parameters: { managerId },
        },
        page,
      ),

    listTeam: async (tenantId, leaderId, page) =>
      docs.queryPage(
        {
          tenantId,
          partitionKey: tenantId,
          sql: 'SELECT * FROM c WHERE c.tenantId = @tenantId AND (c.managerId = @leaderId OR c.gesprekspartnerId = @leaderId) AND NOT IS_DEFINED(c.leftAt) ORDER BY c.sortName ASC, c.id ASC',
          parameters: { leaderId },
        },
        page,
      ),

    listTenant: async (tenantId, page) =>
      docs.queryPage(
        {
          tenantId,
          partitionKey: tenantId,
          sql: 'SELECT * FROM c WHERE c.tenantId = @tenantId ORDER BY c.sortName ASC, c.id ASC',
        },
        page,
      ),

    create: async (person) => docs.create(person),
    replace: async (person, ifMatch) => docs.replace(person, ifMatch),
  };
}
