import type { CanvasView, CreateCanvasRequest } from '@koers/domain';
import { skipToken, useMutation, useQuery } from '@tanstack/react-query';
import { ApiError } from '../api/errors';
import { canvasApi } from '../api/canvasApi';
import { useApi } from './apiContext';
import { queryKeys } from './queryKeys';
import { formSeed } from './reads';

/** Which canvas a page asks for: by its conversation, by the Teams meeting the tab sits in, or none yet. */
export type CanvasTarget = { conversationId: string } | { meetingId: string } | undefined;

const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;

/**
 * The canvas to open, started by the first party to open it (a 404 creates it). Only the opening
 * is read here: the live session keeps it current from then on, so this read is never repeated in
 * the background, and leaving the page forgets it (the next visit starts from the newest state).
 */
export function useCanvasView(target: CanvasTarget) {
  const api = useApi(canvasApi);
  const load = async (found: NonNullable<CanvasTarget>, signal: AbortSignal): Promise<CanvasView> => {
    const request = 'conversationId' in found ? { conversationId: found.conversationId } : { meetingId: found.meetingId };
    try {
      return 'conversationId' in found ? await api.load(found.conversationId, signal) : await api.byMeeting(found.meetingId, signal);
    } catch (error) {
      if (isNotFound(error)) return await api.create(request);
      throw error;
    }
  };
  return useQuery({
    queryKey: target === undefined ? queryKeys.lists.canvases() : 'conversationId' in target ? queryKeys.canvas(target.conversationId) : queryKeys.canvasByMeeting(target.meetingId),
    queryFn: target === undefined ? skipToken : ({ signal }) => load(target, signal),
    staleTime: Infinity,
    ...formSeed,
  });
}

/** A new canvas without a booked meeting (or linked to the meeting the tab sits in). */
export function useCreateCanvas() {
  const api = useApi(canvasApi);
  return useMutation({ mutationFn: (request: CreateCanvasRequest) => api.create(request) });
}
