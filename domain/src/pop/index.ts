/** The POP: model, SMART check, approval and versions. Pure: the API and tab build on it. */
export * from './schema';
export * from './smart';
export * from './versions';
export * from './draft';
export * from './goalKind';
export * from './agreementsPdfInput';
export * from './rhythm';
export * from './learning';
export * from './remark';
