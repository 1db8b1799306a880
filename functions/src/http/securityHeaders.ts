import { HttpResponse, type HttpResponseInit } from '@azure/functions';
import type { HeaderSet } from '@koers/contracts';

/**
 * `response` with the API's security headers (contracts' apiSecurityHeaders) added; a header the
 * handler set itself wins. Used where a response leaves Koers under the Functions runtime
 * (index.ts); the local host adds the same set itself.
 */
export function withSecurityHeaders(response: HttpResponseInit | HttpResponse | undefined | void, security: HeaderSet): HttpResponseInit | HttpResponse {
  if (response instanceof HttpResponse) {
    for (const [name, value] of Object.entries(security)) if (!response.headers.has(name)) response.headers.set(name, value);
    return response;
  }
  const headers = new Headers(response?.headers);
  for (const [name, value] of Object.entries(security)) if (!headers.has(name)) headers.set(name, value);
  return { ...response, headers };
}
