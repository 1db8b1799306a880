import { skipToken, useQuery } from '@tanstack/react-query';
import { canvasRecordApi } from '../api/canvasRecordApi';
import { ApiError } from '../api/errors';
import { useApi } from './apiContext';
import { queryKeys } from './queryKeys';
import { formSeed } from './reads';

/**
 * A held conversation's canvas, to read as its record: loaded only when asked for (`enabled`),
 * never started (a conversation held without a canvas has none: `null`). Only the two parties
 * get it; anyone else gets the 404 an unknown id gets, shown the same way.
 */
export function useCanvasRecord(conversationId: string, enabled: boolean) {
  const api = useApi(canvasRecordApi);
  return useQuery({
    queryKey: [...queryKeys.canvas(conversationId), 'record'] as const,
    queryFn: enabled
      ? async ({ signal }) => {
          try {
            return await api.load(conversationId, signal);
          } catch (error) {
            if (error instanceof ApiError && error.status === 404) return null;
            throw error;
          }
        }
      : skipToken,
    ...formSeed,
  });
}
