import type { HomeResponse } from '@koers/domain';
import type { AuthorizedCall } from './authorizedApi';
import { apiClient } from './client';
import { endpoint } from './endpoint';

const home = endpoint({ name: 'home', method: 'GET', path: 'home', response: { kind: 'json' } });

export interface HomeApi {
  /** What to do next: my own part, my team's rows, the conversations held. */
  home(signal?: AbortSignal): Promise<HomeResponse>;
}

export function homeApi(call: AuthorizedCall): HomeApi {
  const client = apiClient(call);
  return { home: (signal) => client.call(home, { signal }) };
}
