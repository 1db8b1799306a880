export * from './round';
export * from './progress';
export * from './progressApi';
export * from './api';
export * from './errors';
export * from './rules';
export * from './planApi';
