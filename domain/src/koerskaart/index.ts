/** The Koerskaart canvas: structure, model, operations and the merge rule. */
export * from './structure';
export * from './order-key';
export * from './clock';
export * from './schema';
export * from './errors';
export * from './merge';
export * from './operations';
export * from './view';
