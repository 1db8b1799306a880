import type { CreateCanvasRequest } from '@koers/domain';
import { skipToken, useMutation, useQuery } from '@tanstack/react-query';
import { canvasApi } from '../api/canvasApi';
import { useApi } from './apiContext';
import { canvasOpening, type CanvasTarget } from './canvasOpening';
import { queryKeys } from './queryKeys';
import { formSeed } from './reads';

/**
 * The canvas to open, started by the first party to open it: one request either way (see
 * canvasOpening.ts, which may have sent it before this page's code arrived). Only the opening is
 * read here: the live session keeps it current from then on, so this read is never repeated in
 * the background, and leaving the page forgets it (the next visit starts from the newest state).
 */
export function useCanvasView(target: CanvasTarget) {
  const opening = useApi(canvasOpening);
  return useQuery({
    queryKey: target === undefined ? queryKeys.lists.canvases() : 'conversationId' in target ? queryKeys.canvas(target.conversationId) : queryKeys.canvasByMeeting(target.meetingId),
    queryFn: target === undefined ? skipToken : ({ signal }) => opening.open(target, signal),
    staleTime: Infinity,
    ...formSeed,
  });
}

/** A new canvas without a booked meeting (or linked to the meeting the tab sits in). */
export function useCreateCanvas() {
  const api = useApi(canvasApi);
  return useMutation({ mutationFn: (request: CreateCanvasRequest) => api.create(request) });
}
