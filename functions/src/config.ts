import path from 'node:path';
import { Guid } from '@koers/domain';
import { z } from 'zod';

/**
 * The Functions app's settings, read once from the environment and validated with zod.
 *
 * Local mode (no COSMOS_ENDPOINT, or KOERS_MODE=local) needs no settings at all: the embedded
 * Cosmos server, the dev token issuer and an anonymous bot. Azure mode needs the real account,
 * the app registration and the bot registration; anything missing or malformed is reported
 * together, one line per variable, so a deployment is fixed in one round.
 */

export type Mode = 'local' | 'azure';

/** Invented, fixed client id for local mode: tokens minted locally carry it as their audience. */
export const LOCAL_CLIENT_ID = '4b0e7a1c-3d2f-4e5a-9b8c-000000000c0e';
export const ENTRA_COMMON_JWKS_URL = 'https://login.microsoftonline.com/common/discovery/v2.0/keys';

export type BotAppType = 'SingleTenant' | 'MultiTenant' | 'UserAssignedMSI';

export interface KoersConfig {
  mode: Mode;
  cosmos: {
    /** Unset in local mode: the embedded server's endpoint is only known once it listens. */
    endpoint?: string;
    /** Unset means managed identity (DefaultAzureCredential) in Azure; locally the emulator key is used. */
    key?: string;
    database: string;
  };
  auth: {
    clientId: string;
    /** Unset in local mode: the dev issuer's JWKS URL on the running host (see composition.ts). */
    jwksUrl?: string;
  };
  bot: {
    /** Empty: anonymous bot (local only). */
    appId: string;
    appType?: BotAppType;
    tenantId?: string;
    /** Client secret of a SingleTenant registration; unset for managed identity. */
    appPassword?: string;
  };
  /**
   * Microsoft Graph (calendars), app-only as the app registration AUTH_CLIENT_ID. Without a
   * secret the Function App's managed identity (AZURE_CLIENT_ID) is the app's federated credential.
   */
  graph: {
    clientSecret?: string;
    managedIdentityClientId?: string;
  };
  /** Where the tab is served; used for deep links and as an allowed CORS origin. */
  tabUrl?: string;
  /** The Teams app (manifest) id: with it, links open the Koerskaart inside Teams. */
  teamsAppId?: string;
  /**
   * The app's id in the Teams app catalog, for installing Koers for a person (a Teams Store app:
   * the manifest id). Unset: looked up per tenant by the manifest id (needs AppCatalog.Read.All).
   */
  teamsCatalogAppId?: string;
  /**
   * Origins allowed by the local host's CORS (the local tab server adds its own when it starts);
   * Azure's CORS is configured on the platform.
   */
  corsOrigins: string[];
  /** Local data (snapshots, TLS certificate, dev issuer key). */
  dataDir: string;
  /** The API's public base URL (…/api) when known in advance, e.g. behind `func start`. */
  apiUrl?: string;
  /** Azure Web PubSub for the live canvas: endpoint + managed identity, or a connection string. */
  webPubSub: { endpoint?: string; connectionString?: string; hub?: string };
  /**
   * Local mode only: the instant the local clock starts at (ISO 8601 with a zone), running on
   * from there (functions/src/host/devClock.ts). Unset: the real time.
   */
  clockStart?: string;
  /**
   * The secret Koers' own API Management gateway sends in every request (http/gatewayKey.ts):
   * with it, the host refuses a request without it, so another Azure customer's gateway cannot
   * come in through the `ApiManagement` service tag. Unset: every request is admitted (local mode).
   */
  gatewayKey?: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      `Invalid Koers configuration:\n${problems.map((p) => `  - ${p.variable}: ${p.message}`).join('\n')}`,
    );
  }
}

/** Empty strings count as unset: `FOO=` in a shell or an empty app setting means "not given". */
const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isHttpUrl(value: string, httpsOnly: boolean): boolean {
  try {
    const url = new URL(value);
    return httpsOnly ? url.protocol === 'https:' : url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value.replace(/\/$/, '');
  } catch {
    return false;
  }
}

const ModeValue = z.enum(['local', 'azure']);
const BotAppTypeValue = z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']);

/** Every variable is optional text here; the rules below judge them all, so one run lists them all. */
const Env = z.object({
  KOERS_MODE: optionalText,
  COSMOS_ENDPOINT: optionalText,
  COSMOS_KEY: optionalText,
  COSMOS_DATABASE: optionalText,
  AUTH_CLIENT_ID: optionalText,
  AUTH_JWKS_URL: optionalText,
  BOT_APP_ID: optionalText,
  BOT_APP_TYPE: optionalText,
  BOT_TENANT_ID: optionalText,
  BOT_APP_PASSWORD: optionalText,
  TAB_URL: optionalText,
  CORS_ORIGINS: optionalText,
  KOERS_DATA_DIR: optionalText,
  KOERS_API_URL: optionalText,
  GRAPH_CLIENT_SECRET: optionalText,
  TEAMS_APP_ID: optionalText,
  TEAMS_CATALOG_APP_ID: optionalText,
  AZURE_CLIENT_ID: optionalText,
  WEB_PUBSUB_ENDPOINT: optionalText,
  WEB_PUBSUB_HUB: optionalText,
  WEB_PUBSUB_CONNECTION_STRING: optionalText,
  KOERS_CLOCK_START: optionalText,
  KOERS_GATEWAY_KEY: optionalText,
});

/** Long enough that guessing it is hopeless; the Bicep gives it 39 characters or more. */
export const MIN_GATEWAY_KEY_LENGTH = 32;

/**
 * Reads and validates the configuration. Throws ConfigError naming every invalid variable.
 * `cwd` anchors a relative KOERS_DATA_DIR.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): KoersConfig {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? '?'), message: issue.message })),
    );
  }
  const e = parsed.data;
  const problems: { variable: string; message: string }[] = [];
  const problem = (variable: string, message: string) => problems.push({ variable, message });

  const modeSetting = ModeValue.safeParse(e.KOERS_MODE ?? (e.COSMOS_ENDPOINT ? 'azure' : 'local'));
  if (!modeSetting.success) problem('KOERS_MODE', 'must be "local" or "azure"');
  const mode: Mode = modeSetting.success ? modeSetting.data : e.COSMOS_ENDPOINT ? 'azure' : 'local';
  const botTypeSetting = BotAppTypeValue.optional().safeParse(e.BOT_APP_TYPE);
  if (!botTypeSetting.success) problem('BOT_APP_TYPE', 'must be SingleTenant, MultiTenant or UserAssignedMSI');
  const botType = botTypeSetting.success ? botTypeSetting.data : undefined;

  if (e.COSMOS_ENDPOINT && !isHttpUrl(e.COSMOS_ENDPOINT, mode === 'azure')) {
    problem('COSMOS_ENDPOINT', mode === 'azure' ? 'must be an https:// URL' : 'must be an http(s):// URL');
  }
  if (mode === 'azure' && !e.COSMOS_ENDPOINT) problem('COSMOS_ENDPOINT', 'is required in azure mode');
  if (e.COSMOS_DATABASE && !/^[A-Za-z0-9][A-Za-z0-9_-]{0,254}$/.test(e.COSMOS_DATABASE)) {
    problem('COSMOS_DATABASE', 'must be letters, digits, "-" or "_"');
  }

  if (e.AUTH_CLIENT_ID && !guid.test(e.AUTH_CLIENT_ID)) problem('AUTH_CLIENT_ID', 'must be a GUID (the app registration\'s client id)');
  if (mode === 'azure' && !e.AUTH_CLIENT_ID) problem('AUTH_CLIENT_ID', 'is required in azure mode');
  if (e.AUTH_JWKS_URL && !isHttpUrl(e.AUTH_JWKS_URL, mode === 'azure')) {
    problem('AUTH_JWKS_URL', mode === 'azure' ? 'must be an https:// URL' : 'must be an http(s):// URL');
  }

  if (e.BOT_APP_ID && !guid.test(e.BOT_APP_ID)) problem('BOT_APP_ID', 'must be a GUID');
  // An anonymous bot accepts unauthenticated activities and replies to any serviceUrl: fine on a
  // laptop, never on the internet.
  if (mode === 'azure' && !e.BOT_APP_ID) problem('BOT_APP_ID', 'is required in azure mode (an anonymous bot is local only)');
  const appType: BotAppType | undefined = e.BOT_APP_ID ? (botType ?? 'SingleTenant') : botType;
  if (botType && !e.BOT_APP_ID) problem('BOT_APP_TYPE', 'is set but BOT_APP_ID is empty');
  if (e.BOT_TENANT_ID && !guid.test(e.BOT_TENANT_ID)) problem('BOT_TENANT_ID', 'must be a GUID');
  if (e.BOT_APP_ID && appType !== 'MultiTenant' && !e.BOT_TENANT_ID) {
    problem('BOT_TENANT_ID', `is required for BOT_APP_TYPE=${appType ?? 'SingleTenant'}`);
  }
  if (appType === 'SingleTenant' && e.BOT_APP_ID && !e.BOT_APP_PASSWORD) {
    problem('BOT_APP_PASSWORD', 'is required for BOT_APP_TYPE=SingleTenant (or use UserAssignedMSI)');
  }

  if (e.TAB_URL && !isHttpUrl(e.TAB_URL, mode === 'azure')) problem('TAB_URL', 'must be an http(s):// URL (https in azure mode)');
  if (e.TEAMS_APP_ID && !Guid.safeParse(e.TEAMS_APP_ID).success) problem('TEAMS_APP_ID', "must be the Teams app's id (a GUID) from the manifest");
  if (e.TEAMS_CATALOG_APP_ID && !Guid.safeParse(e.TEAMS_CATALOG_APP_ID).success) {
    problem('TEAMS_CATALOG_APP_ID', "must be the app's id in the Teams app catalog (a GUID)");
  }
  const corsOrigins = (e.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  const badOrigins = corsOrigins.filter((o) => !isOrigin(o));
  if (badOrigins.length > 0) {
    problem('CORS_ORIGINS', `not an origin (scheme://host[:port], no path): ${badOrigins.join(', ')}`);
  }
  if (e.KOERS_API_URL && !isHttpUrl(e.KOERS_API_URL, false)) problem('KOERS_API_URL', 'must be an http(s):// URL');
  // A moved clock would shift every reminder and token: never on a real deployment.
  if (e.KOERS_CLOCK_START && mode === 'azure') problem('KOERS_CLOCK_START', 'is local mode only');
  else if (e.KOERS_CLOCK_START && !z.string().datetime({ offset: true }).safeParse(e.KOERS_CLOCK_START).success) {
    problem('KOERS_CLOCK_START', 'must be an ISO 8601 instant with a zone, e.g. 2027-03-01T07:30:00+01:00');
  }

  // App Service leaves a Key Vault reference it cannot resolve as the text itself, which is no
  // secret: refuse to start rather than admit whoever sends that text.
  if (e.KOERS_GATEWAY_KEY?.startsWith('@Microsoft.KeyVault(')) {
    problem('KOERS_GATEWAY_KEY', "is an unresolved Key Vault reference: check the secret exists and the app's identity may read it");
  } else if (e.KOERS_GATEWAY_KEY && e.KOERS_GATEWAY_KEY.length < MIN_GATEWAY_KEY_LENGTH) {
    problem('KOERS_GATEWAY_KEY', `must be at least ${MIN_GATEWAY_KEY_LENGTH} characters`);
  }

  if (problems.length > 0) throw new ConfigError(problems);

  const tabOrigin = e.TAB_URL ? new URL(e.TAB_URL).origin : undefined;
  return {
    mode,
    cosmos: {
      endpoint: e.COSMOS_ENDPOINT,
      key: e.COSMOS_KEY,
      database: e.COSMOS_DATABASE ?? 'koers',
    },
    auth: {
      clientId: e.AUTH_CLIENT_ID ?? LOCAL_CLIENT_ID,
      jwksUrl: e.AUTH_JWKS_URL ?? (mode === 'azure' ? ENTRA_COMMON_JWKS_URL : undefined),
    },
    bot: {
      appId: e.BOT_APP_ID ?? '',
      appType,
      tenantId: e.BOT_TENANT_ID,
      appPassword: e.BOT_APP_PASSWORD,
    },
    graph: { clientSecret: e.GRAPH_CLIENT_SECRET, managedIdentityClientId: e.AZURE_CLIENT_ID },
    tabUrl: e.TAB_URL,
    teamsAppId: e.TEAMS_APP_ID,
    teamsCatalogAppId: e.TEAMS_CATALOG_APP_ID,
    corsOrigins: [...new Set([...corsOrigins.map((o) => o.replace(/\/$/, '')), ...(tabOrigin ? [tabOrigin] : [])])],
    dataDir: path.resolve(cwd, e.KOERS_DATA_DIR ?? '.koers-data'),
    apiUrl: e.KOERS_API_URL?.replace(/\/+$/, ''),
    webPubSub: { endpoint: e.WEB_PUBSUB_ENDPOINT, connectionString: e.WEB_PUBSUB_CONNECTION_STRING, hub: e.WEB_PUBSUB_HUB },
    ...(e.KOERS_CLOCK_START ? { clockStart: new Date(e.KOERS_CLOCK_START).toISOString() } : {}),
    ...(e.KOERS_GATEWAY_KEY ? { gatewayKey: e.KOERS_GATEWAY_KEY } : {}),
  };
}
