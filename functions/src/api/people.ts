import { contracts } from '@koers/contracts';
import { toPersonSummary } from '@koers/domain';
import { defineRoute } from '../http/defineRoute';

/**
 * GET /api/people/{id}. A person of another organisation is simply not found (404, the same
 * answer as for an id that exists nowhere); inside the organisation, someone the caller may not
 * see is a 403 (the people use case decides).
 */
export const personRoute = defineRoute(contracts.person, async ({ actor, params, services }) => toPersonSummary(await services.people.person(actor, params.id)));
