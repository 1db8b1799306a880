import type { GesprekspartnerImportResult, GesprekspartnerService } from '@koers/app';
import { contracts } from '@koers/contracts';
import { NotFoundError, type GesprekspartnerImportResponse, type GesprekspartnerRowError } from '@koers/domain';
import { answer, defineRoute } from '../http/defineRoute';
import { apiTexts, requestLanguage } from '../http/problem';
import { hrOnly } from './hrOnly';
import type { RouteDefinition, Services } from './services';

/** HR's gesprekspartners as spreadsheets over HTTP: check, save (If-Match), export. */

function serviceOf(services: Services): GesprekspartnerService {
  if (!services.gesprekspartners) throw new NotFoundError('Route', contracts.checkGesprekspartners.path);
  return services.gesprekspartners;
}

/** A bad row as HR reads it next to Excel, in the caller's language: "rij 4, kolom e-mail: …". */
function rowErrorMessage(error: GesprekspartnerRowError, language: 'nl' | 'en'): string {
  const t = apiTexts(language);
  return t('gesprekspartners.row-error', { row: error.row, column: error.column, reason: t(`gesprekspartners.row-error.${error.code}`, { detail: error.detail ?? '' }) });
}

function view(result: GesprekspartnerImportResult, language: 'nl' | 'en'): GesprekspartnerImportResponse {
  return { ...result, errors: result.errors.map((e) => ({ row: e.row, column: e.column, code: e.code, message: rowErrorMessage(e, language) })) };
}

const hrOnlyRoute = hrOnly(serviceOf);

export const checkGesprekspartnersRoute = defineRoute(
  contracts.checkGesprekspartners,
  async ({ actor, body, services, request }) => {
    const result = await serviceOf(services).check(actor, body);
    return answer(view(result, requestLanguage(request)), { etag: result.etag });
  },
  hrOnlyRoute,
);

export const importGesprekspartnersRoute = defineRoute(
  contracts.importGesprekspartners,
  async ({ actor, body, ifMatch, services, request }) => {
    const result = await serviceOf(services).save(actor, body, ifMatch);
    return answer(view(result, requestLanguage(request)), { etag: result.etag });
  },
  hrOnlyRoute,
);

export const exportGesprekspartnersRoute = defineRoute(
  contracts.exportGesprekspartners,
  async ({ actor, query, services }) => {
    const file = await serviceOf(services).exportFile(actor, query.format);
    return { content: file.content, filename: file.fileName, contentType: file.contentType };
  },
  hrOnlyRoute,
);

export const gesprekspartnerRoutes: RouteDefinition[] = [checkGesprekspartnersRoute, importGesprekspartnersRoute, exportGesprekspartnersRoute];
