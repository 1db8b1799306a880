export * from './ref';
export * from './schema';
export * from './builtin';
export * from './errors';
export * from './rules';
export * from './api';
