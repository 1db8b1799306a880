import type { CatalogueService } from '@koers/app';
import { contracts } from '@koers/contracts';
import { NotFoundError } from '@koers/domain';
import { sheetErrorView } from '../catalogue/sheetErrorView';
import { answer, defineRoute } from '../http/defineRoute';
import { hrOnly } from './hrOnly';
import { requestLanguage } from '../http/problem';
import type { RouteDefinition, Services } from './services';

/** The function house and learning offer over HTTP (contracts in @koers/contracts). */

function serviceOf(services: Services): CatalogueService {
  if (!services.catalogue) throw new NotFoundError('Route', contracts.catalogue.path);
  return services.catalogue;
}

const hrOnlyRoute = hrOnly(serviceOf);

export const catalogueRoute = defineRoute(contracts.catalogue, async ({ actor, services }) => {
  const result = await serviceOf(services).get(actor);
  return answer(result, result.etag ? { etag: result.etag } : {});
});

export const replaceCatalogueRoute = defineRoute(
  contracts.replaceCatalogue,
  async ({ actor, body, ifMatch, services }) => {
    const result = await serviceOf(services).replace(actor, body, ifMatch);
    return answer(result, result.etag ? { etag: result.etag } : {});
  },
  hrOnlyRoute,
);

export const importCatalogueRoute = defineRoute(
  contracts.importCatalogue,
  async ({ actor, body, ifMatch, services, request }) => {
    const result = await serviceOf(services).importFile(actor, body, ifMatch);
    const language = requestLanguage(request);
    return answer({ ...result, errors: result.errors.map((e) => sheetErrorView(e, language)) }, result.etag ? { etag: result.etag } : {});
  },
  hrOnlyRoute,
);

export const exportCatalogueRoute = defineRoute(contracts.exportCatalogue, async ({ actor, query, services }) => {
  const file = await serviceOf(services).exportFile(actor, query.format, query.list);
  return { content: file.content, filename: file.fileName, contentType: file.contentType };
});

export const catalogueRoutes: RouteDefinition[] = [catalogueRoute, replaceCatalogueRoute, importCatalogueRoute, exportCatalogueRoute];
