import { createContext, useContext, type ReactNode } from 'react';
import type { AuthorizedCall } from '../api/authorizedApi';

/**
 * The signed-in caller (token, language, sign-out on 401) for the data hooks below it. Each hook
 * makes the client of its own capability over it (`useApi(homeApi)`), so a page's code holds the
 * routes it calls and no others.
 */
const ApiCallContext = createContext<AuthorizedCall | undefined>(undefined);

export function ApiProvider({ call, children }: { call: AuthorizedCall; children: ReactNode }) {
  return <ApiCallContext.Provider value={call}>{children}</ApiCallContext.Provider>;
}

const made = new WeakMap<AuthorizedCall, Map<(call: AuthorizedCall) => unknown, unknown>>();

/** A capability's client over this caller: made once per caller, the same object for every component. */
export function apiOver<T>(call: AuthorizedCall, make: (call: AuthorizedCall) => T): T {
  let clients = made.get(call);
  if (!clients) {
    clients = new Map<(call: AuthorizedCall) => unknown, unknown>();
    made.set(call, clients);
  }
  if (!clients.has(make)) clients.set(make, make(call));
  return clients.get(make) as T;
}

export function useApi<T>(make: (call: AuthorizedCall) => T): T {
  const call = useContext(ApiCallContext);
  if (!call) throw new Error('useApi: no ApiProvider above this component');
  return apiOver(call, make);
}
