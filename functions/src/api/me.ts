import { contracts } from '@koers/contracts';
import { defineRoute } from '../http/defineRoute';
import { HttpProblem } from '../http/problem';
import { readAll, toPersonSummary } from '@koers/domain';
import { toOrganisationSummary } from './summaries';

/** GET /api/me: who I am, my organisation, my manager and my direct reports. */
export const meRoute = defineRoute(contracts.me, async ({ actor, services: { stores } }) => {
  const [organisation, manager, reports] = await Promise.all([
    stores.organisations.get(actor.tenantId),
    actor.managerId ? stores.people.get(actor.tenantId, actor.managerId) : Promise.resolve(undefined),
    readAll((page) => stores.people.listReports(actor.tenantId, actor.id, page)),
  ]);
  // The validator only accepts tokens of known tenants, so this is a race with a deletion.
  if (!organisation) throw new HttpProblem(403, 'unknown-tenant');
  return {
    me: { ...toPersonSummary(actor), locale: actor.locale, timeZone: actor.timeZone, roles: [...actor.roles] },
    organisation: toOrganisationSummary(organisation.value),
    manager: manager ? toPersonSummary(manager.value) : undefined,
    reports: reports.map(toPersonSummary),
  };
});
