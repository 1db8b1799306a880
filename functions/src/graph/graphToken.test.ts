import type { AccessToken, TokenCredential } from '@azure/identity';
import { GRAPH_SCOPE, isConsentFailure, tokenSourceFromCredentials } from './graphToken';

describe('Graph tokens per tenant', () => {
  it('makes one credential per tenant and asks each for the Graph .default scope', async () => {
    const made: string[] = [];
    const scopes: (string | string[])[] = [];
    const source = tokenSourceFromCredentials((tenantId): TokenCredential => {
      made.push(tenantId);
      return {
        getToken: async (scope): Promise<AccessToken> => {
          scopes.push(scope);
          return { token: `token-for-${tenantId}`, expiresOnTimestamp: Date.now() + 3_600_000 };
        },
      };
    });

    expect(await source('tenant-a')).toBe('token-for-tenant-a');
    expect(await source('tenant-a')).toBe('token-for-tenant-a');
    expect(await source('tenant-b')).toBe('token-for-tenant-b');
    expect(made).toEqual(['tenant-a', 'tenant-b']);
    expect(scopes).toEqual([GRAPH_SCOPE, GRAPH_SCOPE, GRAPH_SCOPE]);
    expect(GRAPH_SCOPE).toBe('https://graph.microsoft.com/.default');
  });

  it('fails when no token is issued', async () => {
    const source = tokenSourceFromCredentials(() => ({ getToken: async () => null }));
    await expect(source('tenant-a')).rejects.toThrow('no Graph token');
  });

  it('recognises the Entra ID errors that mean missing consent', () => {
    expect(isConsentFailure(new Error('AADSTS65001: The user or administrator has not consented to use the application'))).toBe(true);
    expect(isConsentFailure(new Error('AADSTS700016: Application with identifier x was not found in the directory'))).toBe(true);
    expect(isConsentFailure(new Error('AADSTS7000215: Invalid client secret provided.'))).toBe(false);
    expect(isConsentFailure(new Error('connect ETIMEDOUT'))).toBe(false);
  });
});
