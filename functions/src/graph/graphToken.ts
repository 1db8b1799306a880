import { ClientAssertionCredential, ClientSecretCredential, ManagedIdentityCredential, type TokenCredential } from '@azure/identity';

/**
 * App-only tokens for Microsoft Graph, one per customer tenant: Koers is a multi-tenant app, and
 * an app-only token is issued by the tenant whose calendars it reads. The credentials cache and
 * renew the tokens themselves; asking again per request is cheap.
 */

export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

/** The audience of the managed identity's token when it stands in for the app's secret. */
const TOKEN_EXCHANGE_SCOPE = 'api://AzureADTokenExchange/.default';

export type GraphTokenSource = (tenantId: string) => Promise<string>;

export function tokenSourceFromCredentials(credentialFor: (tenantId: string) => TokenCredential): GraphTokenSource {
  const credentials = new Map<string, TokenCredential>();
  return async (tenantId) => {
    let credential = credentials.get(tenantId);
    if (!credential) {
      credential = credentialFor(tenantId);
      credentials.set(tenantId, credential);
    }
    const token = await credential.getToken(GRAPH_SCOPE);
    if (!token) throw new Error('no Graph token was issued');
    return token.token;
  };
}

/** The app registration's client secret (from Key Vault): works in every consenting tenant. */
export function clientSecretTokenSource(options: { clientId: string; clientSecret: string }): GraphTokenSource {
  return tokenSourceFromCredentials((tenantId) => new ClientSecretCredential(tenantId, options.clientId, options.clientSecret));
}

/**
 * No secret at all: the Function App's managed identity is a federated credential of the app
 * registration, and its token is the assertion for the app in each customer tenant.
 */
export function managedIdentityTokenSource(options: { appClientId: string; managedIdentityClientId?: string }): GraphTokenSource {
  const identity = options.managedIdentityClientId
    ? new ManagedIdentityCredential({ clientId: options.managedIdentityClientId })
    : new ManagedIdentityCredential();
  const assertion = async () => {
    const token = await identity.getToken(TOKEN_EXCHANGE_SCOPE);
    if (!token) throw new Error('the managed identity issued no token');
    return token.token;
  };
  return tokenSourceFromCredentials((tenantId) => new ClientAssertionCredential(tenantId, options.appClientId, assertion));
}

/**
 * Entra ID errors that mean "this tenant has not consented to Koers" (the app is unknown there,
 * or consent is missing) rather than "try again later".
 */
export function isConsentFailure(err: unknown): boolean {
  const text = err instanceof Error ? `${err.name} ${err.message}` : String(err);
  return /\bAADSTS(65001|700016|7000112)\b/.test(text);
}
