import { contracts } from '@koers/contracts';
import { canViewPerson, toPersonSummary } from '@koers/domain';
import { defineRoute } from '../http/defineRoute';
import { HttpProblem } from '../http/problem';

/**
 * GET /api/people/{id}. The lookup is scoped to the caller's tenant, so a person of another
 * organisation is simply not found (404, the same answer as for an id that exists nowhere):
 * nothing leaks across tenants. Inside the organisation, someone the caller may not see is a 403.
 */
export const personRoute = defineRoute(contracts.person, async ({ actor: viewer, params, services }) => {
  const target = await services.stores.people.get(viewer.tenantId, params.id.toLowerCase());
  if (!target) throw new HttpProblem(404, 'not-found');
  if (!canViewPerson(viewer, target.value)) throw new HttpProblem(403, 'forbidden');
  return toPersonSummary(target.value);
});
