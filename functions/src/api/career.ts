import type { CareerService } from '@koers/app';
import { contracts } from '@koers/contracts';
import { NotFoundError } from '@koers/domain';
import { defineRoute } from '../http/defineRoute';
import { hrOnly } from './hrOnly';
import type { RouteDefinition, Services } from './services';

/** A person's career options and HR's function links over HTTP (contracts in @koers/contracts). */

function serviceOf(services: Services): CareerService {
  if (!services.career) throw new NotFoundError('Route', contracts.careerOptions.path);
  return services.career;
}

const hrOnlyRoute = hrOnly(serviceOf);

export const careerOptionsRoute = defineRoute(contracts.careerOptions, async ({ actor, params, query, services }) =>
  serviceOf(services).careerOptions(actor, params.id, query.conversationId === undefined ? {} : { conversationId: query.conversationId }),
);

export const functionLinksRoute = defineRoute(contracts.functionLinks, async ({ actor, services }) => serviceOf(services).functionLinks(actor), hrOnlyRoute);

export const confirmJobTitleRoute = defineRoute(contracts.confirmJobTitle, async ({ actor, body, services }) => serviceOf(services).confirmJobTitle(actor, body), hrOnlyRoute);

export const assignFunctionRoute = defineRoute(contracts.assignFunction, async ({ actor, params, body, services }) => serviceOf(services).assignFunction(actor, params.id, body), hrOnlyRoute);

export const trainingRightRoute = defineRoute(contracts.trainingRight, async ({ actor, params, services }) => serviceOf(services).trainingRight(actor, params.id, params.year));

export const setTrainingRightRoute = defineRoute(contracts.setTrainingRight, async ({ actor, params, body, services }) => serviceOf(services).setTrainingRight(actor, params.id, params.year, body), hrOnlyRoute);

export const careerRoutes: RouteDefinition[] = [careerOptionsRoute, functionLinksRoute, confirmJobTitleRoute, assignFunctionRoute, trainingRightRoute, setTrainingRightRoute];
