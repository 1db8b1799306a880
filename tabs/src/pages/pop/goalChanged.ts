import { ApiError } from '../../api/errors';

/** The goal was changed in a newer version meanwhile (409 goal-changed): the page reloads and says so. */
export function isGoalChanged(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}
