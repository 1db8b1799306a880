export * from './round';
export * from './progress';
export * from './progressApi';
