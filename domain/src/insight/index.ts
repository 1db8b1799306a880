/** HR's anonymous insight: k-anonymity, the closed-round snapshot and the talent pool. Pure. */
export * from './kAnonymity';
export * from './snapshot';
export * from './talentPool';
export * from './api';
