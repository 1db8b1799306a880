import { Catalogue, CatalogueExportQuery, CatalogueImportRequest, CatalogueImportResponse, CatalogueResponse } from '@koers/domain';
import { binary, defineContracts, json } from './contract';

/** The function house and learning offer: everyone in the organisation reads it, Koers.HR changes it. */
export const catalogueContracts = defineContracts({
  catalogue: {
    method: 'GET',
    path: 'catalogue',
    summary: "The organisation's function house, career paths, certificates and learning offer (etag null while there is none)",
    tags: ['catalogue'],
    auth: 'bearer',
    response: json('CatalogueResponse', CatalogueResponse),
  },
  replaceCatalogue: {
    method: 'PUT',
    path: 'catalogue',
    summary:
      'Replace the whole catalogue (Koers.HR; If-Match with the etag read, none only for the first one). 422 catalogue-invalid lists every dead link or double id',
    tags: ['catalogue'],
    auth: 'bearer',
    ifMatch: 'optional',
    body: Catalogue,
    maxBodyBytes: 4 * 1024 * 1024,
    response: json('CatalogueResponse', CatalogueResponse),
    problems: [400, 403, 409, 412, 422],
  },
  importCatalogue: {
    method: 'POST',
    path: 'catalogue/import',
    summary:
      'Check a spreadsheet (.xlsx workbook, or one list as .csv) and, with save true and a valid file, store it (Koers.HR). Every bad cell is listed with sheet, row and column; nothing is stored until the whole file is valid',
    tags: ['catalogue'],
    auth: 'bearer',
    ifMatch: 'optional',
    body: CatalogueImportRequest,
    maxBodyBytes: 7 * 1024 * 1024,
    response: json('CatalogueImportResponse', CatalogueImportResponse),
    problems: [400, 403, 409, 412, 422],
  },
  exportCatalogue: {
    method: 'GET',
    path: 'catalogue/export',
    summary: 'The catalogue as an .xlsx workbook with one sheet per list, or one list as .csv: the same columns the import reads',
    tags: ['catalogue'],
    auth: 'bearer',
    query: CatalogueExportQuery,
    response: binary('CatalogueFile', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    problems: [400],
  },
});
