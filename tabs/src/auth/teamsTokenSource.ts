import type { TeamsHost } from '../host/host';
import type { TokenSource } from './tokenSource';

/** Inside Teams: SSO. Teams caches and refreshes the token itself; a renewal simply asks again. */
export function teamsTokenSource(host: TeamsHost): TokenSource {
  return {
    token: () => host.getAuthToken(),
    renew: () => host.getAuthToken(),
  };
}
