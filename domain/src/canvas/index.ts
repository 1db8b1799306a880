/** The stored Koerskaart and its API, built on the koerskaart model. */
export * from './canvas';
export * from './api';
export * from './meeting';
export * from './sharedPreparation';
export * from './timebox';
export * from './errors';
