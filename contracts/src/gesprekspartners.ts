import { GesprekspartnerExportQuery, GesprekspartnerImportRequest, GesprekspartnerImportResponse } from '@koers/domain';
import { binary, defineContracts, json } from './contract';

/** Who holds whose career conversations, kept in the HR system and brought in as a spreadsheet (Koers.HR only). */
export const gesprekspartnerContracts = defineContracts({
  checkGesprekspartners: {
    method: 'POST',
    path: 'organisation/gesprekspartners/check',
    summary:
      'Check an export of the HR system (.xlsx, or .csv with commas or semicolons) naming each person and who holds their career conversations, by e-mail address: who would change from whom to whom, and every bad row with its row number and column. Saves nothing; the etag is the state to save against (Koers.HR)',
    tags: ['organisation'],
    auth: 'bearer',
    body: GesprekspartnerImportRequest,
    maxBodyBytes: 7 * 1024 * 1024,
    response: json('GesprekspartnerImportResponse', GesprekspartnerImportResponse),
    problems: [400, 403],
  },
  importGesprekspartners: {
    method: 'POST',
    path: 'organisation/gesprekspartners/import',
    summary:
      'Save the same file as checked, with If-Match the etag of the check (412 when a gesprekspartner or manager changed meanwhile). Nothing is saved unless every row is valid: then saved is false and the errors are listed (Koers.HR)',
    tags: ['organisation'],
    auth: 'bearer',
    ifMatch: 'required',
    body: GesprekspartnerImportRequest,
    maxBodyBytes: 7 * 1024 * 1024,
    response: json('GesprekspartnerImportResponse', GesprekspartnerImportResponse),
    problems: [400, 403, 412, 428],
  },
  exportGesprekspartners: {
    method: 'GET',
    path: 'organisation/gesprekspartners/export',
    summary: 'Everyone with who holds their career conversations, as .xlsx or .csv (semicolons): the columns the import reads (Koers.HR)',
    tags: ['organisation'],
    auth: 'bearer',
    query: GesprekspartnerExportQuery,
    response: binary('GesprekspartnerFile', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    problems: [400, 403],
  },
});
