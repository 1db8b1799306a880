/** The Cosmos adapter: what the composition root, the local host and scripts need. */
export { azureCosmosConfigFromEnv, createCosmosClient, ensureSchema, EMULATOR_KEY, type CosmosConfig } from './client';
export { CONTAINER_NAMES, CONTAINERS, DATABASE_ID, type ContainerName, type ContainerSpec } from './containers';
export { startEmbeddedCosmos, type EmbeddedCosmos, type EmbeddedCosmosOptions } from './embedded';
export { openLocalCosmos, type LocalCosmos, type LocalCosmosOptions } from './local';
export {
  restoreSnapshot,
  saveSnapshot,
  SnapshotFileError,
  startSnapshotSchedule,
  type SnapshotSchedule,
  type SnapshotSummary,
} from './snapshot';
export { createCosmosStores } from './stores';
