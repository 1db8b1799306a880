import { ConversationListQuery, ConversationListResponse, hasRole, isConversationParty } from '@koers/domain';
import { readQuery } from '../http/body';
import { handle, json } from '../http/handle';
import { HttpProblem } from '../http/problem';
import { withAuth } from '../http/withAuth';
import type { RouteDefinition } from './services';

/**
 * GET /api/conversations?scope=mine|team: my own career conversations, or (managers only) those
 * I hold with my reports. Paged by the store's opaque continuation token.
 */
export const conversationsRoute: RouteDefinition = {
  name: 'conversations',
  methods: ['GET'],
  route: 'conversations',
  doc: {
    summary: 'My conversations (scope=mine) or those with my reports (scope=team, managers only), paged',
    tags: ['conversations'],
    auth: 'bearer',
    query: ConversationListQuery,
    response: { name: 'ConversationListResponse', schema: ConversationListResponse },
    problems: [400],
  },
  make: (services) =>
    handle(
      withAuth({ validator: services.validator, people: services.stores.people }, async (request, _context, { person }) => {
        const query = readQuery(request, ConversationListQuery);
        if (query.scope === 'team' && !hasRole(person, 'manager')) throw new HttpProblem(403, 'forbidden');
        const page = { maxItems: query.maxItems, continuationToken: query.continuationToken };
        const { conversations } = services.stores;
        const result =
          query.scope === 'team'
            ? await conversations.listForManager(person.tenantId, person.id, page)
            : await conversations.listForEmployee(person.tenantId, person.id, page);
        const body: ConversationListResponse = {
          // Defence in depth: the query already filters on tenant and party.
          items: result.items.filter((conversation) => isConversationParty(person, conversation)),
          continuationToken: result.continuationToken,
        };
        return json(ConversationListResponse.parse(body));
      }),
    ),
};
