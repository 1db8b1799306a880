import type { DevNotification } from '@koers/contracts';
import type { AuthorizedCall } from './authorizedApi';
import { apiClient } from './client';
import { endpoint } from './endpoint';

const devNotifications = endpoint({ name: 'devNotifications', method: 'GET', path: 'dev/notifications', response: { kind: 'json' } });

/** Local mode's Teams activity feed: what the local Graph took for the signed-in person. */
export interface NotificationsApi {
  recent(signal?: AbortSignal): Promise<DevNotification[]>;
}

export function notificationsApi(call: AuthorizedCall): NotificationsApi {
  const client = apiClient(call);
  return { recent: async (signal) => (await client.call(devNotifications, { signal })).notifications };
}
