import type { TemplateService } from '@koers/app';
import { contracts } from '@koers/contracts';
import { NotFoundError } from '@koers/domain';
import { answer, defineRoute } from '../http/defineRoute';
import { hrOnly } from './hrOnly';
import type { RouteDefinition, Services } from './services';

/** Conversation templates over HTTP (contracts in @koers/contracts). */

function serviceOf(services: Services): TemplateService {
  if (!services.templates) throw new NotFoundError('Route', contracts.templates.path);
  return services.templates;
}

const hrOnlyRoute = hrOnly(serviceOf);

export const templatesRoute = defineRoute(contracts.templates, async ({ actor, services }) => answer(await serviceOf(services).list(actor)));

export const templateVersionRoute = defineRoute(contracts.templateVersion, async ({ actor, params, services }) =>
  answer(await serviceOf(services).get(actor, { templateId: params.templateId, version: params.version })),
);

export const copyTemplateRoute = defineRoute(contracts.copyTemplate, async ({ actor, body, services }) => answer(await serviceOf(services).copy(actor, body)), hrOnlyRoute);

export const publishTemplateRoute = defineRoute(
  contracts.publishTemplate,
  async ({ actor, params, body, services }) => answer(await serviceOf(services).publish(actor, params.templateId, body)),
  hrOnlyRoute,
);

export const useTemplateRoute = defineRoute(contracts.useTemplate, async ({ actor, body, services }) => answer(await serviceOf(services).use(actor, body.templateId)), hrOnlyRoute);

export const templateRoutes: RouteDefinition[] = [templatesRoute, templateVersionRoute, copyTemplateRoute, publishTemplateRoute, useTemplateRoute];
