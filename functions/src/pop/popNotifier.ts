import type { PopNotifier } from '@koers/domain';

/**
 * The POP notifier until the bot's proactive one is wired (composition.ts): it sends nothing and
 * logs that it did not, with ids only (never names or goal texts), so a missing chat message is
 * visible in the log instead of silently absent.
 */
export function loggingPopNotifier(log: { warn(message: string, ...args: unknown[]): void }): PopNotifier {
  return {
    approved: async (view, by) => log.warn('pop notification "approved" not sent: no chat sender wired', { popId: view.pop.id, by }),
    helpNeeded: async (view, goalId) => log.warn('pop notification "helpNeeded" not sent: no chat sender wired', { popId: view.pop.id, goalId }),
  };
}
