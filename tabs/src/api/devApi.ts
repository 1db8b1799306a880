import { contracts, type DevPersona } from '@koers/contracts';
import { apiClient } from './client';
import type { HttpSettings } from './http';
import { callApi } from './http';

/** The local dev issuer's routes (they exist only in local mode, and take no token). */
export interface DevApi {
  personas(signal?: AbortSignal): Promise<DevPersona[]>;
  mintToken(email: string): Promise<string>;
}

export function devApi(settings: HttpSettings): DevApi {
  const client = apiClient((call) => callApi(settings, call));
  return {
    personas: async (signal) => (await client.call(contracts.devPersonas, { signal })).personas,
    mintToken: async (email) => (await client.call(contracts.devToken, { body: { user: email } })).accessToken,
  };
}
