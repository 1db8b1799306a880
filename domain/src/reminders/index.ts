/** Reminder scheduling rules: pure, no clock reads, DST-safe. */
export * from './quietHours';
export * from './cadence';
export * from './bundle';
export * from './retry';
export * from './conversationReminders';
export * from './goalSchema';
export * from './goalReminders';
export * from './defaults';
export * from './dispatch';
export * from './notice';
export * from './notices';
export * from './activityFeed';
export * from './leaderChange';
