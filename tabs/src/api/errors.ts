import type { Problem } from '@koers/contracts';

/** Why an API call failed, in terms the UI can explain. */
export type ApiFailure =
  | { kind: 'problem'; status: number; problem: Problem }
  | { kind: 'http'; status: number }
  | { kind: 'network' }
  | { kind: 'invalid-response'; status: number }
  /** No token could be obtained (not signed in, or SSO failed). */
  | { kind: 'signed-out' };

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(readonly failure: ApiFailure) {
    super(`API call failed: ${failure.kind}${'status' in failure ? ` ${failure.status}` : ''}`);
  }

  get status(): number | undefined {
    return 'status' in this.failure ? this.failure.status : undefined;
  }

  get problem(): Problem | undefined {
    return this.failure.kind === 'problem' ? this.failure.problem : undefined;
  }
}

export function isUnauthenticated(error: unknown): error is ApiError {
  return error instanceof ApiError && (error.status === 401 || error.failure.kind === 'signed-out');
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
