import { contracts } from '@koers/contracts';
import type { GesprekspartnerImportRequest, GesprekspartnerImportResponse } from '@koers/domain';
import type { AuthorizedCall } from './authorizedApi';
import { apiClient } from './client';

/** HR's gesprekspartners from and to the HR system's spreadsheets (@koers/contracts' gesprekspartner routes). */
export interface GesprekspartnersApi {
  /** Who would change from whom to whom, or every bad row; its etag is what `save` sends. */
  check(request: GesprekspartnerImportRequest): Promise<GesprekspartnerImportResponse>;
  /** The checked file, saved as a whole; 412 when the mapping changed since `etag`. */
  save(request: GesprekspartnerImportRequest, etag: string): Promise<GesprekspartnerImportResponse>;
  exportWorkbook(): Promise<Blob>;
}

export function gesprekspartnersApi(call: AuthorizedCall): GesprekspartnersApi {
  const client = apiClient(call);
  return {
    check: (request) => client.call(contracts.checkGesprekspartners, { body: request }),
    save: (request, etag) => client.call(contracts.importGesprekspartners, { body: request, ifMatch: etag }),
    exportWorkbook: () => client.call(contracts.exportGesprekspartners, { query: { format: 'xlsx' } }),
  };
}
