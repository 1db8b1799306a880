import { contracts } from '@koers/contracts';
import { defineRoute } from '../http/defineRoute';

/**
 * GET /api/conversations?scope=mine|team: my own career conversations, or (managers only) those
 * I hold with my reports. Paged by the store's opaque continuation token.
 */
export const conversationsRoute = defineRoute(contracts.conversations, async ({ actor, query, services }) =>
  services.people.conversations(actor, query.scope, { maxItems: query.maxItems, continuationToken: query.continuationToken }),
);
