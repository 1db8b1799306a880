import { createRemarkService, type RemarkService } from '@koers/app';
import { contracts } from '@koers/contracts';
import { defineRoute } from '../http/defineRoute';
import type { RouteDefinition, Services } from './services';

/** "Ik zie dit anders" over HTTP (contracts in @koers/contracts' remark.ts): thin handlers around the remark use case. */

const remarks = new WeakMap<Services, RemarkService>();
function serviceOf(services: Services): RemarkService {
  let service = remarks.get(services);
  if (!service) {
    service = createRemarkService({ stores: services.stores, clock: services.clock });
    remarks.set(services, service);
  }
  return service;
}

export const savePopRemarkRoute = defineRoute(contracts.savePopRemark, async ({ actor, params, body, services }) => serviceOf(services).saveOnPop(actor, params.id, body));
export const withdrawPopRemarkRoute = defineRoute(contracts.withdrawPopRemark, async ({ actor, params, services }) => serviceOf(services).withdrawOnPop(actor, params.id));
export const saveConversationRemarkRoute = defineRoute(contracts.saveConversationRemark, async ({ actor, params, body, services }) =>
  serviceOf(services).saveOnConversation(actor, params.id, body),
);
export const withdrawConversationRemarkRoute = defineRoute(contracts.withdrawConversationRemark, async ({ actor, params, services }) =>
  serviceOf(services).withdrawOnConversation(actor, params.id),
);

export const remarkRoutes: RouteDefinition[] = [savePopRemarkRoute, withdrawPopRemarkRoute, saveConversationRemarkRoute, withdrawConversationRemarkRoute];
