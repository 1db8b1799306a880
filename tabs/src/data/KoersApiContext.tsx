import { createContext, useContext, type ReactNode } from 'react';
import type { KoersApi } from '../api/koersApi';

const KoersApiContext = createContext<KoersApi | undefined>(undefined);

/** The signed-in API for the data hooks below it. */
export function KoersApiProvider({ api, children }: { api: KoersApi; children: ReactNode }) {
  return <KoersApiContext.Provider value={api}>{children}</KoersApiContext.Provider>;
}

export function useKoersApi(): KoersApi {
  const api = useContext(KoersApiContext);
  if (!api) throw new Error('useKoersApi: no KoersApiProvider above this component');
  return api;
}
