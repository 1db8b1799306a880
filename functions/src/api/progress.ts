import type { ProgressService } from '@koers/app';
import { contracts } from '@koers/contracts';
import { ForbiddenError, hasRole, NotFoundError } from '@koers/domain';
import { defineRoute } from '../http/defineRoute';
import { requestLanguage } from '../http/problem';
import { progressFile } from '../progress/progressFile';
import type { RouteDefinition, Services } from './services';

/** HR's progress board over HTTP (contracts in @koers/contracts' progress.ts): thin handlers around the progress use case. */

function serviceOf(services: Services): ProgressService {
  if (!services.progress) throw new NotFoundError('Route', contracts.progressBoard.path);
  return services.progress;
}

export const progressRoundsRoute = defineRoute(contracts.progressRounds, async ({ actor, services }) => serviceOf(services).rounds(actor));

export const progressBoardRoute = defineRoute(contracts.progressBoard, async ({ actor, params, services }) => serviceOf(services).board(actor, params.roundId));

export const progressPeopleRoute = defineRoute(contracts.progressPeople, async ({ actor, params, query, services }) =>
  serviceOf(services).people(actor, params.roundId, query),
);

export const progressExportRoute = defineRoute(contracts.progressExport, async ({ actor, params, query, services, request }) => {
  const { round, people } = await serviceOf(services).everyone(actor, params.roundId, query);
  const locale = query.lang ?? (requestLanguage(request) === 'en' ? 'en-GB' : 'nl-NL');
  const file = await progressFile(round, people, query.format, locale);
  return { content: file.content, filename: file.fileName, contentType: file.contentType };
});

export const progressRebuildRoute = defineRoute(
  contracts.progressRebuild,
  async ({ params, services, actor }) => {
    if (!services.progressTracker) throw new NotFoundError('Route', contracts.progressRebuild.path);
    return services.progressTracker.rebuildRound(actor.tenantId, params.roundId);
  },
  {
    authorize: ({ actor }) => {
      if (!hasRole(actor, 'hr')) throw new ForbiddenError('hr-only');
    },
  },
);

export const progressRoutes: RouteDefinition[] = [progressRoundsRoute, progressBoardRoute, progressPeopleRoute, progressExportRoute, progressRebuildRoute];
