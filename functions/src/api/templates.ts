import type { TemplateService } from '@koers/app';
import { contracts } from '@koers/contracts';
import { ForbiddenError, hasRole, NotFoundError } from '@koers/domain';
import { answer, defineRoute } from '../http/defineRoute';
import type { RouteDefinition, Services } from './services';

/** Conversation templates over HTTP (contracts in @koers/contracts). */

function serviceOf(services: Services): TemplateService {
  if (!services.templates) throw new NotFoundError('Route', contracts.templates.path);
  return services.templates;
}

// Who may comes before what they sent: a colleague learns nothing from a 400.
const hrOnly = {
  authorize: ({ actor, services }: { actor: Parameters<typeof hasRole>[0]; services: Services }) => {
    serviceOf(services);
    if (!hasRole(actor, 'hr')) throw new ForbiddenError('hr-only');
  },
};

export const templatesRoute = defineRoute(contracts.templates, async ({ actor, services }) => answer(await serviceOf(services).list(actor)));

export const templateVersionRoute = defineRoute(contracts.templateVersion, async ({ actor, params, services }) =>
  answer(await serviceOf(services).get(actor, { templateId: params.templateId, version: params.version })),
);

export const copyTemplateRoute = defineRoute(contracts.copyTemplate, async ({ actor, body, services }) => answer(await serviceOf(services).copy(actor, body)), hrOnly);

export const publishTemplateRoute = defineRoute(
  contracts.publishTemplate,
  async ({ actor, params, body, services }) => answer(await serviceOf(services).publish(actor, params.templateId, body)),
  hrOnly,
);

export const useTemplateRoute = defineRoute(contracts.useTemplate, async ({ actor, body, services }) => answer(await serviceOf(services).use(actor, body.templateId)), hrOnly);

export const templateRoutes: RouteDefinition[] = [templatesRoute, templateVersionRoute, copyTemplateRoute, publishTemplateRoute, useTemplateRoute];
