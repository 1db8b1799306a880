import { canViewPerson, Guid, PersonSummary, toPersonSummary } from '@koers/domain';
import { z } from 'zod';
import { readParams } from '../http/body';
import { handle, json } from '../http/handle';
import { HttpProblem } from '../http/problem';
import { withAuth } from '../http/withAuth';
import type { RouteDefinition } from './services';

const PersonParams = z.object({ id: Guid });

/**
 * GET /api/people/{id}. The lookup is scoped to the caller's tenant, so a person of another
 * organisation is simply not found (404, the same answer as for an id that exists nowhere):
 * nothing leaks across tenants. Inside the organisation, someone the caller may not see is a 403.
 */
export const personRoute: RouteDefinition = {
  name: 'person',
  methods: ['GET'],
  route: 'people/{id}',
  doc: {
    summary: 'One person, if the caller may see them (themselves, a direct report, or anyone for HR)',
    tags: ['people'],
    auth: 'bearer',
    params: PersonParams,
    response: { name: 'PersonSummary', schema: PersonSummary },
    problems: [400, 404],
  },
  make: (services) =>
    handle(
      withAuth({ validator: services.validator, people: services.stores.people }, async (request, _context, { person: viewer }) => {
        const { id } = readParams(request, PersonParams);
        const target = await services.stores.people.get(viewer.tenantId, id.toLowerCase());
        if (!target) throw new HttpProblem(404, 'not-found');
        if (!canViewPerson(viewer, target.value)) throw new HttpProblem(403, 'forbidden');
        return json(toPersonSummary(target.value));
      }),
    ),
};
