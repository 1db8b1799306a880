/** The home pages: what to do next, from the plans, conversations and preparations. Pure. */
export * from './schema';
export * from './progress';
export * from './nextAction';
