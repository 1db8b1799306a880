/** The Koerskaart canvas: structure, model, operations and the merge rule (issue 4, part 1). */
export * from './structure';
export * from './order-key';
export * from './clock';
export * from './schema';
export * from './errors';
export * from './merge';
export * from './operations';
export * from './view';
