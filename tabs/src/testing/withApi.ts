import { QueryClientProvider } from '@tanstack/react-query';
import { createElement, type ReactElement } from 'react';
import { authorizedCaller, type AuthorizedCall } from '../api/authorizedApi';
import { koersApi, type KoersApi } from '../api/koersApi';
import { ApiProvider } from '../data/apiContext';
import { createQueryClient } from '../data/queryClient';

/** A component with what the signed-in app gives it: a fresh cache and the API. */
export function withApi(element: ReactElement, call: AuthorizedCall = callerAgainst('http://127.0.0.1:9/api')): ReactElement {
  return createElement(QueryClientProvider, { client: createQueryClient(), children: createElement(ApiProvider, { call, children: element }) });
}

/** The signed-in caller of the API at `apiBase`, with a token that is always there. */
export function callerAgainst(apiBase: string): AuthorizedCall {
  const tokens = { token: async () => 'token-1', renew: async () => 'token-2' };
  return authorizedCaller({ apiBase, acceptLanguage: () => 'nl-NL' }, tokens, () => undefined);
}

/** The API at `apiBase` with a token that is always there. */
export function koersApiAgainst(apiBase: string): KoersApi {
  return koersApi(callerAgainst(apiBase));
}
