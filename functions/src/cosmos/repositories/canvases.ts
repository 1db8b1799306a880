import type { Database } from '@azure/cosmos';
import { claimRecordId, employeeKey, StoredCanvas, type Canvas, type CanvasStore, type RecordIdClaims } from '@koers/domain';
import { CONTAINERS } from '../containers';
import { DocumentCollection } from './documents';

export function createCanvasStore(database: Database, claims: RecordIdClaims): CanvasStore {
  const docs = new DocumentCollection<Canvas>(database, {
    entity: 'Canvas',
    spec: CONTAINERS.canvases,
    schema: StoredCanvas,
    partitionKey: (c) => employeeKey(c.tenantId, c.employeeId),
    derive: (c) => ({ employeeKey: employeeKey(c.tenantId, c.employeeId) }),
  });

  return {
    get: async (tenantId, employeeId, id) => docs.read(tenantId, employeeKey(tenantId, employeeId), id),
    create: async (canvas) => {
      await claimRecordId(claims, 'Canvas', 'conversation', canvas);
      return docs.create(canvas);
    },
    replace: async (canvas, ifMatch) => docs.replace(canvas, ifMatch),
    // A keystroke writes one card (~1 KB), not the whole canvas: the request stays small even on
    // a canvas of 500 cards, and Cosmos still checks the document's etag.
    patch: async (canvas, change, ifMatch) =>
      docs.patchPaths(
        canvas,
        [
          ...change.cardIds.map((id) => ['state', 'cards', id]),
          ...(change.guidance ? [['guidance']] : []),
          ['updatedAt'],
        ],
        ifMatch,
      ),
  };
}
