import { queryOptions } from '@tanstack/react-query';
import type { NotificationsApi } from '../api/notificationsApi';
import { readKey } from './queryKeys';

/** Read when the bell appears and whenever it is opened; a minute old at most while it stays on screen. */
export const notificationsQuery = (api: NotificationsApi) =>
  queryOptions({ queryKey: readKey('devNotifications', {}), queryFn: ({ signal }) => api.recent(signal), refetchInterval: 60_000 });
