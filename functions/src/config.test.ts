import path from 'node:path';
import { ConfigError, ENTRA_COMMON_JWKS_URL, LOCAL_CLIENT_ID, loadConfig } from './config';

const azureEnv = {
  COSMOS_ENDPOINT: 'https://koers.documents.azure.com:443/',
  AUTH_CLIENT_ID: '11111111-2222-4333-8444-555555555555',
  BOT_APP_ID: '66666666-2222-4333-8444-555555555555',
  BOT_APP_TYPE: 'UserAssignedMSI',
  BOT_TENANT_ID: '77777777-2222-4333-8444-555555555555',
  TAB_URL: 'https://tab.koers.example/',
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env, '/srv');
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => p.variable);
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration from the environment', () => {
  it('runs in local mode with no settings at all, with a fixed client id and an anonymous bot', () => {
    const config = loadConfig({}, '/srv/koers');
    expect(config.mode).toBe('local');
    expect(config.auth.clientId).toBe(LOCAL_CLIENT_ID);
    expect(config.auth.jwksUrl).toBeUndefined();
    expect(config.bot.appId).toBe('');
    expect(config.corsOrigins).toEqual([]);
    expect(config.dataDir).toBe(path.resolve('/srv/koers', '.koers-data'));
    expect(config.cosmos.database).toBe('koers');
  });

  it('treats empty variables as unset, so COSMOS_ENDPOINT= still means local', () => {
    expect(loadConfig({ COSMOS_ENDPOINT: '', BOT_APP_ID: ' ' }).mode).toBe('local');
  });

  it('switches to azure mode when COSMOS_ENDPOINT is set and uses Entra ID\'s common keys', () => {
    const config = loadConfig(azureEnv);
    expect(config.mode).toBe('azure');
    expect(config.auth.jwksUrl).toBe(ENTRA_COMMON_JWKS_URL);
    expect(config.cosmos.key).toBeUndefined();
    expect(config.corsOrigins).toEqual(['https://tab.koers.example']);
  });

  it('lets KOERS_MODE=local keep local mode next to a Cosmos endpoint', () => {
    expect(loadConfig({ ...azureEnv, KOERS_MODE: 'local' }).mode).toBe('local');
  });

  it('lists every invalid variable at once', () => {
    const problems = problemsOf({
      KOERS_MODE: 'cloud',
      COSMOS_ENDPOINT: 'http://insecure.example',
      AUTH_CLIENT_ID: 'not-a-guid',
      BOT_APP_TYPE: 'SingleTenant',
      CORS_ORIGINS: 'https://ok.example, https://bad.example/path',
    });
    expect(problems).toEqual(
      expect.arrayContaining(['KOERS_MODE', 'COSMOS_ENDPOINT', 'AUTH_CLIENT_ID', 'BOT_APP_ID', 'BOT_APP_TYPE', 'CORS_ORIGINS']),
    );
  });

  it('names the variables azure mode cannot do without', () => {
    expect(problemsOf({ KOERS_MODE: 'azure' })).toEqual(
      expect.arrayContaining(['COSMOS_ENDPOINT', 'AUTH_CLIENT_ID', 'BOT_APP_ID']),
    );
  });

  it('starts the local clock at KOERS_CLOCK_START, refuses an instant without a zone, and refuses it in azure mode', () => {
    expect(loadConfig({ KOERS_CLOCK_START: '2027-03-01T07:30:00+01:00' }).clockStart).toBe('2027-03-01T06:30:00.000Z');
    expect(loadConfig({}).clockStart).toBeUndefined();
    expect(problemsOf({ KOERS_CLOCK_START: '2027-03-01 07:30' })).toEqual(['KOERS_CLOCK_START']);
    expect(problemsOf({ ...azureEnv, KOERS_CLOCK_START: '2027-03-01T06:30:00Z' })).toEqual(['KOERS_CLOCK_START']);
  });

  it('rejects an unknown mode and an unknown bot type', () => {
    expect(problemsOf({ KOERS_MODE: 'cloud', BOT_APP_TYPE: 'Anonymous' })).toEqual(['KOERS_MODE', 'BOT_APP_TYPE']);
  });

  it('asks a single-tenant bot for its tenant and secret', () => {
    expect(problemsOf({ ...azureEnv, BOT_APP_TYPE: 'SingleTenant', BOT_TENANT_ID: '' })).toEqual([
      'BOT_TENANT_ID',
      'BOT_APP_PASSWORD',
    ]);
  });

  it('reads the Graph credentials and the Teams app id for deep links, and refuses an app id that is no GUID', () => {
    const config = loadConfig({ ...azureEnv, TEAMS_APP_ID: '5f0c6a4e-1b2d-4e3f-9a8b-0d0e0f000d01', AZURE_CLIENT_ID: '88888888-2222-4333-8444-555555555555' }, '/srv');
    expect(config.teamsAppId).toBe('5f0c6a4e-1b2d-4e3f-9a8b-0d0e0f000d01');
    expect(config.graph).toEqual({ clientSecret: undefined, managedIdentityClientId: '88888888-2222-4333-8444-555555555555' });
    expect(problemsOf({ ...azureEnv, TEAMS_APP_ID: 'koers' })).toEqual(['TEAMS_APP_ID']);
  });

  it('reads the app\'s catalog id for installing Koers for people, when given, and refuses one that is no GUID', () => {
    expect(loadConfig({ ...azureEnv, TEAMS_CATALOG_APP_ID: 'b1c5353a-7aca-41b3-830f-27d5218fe0e5' }, '/srv').teamsCatalogAppId).toBe('b1c5353a-7aca-41b3-830f-27d5218fe0e5');
    expect(loadConfig(azureEnv, '/srv').teamsCatalogAppId).toBeUndefined();
    expect(problemsOf({ ...azureEnv, TEAMS_CATALOG_APP_ID: 'Koers' })).toEqual(['TEAMS_CATALOG_APP_ID']);
  });

  it("reads the gateway's key, and refuses one too short to be secret or a Key Vault reference the platform could not resolve", () => {
    const key = 'k'.repeat(39);
    expect(loadConfig({ ...azureEnv, KOERS_GATEWAY_KEY: key }).gatewayKey).toBe(key);
    expect(loadConfig(azureEnv).gatewayKey).toBeUndefined();
    expect(problemsOf({ ...azureEnv, KOERS_GATEWAY_KEY: 'short' })).toEqual(['KOERS_GATEWAY_KEY']);
    expect(problemsOf({ ...azureEnv, KOERS_GATEWAY_KEY: '@Microsoft.KeyVault(VaultName=kv-koers-abc;SecretName=api-gateway-key)' })).toEqual(['KOERS_GATEWAY_KEY']);
  });

  it('says which variable is wrong in the error message', () => {
    expect(() => loadConfig({ AUTH_CLIENT_ID: 'x' })).toThrow(/AUTH_CLIENT_ID: must be a GUID/);
  });
});
