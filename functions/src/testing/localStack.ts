import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CosmosClient, Database } from '@azure/cosmos';
import { seedSampleData, type SeedOptions } from '@koers/app';
import { DevTokenResponse } from '@koers/contracts';
import { type Stores } from '@koers/domain';
import { createKoersApp, type KoersApp, type KoersAppOptions } from '../composition';
import { loadConfig, type KoersConfig } from '../config';
import { createCosmosClient, ensureSchema } from '../cosmos/client';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../cosmos/embedded';
import { createCosmosStores } from '../cosmos/stores';
import { startFunctionsHost, type HostLogger, type RequestLogEntry, type RunningFunctionsHost } from '../host/localHost';
import type { HttpRoute } from '../host/table';
import { startLocalWebPubSub, type LocalWebPubSub } from '../realtime/localWebPubSub';
import { createWebPubSubPublisher } from '../realtime/webPubSub';

/**
 * For handler tests: the real local stack in-process — embedded Cosmos (port 0), schema, sample
 * data, the composed app and the local host — wired exactly as composition.ts documents.
 */
export interface LocalStack {
  config: KoersConfig;
  database: Database;
  stores: Stores;
  app: KoersApp;
  host: RunningFunctionsHost;
  dataDir: string;
  /** The local Web PubSub stand-in the app publishes to. */
  pubsub: LocalWebPubSub;
  /** What the app logged outside invocations (bot turn errors), instead of the console. */
  appLog: { level: 'warn' | 'error'; args: unknown[] }[];
  /** Mints a token through POST /api/dev/token, as the tab does. */
  tokenFor: (email: string) => Promise<string>;
  /** fetch() below /api, with a bearer token when given. */
  api: (pathBelowApi: string, init?: RequestInit & { token?: string }) => Promise<Response>;
}

export interface LocalStackHandle {
  /** Set in beforeAll. */
  current(): LocalStack;
}

export function useLocalStack(
  options: {
    extraRoutes?: (stores: Stores) => HttpRoute[];
    env?: Record<string, string>;
    /** Adapters a test supplies at a boundary (a stand-in renderer, a directory), or its own request quotas. */
    adapters?: Pick<KoersAppOptions, 'agreementsPdf' | 'quotas' | 'directory' | 'devDirectory' | 'activityFeed' | 'devActivityFeed'>;
    /** How the sample organisations are seeded (e.g. one left for the onboarding). */
    seed?: Pick<SeedOptions, 'leaveForOnboarding'>;
    /** Receives the host's handler log lines and its request log (silent when absent). */
    hostLog?: HostLogger;
    requestLog?: (entry: RequestLogEntry) => void;
  } = {},
): LocalStackHandle {
  let stack: LocalStack | undefined;
  let cosmos: EmbeddedCosmos | undefined;
  let client: CosmosClient | undefined;
  let pubsub: LocalWebPubSub | undefined;

  beforeAll(async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'koers-api-'));
    const config = loadConfig({ KOERS_DATA_DIR: dataDir, ...options.env });
    cosmos = await startEmbeddedCosmos({ port: 0 });
    client = createCosmosClient({ mode: 'local', endpoint: cosmos.endpoint, ca: cosmos.ca });
    const database = await ensureSchema(client);
    const stores = createCosmosStores(database);
    await seedSampleData(stores, new Date(), options.seed);
    const appLog: LocalStack['appLog'] = [];
    pubsub = await startLocalWebPubSub();
    const app = await createKoersApp({
      config,
      database,
      dataDir,
      realtime: createWebPubSubPublisher({ connectionString: pubsub.connectionString, allowInsecureConnection: true }),
      ...options.adapters,
      log: { warn: (...args) => appLog.push({ level: 'warn', args }), error: (...args) => appLog.push({ level: 'error', args }) },
    });
    const table = { ...app.table, http: [...app.table.http, ...(options.extraRoutes?.(stores) ?? [])] };
    const host = await startFunctionsHost(table, { port: 0, corsOrigins: app.corsOrigins, log: options.hostLog ?? (() => undefined), ...(options.requestLog ? { onRequest: options.requestLog } : {}) });
    app.setPublicUrl(host.url);

    const api = (pathBelowApi: string, init: RequestInit & { token?: string } = {}) => {
      const { token, headers, ...rest } = init;
      return fetch(`${host.apiUrl}${pathBelowApi}`, {
        ...rest,
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(headers as Record<string, string> | undefined) },
      });
    };
    const tokenFor = async (email: string) => {
      const response = await api('/dev/token', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user: email }),
      });
      if (response.status !== 200) throw new Error(`no token for ${email}: ${response.status} ${await response.text()}`);
      return DevTokenResponse.parse(await response.json()).accessToken;
    };
    stack = { config, database, stores, app, host, dataDir, pubsub, appLog, tokenFor, api };
  }, 60_000);

  afterAll(async () => {
    await stack?.host.close();
    await stack?.app.close();
    await pubsub?.close();
    client?.dispose();
    await cosmos?.close();
    if (stack) await fs.rm(stack.dataDir, { recursive: true, force: true });
  });

  return {
    current() {
      if (!stack) throw new Error('local stack not started (use inside a test)');
      return stack;
    },
  };
}
