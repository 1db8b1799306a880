import path from 'node:path';
import { REPO_ROOT } from './paths';
import { CONTAINER_NAMES, CONTAINERS, DATABASE_ID, type ContainerIndexingPolicy, type ContainerSpec } from '../../functions/src/cosmos/containers';

/**
 * The Cosmos DB schema of functions/src/cosmos/containers.ts, in the shape the ARM resource
 * `Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers` takes as `properties.resource`.
 * infra/modules/cosmos.bicep reads the generated file with loadJsonContent, so Bicep and the
 * repositories share one source of truth; tests/infra.test.ts fails when the file is stale.
 */

export const COSMOS_SCHEMA_JSON_PATH = path.join(REPO_ROOT, 'infra/generated/containers.json');

export interface BicepContainerResource {
  id: string;
  /** Hash v2: the default for new containers; long synthetic keys (tenant|employee) stay distinct. */
  partitionKey: { paths: [string]; kind: 'Hash'; version: 2 };
  indexingPolicy: ContainerIndexingPolicy;
  uniqueKeyPolicy: { uniqueKeys: { paths: string[] }[] };
  /** Seconds after its last write at which Cosmos deletes a document (the container's TTL). */
  defaultTtl?: number;
}

export interface BicepCosmosSchema {
  $comment: string;
  databaseId: string;
  containers: BicepContainerResource[];
}

export function bicepCosmosSchema(): BicepCosmosSchema {
  return {
    $comment:
      'Generated from functions/src/cosmos/containers.ts by `npm run infra:containers`. Do not edit: change containers.ts and regenerate.',
    databaseId: DATABASE_ID,
    containers: CONTAINER_NAMES.map((name) => {
      const spec: ContainerSpec = CONTAINERS[name];
      return {
        id: spec.id,
        partitionKey: { paths: [spec.partitionKeyPath], kind: 'Hash', version: 2 },
        indexingPolicy: spec.indexingPolicy,
        uniqueKeyPolicy: { uniqueKeys: spec.uniqueKeyPaths.map((paths) => ({ paths })) },
        ...(spec.defaultTtlSeconds !== undefined ? { defaultTtl: spec.defaultTtlSeconds } : {}),
      };
    }),
  };
}

export function renderCosmosSchemaJson(): string {
  return `${JSON.stringify(bicepCosmosSchema(), null, 2)}\n`;
}
