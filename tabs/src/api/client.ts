import type { BinaryResponse, BodyInput, JsonResponse, NoContentResponse, ParamsInput, QueryInput, RouteContract } from '@koers/contracts';
import type { z } from 'zod';
import type { AuthorizedCall } from './authorizedApi';
import { jsonObject, type Endpoint } from './endpoint';
import type { Parser } from './http';

/**
 * The API as the tab calls it, typed by the route contracts (@koers/contracts): the path comes
 * from the contract and its params, the query string from its query, and the answer is parsed
 * with its response schema. Sending goes through `send` (authorizedApi for bearer routes,
 * callApi for the dev routes), so tokens, problems and errors stay handled in one place. The
 * first screens call endpoints instead (./endpoint.ts): the same routes and types, without
 * the schemas.
 */

type ParamsPart<C extends RouteContract> = C extends { readonly params: z.ZodType } ? { params: ParamsInput<C> } : { params?: never };
type QueryPart<C extends RouteContract> = C extends { readonly query: z.ZodType } ? { query: QueryInput<C> } : { query?: never };
type BodyPart<C extends RouteContract> = C extends { readonly body: z.ZodType } ? { body: BodyInput<C> } : { body?: never };
type IfMatchPart<C extends RouteContract> = C['ifMatch'] extends 'required'
  ? { ifMatch: string }
  : C['ifMatch'] extends 'optional'
    ? { ifMatch?: string }
    : { ifMatch?: never };

export type CallRequest<C extends RouteContract> = ParamsPart<C> &
  QueryPart<C> &
  BodyPart<C> &
  IfMatchPart<C> & {
    signal?: AbortSignal;
    /** Extra request headers (If-None-Match for the canvas poll). */
    headers?: Record<string, string>;
  };

/** The answer: the response schema's parsed output, a file as a Blob, or nothing for a 204. */
export type CallResult<C extends RouteContract> = C['response'] extends JsonResponse<infer S>
  ? z.output<S>
  : C['response'] extends BinaryResponse
    ? Blob
    : C['response'] extends NoContentResponse
      ? void
      : unknown;

/** The request may be left out when nothing in it is required (`client.call(contracts.me)`). */
type RequestArgs<C extends RouteContract> = Partial<CallRequest<C>> extends CallRequest<C> ? [request?: CallRequest<C>] : [request: CallRequest<C>];

export interface ApiClient {
  call<C extends RouteContract>(route: C | Endpoint<C>, ...request: RequestArgs<C>): Promise<CallResult<C>>;
}

/** "pops/{id}/versions/{n}/pdf" with its params, each encoded as one path segment. */
export function pathOf(contract: Pick<RouteContract, 'name' | 'path'>, params: object | undefined): string {
  const values = (params ?? {}) as Record<string, unknown>;
  return `/${contract.path.replace(/\{([^}]+)\}/g, (_placeholder, name: string) => {
    const value = values[name];
    if ((typeof value !== 'string' && typeof value !== 'number') || value === '') throw new Error(`${contract.name}: path parameter ${name} is missing`);
    return encodeURIComponent(String(value));
  })}`;
}

/** `?a=1&b=2` for the values that are set, in the order given; '' when none are. */
export function queryStringOf(query: object | undefined): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) search.append(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** A file answer: a Blob that says it is of the contract's type (the bytes are the server's to get right). */
function fileOf(contentType: string): Parser<Blob> {
  return {
    safeParse: (input) =>
      input instanceof Blob && input.size > 0 && (input.type === '' || input.type.startsWith(contentType))
        ? { success: true, data: input }
        : { success: false },
  };
}

const nothing: Parser<undefined> = { safeParse: () => ({ success: true, data: undefined }) };

function parserOf(route: RouteContract | Endpoint): Parser<unknown> {
  const response = route.response;
  switch (response.kind) {
    case 'json':
      return 'schema' in response ? response.schema : jsonObject;
    case 'binary':
      return fileOf(response.contentType);
    case 'noContent':
    case 'opaque':
      return nothing;
  }
}

export function apiClient(send: AuthorizedCall): ApiClient {
  return {
    call: (contract: RouteContract | Endpoint, request?: object) => {
      const { params, query, body, ifMatch, signal, headers } = (request ?? {}) as {
        params?: object;
        query?: object;
        body?: unknown;
        ifMatch?: string;
        signal?: AbortSignal;
        headers?: Record<string, string>;
      };
      return send({
        method: contract.method,
        path: `${pathOf(contract, params)}${queryStringOf(query)}`,
        ...(contract.body ? { body } : {}),
        ...(ifMatch !== undefined ? { ifMatch } : {}),
        ...(signal ? { signal } : {}),
        ...(headers ? { headers } : {}),
        schema: parserOf(contract),
        ...(contract.response.kind === 'binary' ? { expect: 'blob' as const } : {}),
      });
    },
  } as ApiClient;
}
