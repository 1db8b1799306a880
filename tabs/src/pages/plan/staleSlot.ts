import { ApiError } from '../../api/errors';

/** The chosen time is no longer bookable (taken meanwhile, or now too soon): fresh proposals are needed. */
export function isStaleSlot(error: unknown): boolean {
  const code = error instanceof ApiError ? error.problem?.code : undefined;
  return code === 'slot-unavailable' || code === 'slot-too-soon';
}

/** Someone else changed the conversation since it was read (412 on If-Match). */
export function isStaleVersion(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}
