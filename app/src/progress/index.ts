export * from './progressService';
export * from './progressTracker';
export * from './trackedStores';
