/** The portfolio: entries, who sees them, the timeline. Pure: the API and tab build on it. */
export * from './schema';
export * from './entries';
export * from './timeline';
