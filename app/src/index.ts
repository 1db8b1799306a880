/**
 * Everything Koers does, one folder a capability. Use cases depend on the ports of @koers/domain
 * only and throw domain errors; the adapters in functions/ and bot/ call them.
 */
export {};
