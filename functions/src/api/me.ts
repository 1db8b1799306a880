import { contracts } from '@koers/contracts';
import { toPersonSummary } from '@koers/domain';
import { defineRoute } from '../http/defineRoute';
import { toOrganisationSummary } from './summaries';

/** GET /api/me: who I am, my organisation, my manager and my direct reports. */
export const meRoute = defineRoute(contracts.me, async ({ actor, services }) => {
  const { organisation, manager, reports } = await services.people.me(actor);
  return {
    me: { ...toPersonSummary(actor), locale: actor.locale, timeZone: actor.timeZone, roles: [...actor.roles] },
    organisation: toOrganisationSummary(organisation),
    manager: manager ? toPersonSummary(manager) : undefined,
    reports: reports.map(toPersonSummary),
  };
});
