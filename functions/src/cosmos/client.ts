import { Agent } from 'node:https';
import { CosmosClient, type Database } from '@azure/cosmos';
import { DefaultAzureCredential, type TokenCredential } from '@azure/identity';
import { CONTAINER_NAMES, CONTAINERS, DATABASE_ID, type ContainerSpec } from './containers';

/**
 * The well-known key of the Cosmos DB emulator, published by Microsoft. The embedded server does
 * not check keys; the SDK just needs a syntactically valid one. Not a secret.
 */
export const EMULATOR_KEY = 'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';

export type CosmosConfig =
  | {
      mode: 'local';
      endpoint: string;
      /** PEM of the embedded server's certificate, trusted for this client only. */
      ca: string;
    }
  | {
      mode: 'azure';
      endpoint: string;
      /** Account key; without it the client signs in with Entra ID (managed identity in Azure). */
      key?: string;
      /** Overrides DefaultAzureCredential (tests, or a specific managed identity). */
      credential?: TokenCredential;
    };

/**
 * Azure settings from the environment, or undefined when none are set (then the caller runs the
 * embedded server). Only COSMOS_ENDPOINT switches modes; COSMOS_KEY is optional.
 */
export function azureCosmosConfigFromEnv(env: NodeJS.ProcessEnv = process.env): CosmosConfig | undefined {
  const endpoint = env.COSMOS_ENDPOINT?.trim();
  if (!endpoint) return undefined;
  const key = env.COSMOS_KEY?.trim();
  return key ? { mode: 'azure', endpoint, key } : { mode: 'azure', endpoint };
}

export function createCosmosClient(config: CosmosConfig): CosmosClient {
  if (config.mode === 'local') {
    return new CosmosClient({
      endpoint: config.endpoint,
      key: EMULATOR_KEY,
      // Trust exactly the embedded server's certificate; TLS checks stay on for everything else.
      // The idle timeout is below the server's keepAliveTimeout so the client closes first.
      agent: new Agent({ ca: config.ca, keepAlive: true, timeout: 30_000 }),
      // One endpoint, no regions: the background refresh would only keep a timer alive.
      connectionPolicy: { enableBackgroundEndpointRefreshing: false },
    });
  }
  if (config.key) return new CosmosClient({ endpoint: config.endpoint, key: config.key });
  return new CosmosClient({
    endpoint: config.endpoint,
    aadCredentials: config.credential ?? new DefaultAzureCredential(),
  });
}

/**
 * Creates the database and every container of containers.ts when missing, and returns the
 * database. For local mode and key-based accounts: Entra ID data-plane roles cannot create
 * databases or containers, so in Azure with managed identity the Bicep in infra/ creates them
 * from the same containers.ts, and the app only calls `client.database(DATABASE_ID)`.
 * `databaseId` is for tests that need a second, empty database on the same server.
 */
export async function ensureSchema(client: CosmosClient, databaseId: string = DATABASE_ID): Promise<Database> {
  const { database } = await client.databases.createIfNotExists({ id: databaseId });
  for (const name of CONTAINER_NAMES) {
    const spec: ContainerSpec = CONTAINERS[name];
    await database.containers.createIfNotExists({
      id: spec.id,
      partitionKey: { paths: [spec.partitionKeyPath] },
      indexingPolicy: spec.indexingPolicy,
      ...(spec.defaultTtlSeconds !== undefined ? { defaultTtl: spec.defaultTtlSeconds } : {}),
      ...(spec.uniqueKeyPaths.length > 0
        ? { uniqueKeyPolicy: { uniqueKeys: spec.uniqueKeyPaths.map((paths) => ({ paths })) } }
        : {}),
    });
  }
  return database;
}
