export * from './round';
export * from './api';
export * from './errors';
export * from './rules';
