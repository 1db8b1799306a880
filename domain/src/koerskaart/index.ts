/** The Koerskaart canvas: structure, records, text documents, operations and how the server applies them. */
export * from './structure';
export * from './order-key';
export * from './schema';
export * from './text';
export * from './errors';
export * from './operations';
export * from './apply';
export * from './view';
export * from './record';
export * from './legacy';
