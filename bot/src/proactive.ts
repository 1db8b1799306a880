import type { BotLogger } from './koersBot';

/**
 * Someone who never opened Koers in Teams has no personal chat to write into. In Azure the app
 * is installed for them through Graph (POST /users/{id}/teamwork/installedApps), after which
 * Teams sends the installation update and Koers stores the reference.
 */
export interface AppInstaller {
  /**
   * 'installed' when the app is (now) installed for the user and a reference to their chat is
   * stored; 'not-configured' where installing cannot be done (local mode); 'failed' when it was
   * tried and did not work (the installer logged why, for the admin).
   */
  installFor(tenantId: string, userId: string): Promise<'installed' | 'not-configured' | 'failed'>;
}

/** Local mode and tests: no Graph, so say so in the log; the message waits until the person opens Koers. */
export function notConfiguredInstaller(log: BotLogger): AppInstaller {
  return {
    installFor: async (tenantId, userId) => {
      log.warn('Koers cannot install itself for a user without Graph (local mode); they get no chat message', { tenantId, userId });
      return 'not-configured';
    },
  };
}
