import { afterEach, describe, expect, it } from '@jest/globals';
import { MeResponse } from '@koers/contracts';
import type { TokenSource } from '../auth/tokenSource';
import { scriptedServer, problem, sampleMe } from '../testing/scriptedServer';
import { authorizedCaller } from './authorizedApi';
import type { ApiError } from './errors';

let server: Awaited<ReturnType<typeof scriptedServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const unauthenticated = { status: 401, body: problem(401, 'unauthenticated', 'Meld je opnieuw aan.', 'Sign in again.') };

/** Tokens "t0", "t1", …: each renewal hands out the next one. */
function countingTokens(renewable = true): TokenSource & { renewals: number } {
  const source = {
    renewals: 0,
    token: async () => `t${source.renewals}`,
    renew: async () => {
      if (!renewable) throw new Error('cannot renew');
      source.renewals += 1;
      return `t${source.renewals}`;
    },
  };
  return source;
}

function caller(apiBase: string, tokens: TokenSource) {
  const signedOut: ApiError[] = [];
  const call = authorizedCaller({ apiBase, acceptLanguage: () => 'nl-NL' }, tokens, (e) => signedOut.push(e));
  return { call, signedOut };
}

describe('authorizedCaller', () => {
  it('renews the token once after a 401 and retries with the new one', async () => {
    server = await scriptedServer((req) => (req.headers.authorization === 'Bearer t1' ? { status: 200, body: sampleMe } : unauthenticated));
    const tokens = countingTokens();
    const { call, signedOut } = caller(server.apiBase, tokens);
    const me = await call({ path: '/me', schema: MeResponse });
    expect(me.me.email).toBe('jeroen@hendriks.example');
    expect(tokens.renewals).toBe(1);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer t0', 'Bearer t1']);
    expect(signedOut).toHaveLength(0);
  });

  it('signs the user out when the API still answers 401 after one renewal', async () => {
    server = await scriptedServer(() => unauthenticated);
    const tokens = countingTokens();
    const { call, signedOut } = caller(server.apiBase, tokens);
    await expect(call({ path: '/me', schema: MeResponse })).rejects.toMatchObject({ status: 401 });
    expect(tokens.renewals).toBe(1);
    expect(server.requests).toHaveLength(2);
    expect(signedOut).toHaveLength(1);
  });

  it('signs the user out when the token cannot be renewed', async () => {
    server = await scriptedServer(() => unauthenticated);
    const { call, signedOut } = caller(server.apiBase, countingTokens(false));
    await expect(call({ path: '/me', schema: MeResponse })).rejects.toMatchObject({ status: 401 });
    expect(server.requests).toHaveLength(1);
    expect(signedOut).toHaveLength(1);
  });

  it('signs the user out without calling the API when there is no token at all', async () => {
    server = await scriptedServer(() => ({ status: 200, body: sampleMe }));
    const none: TokenSource = { token: () => Promise.reject(new Error('nobody')), renew: () => Promise.reject(new Error('nobody')) };
    const { call, signedOut } = caller(server.apiBase, none);
    await expect(call({ path: '/me', schema: MeResponse })).rejects.toMatchObject({ failure: { kind: 'signed-out' } });
    expect(server.requests).toHaveLength(0);
    expect(signedOut).toHaveLength(1);
  });

  it('passes other errors through without renewing or signing out', async () => {
    server = await scriptedServer(() => ({ status: 403, body: problem(403, 'forbidden', 'Geen toegang.', 'No access.') }));
    const tokens = countingTokens();
    const { call, signedOut } = caller(server.apiBase, tokens);
    await expect(call({ path: '/me', schema: MeResponse })).rejects.toMatchObject({ status: 403 });
    expect(tokens.renewals).toBe(0);
    expect(signedOut).toHaveLength(0);
  });
});
