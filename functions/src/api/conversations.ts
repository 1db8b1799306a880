import { contracts } from '@koers/contracts';
import { hasRole, isConversationParty } from '@koers/domain';
import { defineRoute } from '../http/defineRoute';
import { HttpProblem } from '../http/problem';

/**
 * GET /api/conversations?scope=mine|team: my own career conversations, or (managers only) those
 * I hold with my reports. Paged by the store's opaque continuation token.
 */
export const conversationsRoute = defineRoute(contracts.conversations, async ({ actor, query, services }) => {
  if (query.scope === 'team' && !hasRole(actor, 'manager')) throw new HttpProblem(403, 'forbidden');
  const page = { maxItems: query.maxItems, continuationToken: query.continuationToken };
  const { conversations } = services.stores;
  const result =
    query.scope === 'team'
      ? await conversations.listForManager(actor.tenantId, actor.id, page)
      : await conversations.listForEmployee(actor.tenantId, actor.id, page);
  return {
    // Defence in depth: the query already filters on tenant and party.
    items: result.items.filter((conversation) => isConversationParty(actor, conversation)),
    continuationToken: result.continuationToken,
  };
});
