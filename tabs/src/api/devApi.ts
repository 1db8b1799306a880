import type { DevPersona } from '@koers/contracts';
import { apiClient } from './client';
import { endpoint } from './endpoint';
import type { HttpSettings } from './http';
import { callApi } from './http';

const devPersonas = endpoint({ name: 'devPersonas', method: 'GET', path: 'dev/personas', response: { kind: 'json' } });
const devToken = endpoint({ name: 'devToken', method: 'POST', path: 'dev/token', body: true, response: { kind: 'json' } });

/** The local dev issuer's routes (they exist only in local mode, and take no token). */
export interface DevApi {
  personas(signal?: AbortSignal): Promise<DevPersona[]>;
  mintToken(email: string): Promise<string>;
}

export function devApi(settings: HttpSettings): DevApi {
  const client = apiClient((call) => callApi(settings, call));
  return {
    personas: async (signal) => (await client.call(devPersonas, { signal })).personas,
    mintToken: async (email) => (await client.call(devToken, { body: { user: email } })).accessToken,
  };
}
