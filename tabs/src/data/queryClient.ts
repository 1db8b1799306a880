import { QueryClient } from '@tanstack/react-query';
import { retryRead } from './retry';

/**
 * The tab's one cache. A page shows what it read before at once and reads it again in the
 * background; a write puts its answer in the cache (or marks what it changed as stale) instead of
 * the page re-reading by hand. Writes are never repeated by the cache: each page decides what a
 * failed write means (a 412 is "changed meanwhile", not something to send again).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: retryRead,
        // Teams gives the tab focus back often (a chat, a meeting window): reads follow the pages, not the focus.
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
