import { MeResponse, readAll, toOrganisationSummary, toPersonSummary } from '@koers/domain';
import { handle, json } from '../http/handle';
import { HttpProblem } from '../http/problem';
import { withAuth } from '../http/withAuth';
import type { RouteDefinition } from './services';

/** GET /api/me: who I am, my organisation, my manager and my direct reports. */
export const meRoute: RouteDefinition = {
  name: 'me',
  methods: ['GET'],
  route: 'me',
  doc: {
    summary: 'The signed-in person, their organisation, manager and direct reports',
    tags: ['people'],
    auth: 'bearer',
    response: { name: 'MeResponse', schema: MeResponse },
  },
  make: (services) =>
    handle(
      withAuth({ validator: services.validator, people: services.stores.people }, async (_request, _context, { person }) => {
        const { stores } = services;
        const [organisation, manager, reports] = await Promise.all([
          stores.organisations.get(person.tenantId),
          person.managerId ? stores.people.get(person.tenantId, person.managerId) : Promise.resolve(undefined),
          readAll((page) => stores.people.listReports(person.tenantId, person.id, page)),
        ]);
        // The validator only accepts tokens of known tenants, so this is a race with a deletion.
        if (!organisation) throw new HttpProblem(403, 'unknown-tenant');
        const body: MeResponse = {
          me: { ...toPersonSummary(person), locale: person.locale, timeZone: person.timeZone },
          organisation: toOrganisationSummary(organisation.value),
          manager: manager ? toPersonSummary(manager.value) : undefined,
          reports: reports.map(toPersonSummary),
        };
        return json(MeResponse.parse(body));
      }),
    ),
};
