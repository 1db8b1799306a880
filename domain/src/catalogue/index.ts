export * from './schema';
export * from './rules';
export * from './storage';
export * from './sheets';
export * from './api';
export * from './errors';
export * from './personFunction';
export * from './careerApi';
