import { contracts } from '@koers/contracts';
import type { CatalogueImportRequest, CatalogueImportResponse, CatalogueResponse } from '@koers/domain';
import type { AuthorizedCall } from './authorizedApi';
import { apiClient } from './client';

/** The function house and learning offer (@koers/contracts' catalogue routes). */
export interface CatalogueApi {
  get(signal?: AbortSignal): Promise<CatalogueResponse>;
  /** Checks (save false) or stores (save true) a spreadsheet; `etag` is the catalogue's as read. */
  importFile(request: CatalogueImportRequest, etag: string | null): Promise<CatalogueImportResponse>;
  exportWorkbook(): Promise<Blob>;
}

export function catalogueApi(call: AuthorizedCall): CatalogueApi {
  const client = apiClient(call);
  return {
    get: (signal) => client.call(contracts.catalogue, { signal }),
    importFile: (request, etag) => client.call(contracts.importCatalogue, { body: request, ...(etag ? { ifMatch: etag } : {}) }),
    exportWorkbook: () => client.call(contracts.exportCatalogue, { query: { format: 'xlsx' } }),
  };
}
