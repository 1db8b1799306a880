export * from './accessLog';
export * from './personalData';
export * from './erasure';
export * from './retention';
export * from './changeLog';
