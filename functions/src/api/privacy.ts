import { contracts } from '@koers/contracts';
import { NotFoundError } from '@koers/domain';
import { defineRoute } from '../http/defineRoute';
import { renderPersonalDataSummary } from '../privacy/summaryHtml';
import type { RouteDefinition } from './services';

/** The AVG over HTTP (contracts in @koers/contracts' privacy.ts): thin handlers around the privacy use case. */

export const myDataRoute = defineRoute(contracts.myData, async ({ actor, services }) => services.privacy.myData(actor));

export const myDataSummaryRoute = defineRoute(contracts.myDataSummary, async ({ actor, services }) => {
  const data = await services.privacy.myData(actor);
  const html = renderPersonalDataSummary(data, { names: await services.privacy.namesIn(data) });
  return { content: html, filename: `koers-${data.generatedAt.slice(0, 10)}.html` };
});

export const myAccessLogRoute = defineRoute(contracts.myAccessLog, async ({ actor, query, services }) =>
  services.privacy.accessLog(actor, { maxItems: query.maxItems ?? 50, ...(query.continuationToken ? { continuationToken: query.continuationToken } : {}) }),
);

export const personDataRoute = defineRoute(contracts.personData, async ({ actor, params, services }) => services.privacy.dataOf(actor, params.id));

export const erasePersonRoute = defineRoute(contracts.erasePerson, async ({ actor, params, services }) => {
  // An app built from bare stores (no database) has no erasure, as it has no dispatcher.
  if (!services.erasure) throw new NotFoundError('Route', contracts.erasePerson.path);
  return services.erasure.erase(actor, params.id);
});

export const erasureCandidatesRoute = defineRoute(contracts.erasureCandidates, async ({ actor, query, services }) => {
  if (!services.erasure) throw new NotFoundError('Route', contracts.erasureCandidates.path);
  return services.erasure.candidates(actor, query.search);
});

export const privacyRoutes: RouteDefinition[] = [myDataRoute, myDataSummaryRoute, myAccessLogRoute, personDataRoute, erasureCandidatesRoute, erasePersonRoute];
