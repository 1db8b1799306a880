import type { contracts, ParamsInput, QueryInput, RouteContract } from '@koers/contracts';
import type { z } from 'zod';

/**
 * The cache's keys, all made here from the route contracts: a read is keyed by its contract's
 * name (the operationId) and the params and query it is asked with, the way the client sends
 * them. A key that names only the contract (`lists.…`) matches every read of that route, for
 * invalidating all of them at once; one with part of the query matches every read that has it.
 * The contracts are named by their operationId, checked when compiling: the home page's keys are
 * made here too, and its code carries no contract (see api/endpoint.ts).
 */

type Contracts = typeof contracts;
type RouteName = keyof Contracts;

type Empty = Record<never, never>;
type ParamsPart<C extends RouteContract> = C extends { readonly params: z.ZodType } ? { params: ParamsInput<C> } : Empty;
type QueryPart<C extends RouteContract> = C extends { readonly query: z.ZodType } ? { query: QueryInput<C> } : Empty;

/** What a read is asked with: its params and query, when the contract has them. */
export type ReadRequest<C extends RouteContract> = ParamsPart<C> & QueryPart<C>;

export type ReadKey<C extends RouteContract> = readonly [C['name'], ReadRequest<C>];
export type RouteKey<C extends RouteContract> = readonly [C['name']];

/** One read's key. */
export function readKey<K extends RouteName>(name: K, request: ReadRequest<Contracts[K]>): ReadKey<Contracts[K]> {
  return [name, request] as const;
}

/** Every read of one route, whatever it was asked with. */
export function routeKey<K extends RouteName>(name: K): RouteKey<Contracts[K]> {
  return [name] as const;
}

export type ConversationScope = NonNullable<QueryInput<Contracts['conversations']>['scope']>;

export const queryKeys = {
  me: () => readKey('me', {}),
  home: () => readKey('home', {}),
  catalogue: () => readKey('catalogue', {}),
  careerOptions: (personId: string, conversationId?: string) =>
    readKey('careerOptions', { params: { id: personId }, query: conversationId === undefined ? {} : { conversationId } }),
  functionLinks: () => readKey('functionLinks', {}),
  trainingRight: (personId: string, year: number) => readKey('trainingRight', { params: { id: personId, year } }),
  templates: () => readKey('templates', {}),
  templateVersion: (templateId: string, version: number) => readKey('templateVersion', { params: { templateId, version } }),
  conversations: (scope: ConversationScope) => readKey('conversations', { query: { scope } }),
  conversation: (id: string) => readKey('conversation', { params: { id } }),
  /** `after` is the previous answer's `next` ("andere tijden"); left out for the first page. */
  proposals: (employeeId: string, after?: string) =>
    readKey('bookingProposals', { query: after === undefined ? { employeeId } : { employeeId, after } }),
  preparation: (conversationId: string) => readKey('preparation', { params: { id: conversationId } }),
  canvas: (conversationId: string) => readKey('canvas', { params: { conversationId } }),
  canvasByMeeting: (meetingId: string) => readKey('canvasByMeeting', { query: { meetingId } }),
  pops: (employeeId: string) => readKey('listPops', { query: { employeeId } }),
  pop: (id: string) => readKey('pop', { params: { id } }),
  popFollowUps: (id: string) => readKey('popFollowUps', { params: { id } }),
  portfolio: (employeeId: string) => readKey('portfolio', { query: { employeeId } }),
  reminderDefaults: () => readKey('reminderDefaults', {}),
  onboarding: () => readKey('onboardingStatus', {}),
  organisationProfile: () => readKey('organisationProfile', {}),
  /** The first page; "meer tonen" pages on from its continuation token. */
  accessLog: () => readKey('myAccessLog', { query: {} }),
  devPersonas: () => readKey('devPersonas', {}),
  rounds: () => readKey('listRounds', {}),
  roundMembers: (roundId: string) => readKey('roundMembers', { params: { roundId } }),
  teamRounds: () => readKey('teamRounds', {}),
  roundAudience: () => readKey('roundAudienceOptions', {}),
  roundPlan: (roundId: string) => readKey('roundPlan', { params: { roundId } }),

  /** Prefixes: every read of a route, or of a route for one person. */
  lists: {
    conversations: () => routeKey('conversations'),
    conversationDetails: () => routeKey('conversation'),
    proposals: () => routeKey('bookingProposals'),
    proposalsFor: (employeeId: string) => readKey('bookingProposals', { query: { employeeId } }),
    pops: () => routeKey('listPops'),
    canvases: () => routeKey('canvas'),
    templateVersions: () => routeKey('templateVersion'),
    careerOptions: () => routeKey('careerOptions'),
  },
} as const;
