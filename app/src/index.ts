/**
 * Everything Koers does, one folder a capability. Use cases depend on the ports of @koers/domain
 * only and throw domain errors; the adapters in functions/ and bot/ call them.
 */
export {};
/** Every store port in memory, held to the Cosmos adapter's conformance suite: for use-case tests and tools. */
export { createMemoryStores, type MemoryStores } from './testing/memoryStores';
