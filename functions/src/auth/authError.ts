/**
 * Why a bearer token was refused. The reason goes to the log (never to the caller in detail: a
 * 401 tells an attacker nothing about which check failed), and to tests, which pin each check.
 */
export type AuthFailure =
  | 'missing-token'
  | 'malformed-token'
  | 'bad-algorithm'
  | 'unknown-key'
  | 'bad-signature'
  | 'expired'
  | 'not-yet-valid'
  | 'wrong-audience'
  | 'wrong-issuer'
  | 'missing-claim'
  | 'missing-scope'
  | 'unknown-tenant'
  | 'keys-unavailable';

export class AuthError extends Error {
  override readonly name = 'AuthError';
  constructor(
    readonly reason: AuthFailure,
    message: string = reason,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
