import type { DevApi } from '../api/devApi';
import { readDevSession, writeDevSession } from './devSession';
import type { TokenSource } from './tokenSource';

/** Outside Teams, in local mode: the token minted for the picked persona; re-minted on 401. */
export function devTokenSource(dev: DevApi): TokenSource {
  return {
    token: async () => {
      const session = readDevSession();
      if (!session) throw new Error('no persona picked');
      return session.accessToken;
    },
    renew: async () => {
      const session = readDevSession();
      if (!session) throw new Error('no persona picked');
      const accessToken = await dev.mintToken(session.email);
      writeDevSession({ ...session, accessToken });
      return accessToken;
    },
  };
}
