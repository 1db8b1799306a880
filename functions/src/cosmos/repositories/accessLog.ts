import type { Database } from '@azure/cosmos';
import { AccessLogEntry, subjectKey, type AccessLogStore } from '@koers/domain';
import { CONTAINERS } from '../containers';
import { DocumentCollection } from './documents';

/** One person's access log lines in their own partition; Cosmos expires them (container TTL). */
export function createAccessLogStore(database: Database): AccessLogStore {
  const docs = new DocumentCollection<AccessLogEntry>(database, {
    entity: 'AccessLogEntry',
    spec: CONTAINERS.accessLog,
    schema: AccessLogEntry,
    partitionKey: (e) => subjectKey(e.tenantId, e.subjectId),
    derive: (e) => ({ subjectKey: subjectKey(e.tenantId, e.subjectId) }),
  });

  return {
    async record(entry) {
      await docs.upsert(entry);
    },
    listForSubject: async (tenantId, subjectId, page) => {
      const key = subjectKey(tenantId, subjectId);
      return docs.queryPage(
        {
          tenantId,
          partitionKey: key,
          sql: 'SELECT * FROM c WHERE c.subjectKey = @subjectKey AND c.tenantId = @tenantId ORDER BY c.at DESC, c.id DESC',
          parameters: { subjectKey: key },
        },
        page,
      );
    },
  };
}
