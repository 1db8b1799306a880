export * from './accessLog';
export * from './personalData';
