import { contracts } from '@koers/contracts';
import { answer, defineRoute } from '../http/defineRoute';
import type { RouteDefinition } from './services';

/**
 * The portfolio over HTTP (contracts in @koers/contracts): thin handlers around the
 * PortfolioService. An answer carries the entry's new etag in the body and as `ETag`.
 */

export const portfolioRoute = defineRoute(contracts.portfolio, async ({ actor, query, services }) => services.portfolio.get(actor, query.employeeId));

export const addEntryRoute = defineRoute(contracts.addPortfolioEntry, async ({ actor, body, services }) => {
  const entry = await services.portfolio.create(actor, body);
  return answer(entry, { status: entry.created ? 201 : 200, etag: entry.etag });
});

export const updateEntryRoute = defineRoute(contracts.updatePortfolioEntry, async ({ actor, params, body, ifMatch, services }) => {
  const entry = await services.portfolio.update(actor, params.id, body, ifMatch);
  return answer(entry, { etag: entry.etag });
});

export const deleteEntryRoute = defineRoute(contracts.deletePortfolioEntry, async ({ actor, params, ifMatch, services }) => {
  await services.portfolio.remove(actor, params.id, ifMatch);
});

export const entryVisibilityRoute = defineRoute(contracts.portfolioEntryVisibility, async ({ actor, params, body, services }) => {
  const item = await services.portfolio.setVisibility(actor, params.id, body);
  return answer(item, item.source === 'eigen' ? { etag: item.etag } : {});
});

export const portfolioRoutes: RouteDefinition[] = [portfolioRoute, addEntryRoute, updateEntryRoute, deleteEntryRoute, entryVisibilityRoute];
