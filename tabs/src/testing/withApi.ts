import { QueryClientProvider } from '@tanstack/react-query';
import { createElement, type ReactElement } from 'react';
import { authorizedCaller } from '../api/authorizedApi';
import { koersApi, type KoersApi } from '../api/koersApi';
import { createQueryClient } from '../data/queryClient';
import { KoersApiProvider } from '../data/KoersApiContext';

/** A component with what the signed-in app gives it: a fresh cache and the API. */
export function withApi(element: ReactElement, api: KoersApi = koersApiAgainst('http://127.0.0.1:9/api')): ReactElement {
  return createElement(QueryClientProvider, { client: createQueryClient(), children: createElement(KoersApiProvider, { api, children: element }) });
}

/** The API at `apiBase` with a token that is always there. */
export function koersApiAgainst(apiBase: string): KoersApi {
  const tokens = { token: async () => 'token-1', renew: async () => 'token-2' };
  return koersApi(authorizedCaller({ apiBase, acceptLanguage: () => 'nl-NL' }, tokens, () => undefined));
}
