import type { BinaryResponse, contracts, JsonResponse, NoContentResponse, RouteContract } from '@koers/contracts';
import type { z } from 'zod';
import type { Parser } from './http';

type Contracts = typeof contracts;

type EndpointResponse<R> = R extends JsonResponse
  ? { readonly kind: 'json' }
  : R extends BinaryResponse
    ? { readonly kind: 'binary'; readonly contentType: string }
    : R extends NoContentResponse
      ? { readonly kind: 'noContent' }
      : never;

type EndpointBody<C extends RouteContract> = C extends { readonly body: z.ZodType } ? { readonly body: true } : { readonly body?: never };

/**
 * A route as the tab's first screens call it (the shell, sign-in, the home page): its contract's
 * method and path, checked against the contract when compiling, without the contract's zod
 * schemas. Importing a contract brings zod and the schemas of everything it names, which would
 * make opening the tab download them; the pages behind the first screen call with the full
 * contracts (koersApi), and their answers are parsed with the schema.
 *
 * An endpoint's JSON answer is checked to be a JSON object, not field by field: the server
 * parses every answer with the contract's schema before it sends it (functions' defineRoute), so
 * parsing it again here would give the same value; what can still arrive is someone else's answer
 * (a proxy's HTML page, an empty body), which is refused as an invalid response.
 */
export type Endpoint<C extends RouteContract = RouteContract> = {
  readonly name: C['name'];
  readonly method: C['method'];
  readonly path: C['path'];
  readonly response: EndpointResponse<C['response']>;
  /** Never set: carries the contract's type, for what a call sends and what it answers. */
  readonly contract?: C;
} & EndpointBody<C>;

/** `endpoint({ name: 'home', method: 'GET', path: 'home', response: { kind: 'json' } })`: a wrong method or path does not compile. */
export function endpoint<K extends keyof Contracts>(route: Endpoint<Contracts[K]> & { readonly name: K }): Endpoint<Contracts[K]> {
  return route;
}

/** What an endpoint's JSON answer must be: an object (every JSON answer of the API is one). */
export const jsonObject: Parser<unknown> = {
  safeParse: (input) => (typeof input === 'object' && input !== null && !Array.isArray(input) ? { success: true, data: input } : { success: false }),
};
