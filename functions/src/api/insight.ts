import type { InsightService } from '@koers/app';
import { contracts } from '@koers/contracts';
import { ForbiddenError, hasRole, NotFoundError, type Actor } from '@koers/domain';
import { answer, defineRoute } from '../http/defineRoute';
import type { RouteDefinition, Services } from './services';

/** HR's anonymous insight and the employee's talent-pool wishes over HTTP (contracts in @koers/contracts). */

function serviceOf(services: Services): InsightService {
  if (!services.insight) throw new NotFoundError('Route', contracts.insight.path);
  return services.insight;
}

// Who may comes before what they sent: a colleague learns nothing from a 400.
const hrOnly = {
  authorize: ({ actor, services }: { actor: Actor; services: Services }) => {
    serviceOf(services);
    if (!hasRole(actor, 'hr')) throw new ForbiddenError('hr-only');
  },
};

export const insightRoundsRoute = defineRoute(contracts.insightRounds, async ({ actor, services }) => serviceOf(services).rounds(actor), hrOnly);

export const insightRoute = defineRoute(contracts.insight, async ({ actor, params, query, services }) => serviceOf(services).insight(actor, params.roundId, query), hrOnly);

export const namedTalentRoute = defineRoute(contracts.namedTalent, async ({ actor, query, services }) => serviceOf(services).namedTalent(actor, query.continuationToken), hrOnly);

export const myTalentRoute = defineRoute(contracts.myTalent, async ({ actor, services }) => {
  const result = await serviceOf(services).myTalent(actor);
  return answer(result, result.etag ? { etag: result.etag } : {});
});

export const saveMyTalentRoute = defineRoute(contracts.saveMyTalent, async ({ actor, body, ifMatch, services }) => {
  const result = await serviceOf(services).saveMyTalent(actor, body, ifMatch);
  return answer(result, result.etag ? { etag: result.etag } : {});
});

export const insightRoutes: RouteDefinition[] = [insightRoundsRoute, insightRoute, namedTalentRoute, myTalentRoute, saveMyTalentRoute];
