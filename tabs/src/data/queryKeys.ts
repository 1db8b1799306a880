import { contracts, type ParamsInput, type QueryInput, type RouteContract } from '@koers/contracts';
import type { z } from 'zod';

/**
 * The cache's keys, all made here from the route contracts: a read is keyed by its contract's
 * name (the operationId) and the params and query it is asked with, the way the client sends
 * them. A key that names only the contract (`lists.…`) matches every read of that route, for
 * invalidating all of them at once; one with part of the query matches every read that has it.
 */

type Empty = Record<never, never>;
type ParamsPart<C extends RouteContract> = C extends { readonly params: z.ZodType } ? { params: ParamsInput<C> } : Empty;
type QueryPart<C extends RouteContract> = C extends { readonly query: z.ZodType } ? { query: QueryInput<C> } : Empty;

/** What a read is asked with: its params and query, when the contract has them. */
export type ReadRequest<C extends RouteContract> = ParamsPart<C> & QueryPart<C>;

export type ReadKey<C extends RouteContract> = readonly [C['name'], ReadRequest<C>];
export type RouteKey<C extends RouteContract> = readonly [C['name']];

/** One read's key. */
export function readKey<C extends RouteContract>(contract: C, request: ReadRequest<C>): ReadKey<C> {
  return [contract.name, request] as const;
}

/** Every read of one route, whatever it was asked with. */
export function routeKey<C extends RouteContract>(contract: C): RouteKey<C> {
  return [contract.name] as const;
}

export type ConversationScope = NonNullable<QueryInput<typeof contracts.conversations>['scope']>;

export const queryKeys = {
  me: () => readKey(contracts.me, {}),
  home: () => readKey(contracts.home, {}),
  catalogue: () => readKey(contracts.catalogue, {}),
  conversations: (scope: ConversationScope) => readKey(contracts.conversations, { query: { scope } }),
  conversation: (id: string) => readKey(contracts.conversation, { params: { id } }),
  /** `after` is the previous answer's `next` ("andere tijden"); left out for the first page. */
  proposals: (employeeId: string, after?: string) =>
    readKey(contracts.bookingProposals, { query: after === undefined ? { employeeId } : { employeeId, after } }),
  preparation: (conversationId: string) => readKey(contracts.preparation, { params: { id: conversationId } }),
  canvas: (conversationId: string) => readKey(contracts.canvas, { params: { conversationId } }),
  canvasByMeeting: (meetingId: string) => readKey(contracts.canvasByMeeting, { query: { meetingId } }),
  pops: (employeeId: string) => readKey(contracts.listPops, { query: { employeeId } }),
  pop: (id: string) => readKey(contracts.pop, { params: { id } }),
  portfolio: (employeeId: string) => readKey(contracts.portfolio, { query: { employeeId } }),
  reminderDefaults: () => readKey(contracts.reminderDefaults, {}),
  onboarding: () => readKey(contracts.onboardingStatus, {}),
  organisationProfile: () => readKey(contracts.organisationProfile, {}),
  /** The first page; "meer tonen" pages on from its continuation token. */
  accessLog: () => readKey(contracts.myAccessLog, { query: {} }),
  devPersonas: () => readKey(contracts.devPersonas, {}),

  /** Prefixes: every read of a route, or of a route for one person. */
  lists: {
    conversations: () => routeKey(contracts.conversations),
    conversationDetails: () => routeKey(contracts.conversation),
    proposals: () => routeKey(contracts.bookingProposals),
    proposalsFor: (employeeId: string) => readKey(contracts.bookingProposals, { query: { employeeId } }),
    pops: () => routeKey(contracts.listPops),
    canvases: () => routeKey(contracts.canvas),
  },
} as const;
