export { KoersBot, tenantOf, type BotLogger, type KoersBotDeps } from './koersBot';
export { parseCommand, type BotCommand } from './commands';
