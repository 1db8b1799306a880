import type { DevPersona } from '@koers/contracts';
import { DevPersonasResponse, DevTokenResponse } from '@koers/contracts';
import type { HttpSettings } from './http';
import { callApi } from './http';

/** The local dev issuer's routes (they exist only in local mode). */
export interface DevApi {
  personas(signal?: AbortSignal): Promise<DevPersona[]>;
  mintToken(email: string): Promise<string>;
}

export function devApi(settings: HttpSettings): DevApi {
  return {
    personas: async (signal) =>
      (await callApi(settings, { path: '/dev/personas', schema: DevPersonasResponse, signal })).personas,
    mintToken: async (email) =>
      (await callApi(settings, { method: 'POST', path: '/dev/token', body: { user: email }, schema: DevTokenResponse }))
        .accessToken,
  };
}
