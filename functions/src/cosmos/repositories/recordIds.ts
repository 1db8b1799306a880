import type { Database } from '@azure/cosmos';
import { RecordIdClaim, type RecordIdClaims } from '@koers/domain';
import { CONTAINERS } from '../containers';
import { DocumentCollection } from './documents';

/** The tenant's claimed record ids (domain recordIds.ts): one partition per tenant, point operations only. */
export function createRecordIdClaims(database: Database): RecordIdClaims {
  const docs = new DocumentCollection<RecordIdClaim>(database, {
    entity: 'RecordIdClaim',
    spec: CONTAINERS.recordIds,
    schema: RecordIdClaim,
    partitionKey: (c) => c.tenantId,
    derive: () => ({}),
  });
  return {
    create: (claim) => docs.create(claim),
    read: (tenantId, id) => docs.read(tenantId, tenantId, id),
  };
}
