export * from './intents';
export * from './timeHint';
export * from './writtenLanguage';
