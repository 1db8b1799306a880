import type { z } from 'zod';

/**
 * One route of the HTTP API as data. The functions parse requests and answer with it
 * (functions/src/http/defineRoute.ts), the OpenAPI document is generated from it, and the tab's
 * client builds its requests and parses the answers with it: a renamed field is a type error on
 * both sides.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * bearer: an Entra ID access token of someone Koers knows; token: an Entra ID access token whose
 * tenant Koers may not know yet (the onboarding: the token is checked, no person is looked up);
 * bot: the Bot Connector's token; none: public.
 */
export type RouteAuth = 'bearer' | 'token' | 'bot' | 'none';

/** A JSON answer, named (the name becomes its OpenAPI component) and checked against `schema`. */
export interface JsonResponse<S extends z.ZodType = z.ZodType> {
  readonly kind: 'json';
  readonly name: string;
  readonly schema: S;
  /** The success status; a handler may answer another one (200 for a replayed create). */
  readonly status: number;
  /** Another JSON media type than application/json (the JWKS' application/jwk-set+json). */
  readonly contentType?: string;
}

/** Success is 204 without a body. */
export interface NoContentResponse {
  readonly kind: 'noContent';
}

/** A file (the POP's PDF, the invitation's .ics), sent as an attachment. */
export interface BinaryResponse {
  readonly kind: 'binary';
  readonly name: string;
  readonly contentType: string;
}

/** An answer the route does not describe (the bot endpoint's, the OpenAPI document itself). */
export interface OpaqueResponse {
  readonly kind: 'opaque';
}

export type ResponseSpec = JsonResponse | NoContentResponse | BinaryResponse | OpaqueResponse;

export function json<S extends z.ZodType>(name: string, schema: S, options: { status?: number; contentType?: string } = {}): JsonResponse<S> {
  return { kind: 'json', name, schema, status: options.status ?? 200, ...(options.contentType ? { contentType: options.contentType } : {}) };
}

export const noContent: NoContentResponse = { kind: 'noContent' };

export function binary(name: string, contentType: string): BinaryResponse {
  return { kind: 'binary', name, contentType };
}

export const opaque: OpaqueResponse = { kind: 'opaque' };

export interface RouteContract {
  /** The operationId, and the Functions function name (unique in the app). */
  readonly name: string;
  readonly method: HttpMethod;
  /** Below /api, in the Functions syntax: "pops/{id}"; every `{name}` is a key of `params`. */
  readonly path: string;
  readonly summary: string;
  readonly tags: readonly string[];
  readonly auth: RouteAuth;
  /** The etag the client read: 'required' answers 428 without it; 'optional' passes it when sent. */
  readonly ifMatch?: 'required' | 'optional';
  readonly params?: z.ZodObject;
  readonly query?: z.ZodObject;
  readonly body?: z.ZodType;
  /** The body's size cap in bytes, when not the default 64 KiB. */
  readonly maxBodyBytes?: number;
  readonly response: ResponseSpec;
  /** Problem statuses this route answers besides the ones its auth, body and If-Match imply. */
  readonly problems?: readonly number[];
}

/**
 * A capability's contracts, keyed by operationId (the key becomes `name`, so the two cannot
 * drift apart). `const` keeps the literal method, auth and ifMatch, which the typed sides read.
 */
export function defineContracts<const T extends Record<string, Omit<RouteContract, 'name'>>>(
  routes: T,
): { readonly [K in keyof T & string]: T[K] & { readonly name: K } } {
  return Object.fromEntries(Object.entries(routes).map(([name, route]) => [name, { ...route, name }])) as {
    readonly [K in keyof T & string]: T[K] & { readonly name: K };
  };
}

type SchemaAt<C, K extends 'params' | 'query' | 'body'> = C extends { readonly [P in K]: infer S extends z.ZodType } ? S : undefined;

type Output<S> = S extends z.ZodType ? z.output<S> : undefined;
type Input<S> = S extends z.ZodType ? z.input<S> : undefined;

/** What the server hands its handler (parsed), and what a client sends (before parsing). */
export type ParamsOf<C extends RouteContract> = Output<SchemaAt<C, 'params'>>;
export type ParamsInput<C extends RouteContract> = Input<SchemaAt<C, 'params'>>;
export type QueryOf<C extends RouteContract> = Output<SchemaAt<C, 'query'>>;
export type QueryInput<C extends RouteContract> = Input<SchemaAt<C, 'query'>>;
export type BodyOf<C extends RouteContract> = Output<SchemaAt<C, 'body'>>;
export type BodyInput<C extends RouteContract> = Input<SchemaAt<C, 'body'>>;

/** The JSON answer as the schema's parsed output; `undefined` for routes without a JSON answer. */
export type JsonResponseOf<C extends RouteContract> = C['response'] extends JsonResponse<infer S> ? z.output<S> : undefined;

/** The If-Match value a handler receives, and a client must (or may) send. */
export type IfMatchOf<C extends RouteContract> = C['ifMatch'] extends 'required'
  ? string
  : C['ifMatch'] extends 'optional'
    ? string | undefined
    : undefined;

/** The `{name}` placeholders of a path, in order. */
export function pathParameterNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? '');
}
