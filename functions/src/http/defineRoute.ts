import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import type {
  BinaryResponse,
  BodyOf,
  IfMatchOf,
  JsonResponse,
  NoContentResponse,
  OpaqueResponse,
  ParamsOf,
  QueryOf,
  RouteContract,
} from '@koers/contracts';
import type { Actor } from '@koers/domain';
import type { z } from 'zod';
import type { RouteDefinition, Services } from '../api/services';
import { DEFAULT_MAX_BODY_BYTES, readJson, readParams, readQuery } from './body';
import { handle, json, type KoersHandler } from './handle';
import { ifMatchOf, requiredIfMatch } from './ifMatch';
import type { TokenIdentity } from '../auth/tokenValidator';
import { withAuth, withToken } from './withAuth';

/**
 * A route from its contract (@koers/contracts) and a handler: authenticates as the contract says,
 * reads params, query and body (in that order, each a 4xx problem when wrong), enforces If-Match,
 * and answers with the contract's status and shape. The handler sees only parsed, typed input.
 */

/** A JSON answer with something besides the body: another status, an etag, headers. */
export class Answer<T> {
  constructor(
    readonly body: T,
    readonly options: { status?: number; etag?: string; headers?: Record<string, string> } = {},
  ) {}
}

export function answer<T>(body: T, options: Answer<T>['options'] = {}): Answer<T> {
  return new Answer(body, options);
}

/** 304 for a conditional GET whose If-None-Match still matches: headers only, no body. */
export class NotModified {
  constructor(readonly headers: Record<string, string>) {}
}

/** A file answer: its bytes (or text) and the name it is saved under. */
export interface FileAnswer {
  content: Uint8Array | string;
  filename: string;
  /** When the route answers more than one kind of file (a workbook or a CSV): this one's type. */
  contentType?: string;
}

export interface RouteInput<C extends RouteContract> {
  /** The caller with the roles of their token (bearer routes); undefined on public routes. */
  actor: C['auth'] extends 'bearer' ? Actor : undefined;
  /** The caller's validated token (bearer and token routes): the onboarding's only knowledge of them. */
  identity: C['auth'] extends 'bearer' | 'token' ? TokenIdentity : undefined;
  params: ParamsOf<C>;
  query: QueryOf<C>;
  body: BodyOf<C>;
  ifMatch: IfMatchOf<C>;
  request: HttpRequest;
  services: Services;
  context: InvocationContext;
}

export type RouteResult<C extends RouteContract> = C['response'] extends JsonResponse<infer S>
  ? z.output<S> | Answer<z.output<S>> | NotModified
  : C['response'] extends NoContentResponse
    ? void
    : C['response'] extends BinaryResponse
      ? FileAnswer
      : C['response'] extends OpaqueResponse
        ? unknown
        : never;

export type RouteHandler<C extends RouteContract> = (input: RouteInput<C>) => Promise<RouteResult<C>>;

export interface RouteOptions<C extends RouteContract> {
  /**
   * Runs after authentication and before any input is read: who may comes before what they
   * sent, so a colleague learns nothing from a 400.
   */
  authorize?(input: { actor: RouteInput<C>['actor']; identity: RouteInput<C>['identity']; services: Services }): void | Promise<void>;
}

/** The table entry of a contract whose handler is built elsewhere (the bot endpoint). */
export function routeOf(contract: RouteContract, make: RouteDefinition['make']): RouteDefinition {
  return { name: contract.name, methods: [contract.method], route: contract.path, contract, make };
}

export function defineRoute<C extends RouteContract>(contract: C, handler: RouteHandler<C>, options: RouteOptions<C> = {}): RouteDefinition {
  if (contract.auth === 'bot') throw new Error(`${contract.name}: bot routes authenticate in botbuilder; declare them with routeOf`);
  return routeOf(contract, (services) => {
    const run = async (request: HttpRequest, context: InvocationContext, actor: Actor | undefined, identity?: TokenIdentity): Promise<HttpResponseInit> => {
      const typedActor = actor as RouteInput<C>['actor'];
      const typedIdentity = identity as RouteInput<C>['identity'];
      await options.authorize?.({ actor: typedActor, identity: typedIdentity, services });
      const input = {
        actor: typedActor,
        identity: typedIdentity,
        params: (contract.params ? readParams(request, contract.params) : undefined) as ParamsOf<C>,
        query: (contract.query ? readQuery(request, contract.query) : undefined) as QueryOf<C>,
        body: (contract.body
          ? await readJson(request, contract.body, { maxBytes: contract.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES })
          : undefined) as BodyOf<C>,
        ifMatch: (contract.ifMatch === 'required'
          ? requiredIfMatch(request)
          : contract.ifMatch === 'optional'
            ? ifMatchOf(request)
            : undefined) as IfMatchOf<C>,
        request,
        services,
        context,
      };
      return respond(contract, await handler(input));
    };
    const quotas = services.quotas ? { quotas: services.quotas } : {};
    const authenticated: KoersHandler =
      contract.auth === 'bearer'
        ? withAuth({ validator: services.validator, people: services.stores.people, ...quotas }, (request, context, { actor, identity }) => run(request, context, actor, identity))
        : contract.auth === 'token'
          ? withToken({ validator: services.validator, ...quotas }, (request, context, identity) => run(request, context, undefined, identity))
          : (request, context) => run(request, context, undefined);
    return handle(authenticated);
  });
}

function respond(contract: RouteContract, result: unknown): HttpResponseInit {
  const response = contract.response;
  switch (response.kind) {
    case 'json': {
      if (result instanceof NotModified) return { status: 304, headers: result.headers };
      const { body, options } = result instanceof Answer ? (result as Answer<unknown>) : new Answer(result);
      const headers: Record<string, string> = { ...(options.etag ? { ETag: options.etag } : {}), ...options.headers };
      if (response.contentType) headers['Content-Type'] = response.contentType;
      // A body that does not match its own contract is our bug: a 500, never a wrong answer.
      return json(response.schema.parse(body), options.status ?? response.status, headers);
    }
    case 'noContent':
      return { status: 204, headers: { 'Cache-Control': 'no-store' } };
    case 'binary': {
      const file = result as FileAnswer;
      const type = file.contentType ?? response.contentType;
      return {
        status: 200,
        headers: {
          'Content-Type': type.startsWith('text/') && !type.includes('charset') ? `${type}; charset=utf-8` : type,
          'Content-Disposition': `attachment; filename="${file.filename}"`,
          'Cache-Control': 'no-store',
        },
        body: file.content,
      };
    }
    case 'opaque': {
      const { body, options } = result instanceof Answer ? (result as Answer<unknown>) : new Answer(result);
      return json(body, options.status ?? 200, { ...(options.etag ? { ETag: options.etag } : {}), ...options.headers });
    }
  }
}
