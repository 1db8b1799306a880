import type { TokenSource } from '../auth/tokenSource';
import { ApiError, isUnauthenticated } from './errors';
import type { ApiCall, HttpSettings } from './http';
import { callApi } from './http';

export type AuthorizedCall = <T>(call: Omit<ApiCall<T>, 'token'>) => Promise<T>;

/**
 * Adds the bearer token. On 401 it renews the token once (re-mint locally, re-request in Teams)
 * and retries; when that fails too, `onSignedOut` sends the user back to the sign-in screen.
 */
export function authorizedCaller(
  settings: HttpSettings,
  tokens: TokenSource,
  onSignedOut: (error: ApiError) => void,
): AuthorizedCall {
  const signedOut = (error: ApiError): never => {
    onSignedOut(error);
    throw error;
  };

  return async <T>(call: Omit<ApiCall<T>, 'token'>): Promise<T> => {
    let token: string;
    try {
      token = await tokens.token();
    } catch {
      return signedOut(new ApiError({ kind: 'signed-out' }));
    }
    try {
      return await callApi(settings, { ...call, token });
    } catch (error) {
      if (!isUnauthenticated(error)) throw error;
      try {
        token = await tokens.renew();
      } catch {
        return signedOut(error);
      }
    }
    try {
      return await callApi(settings, { ...call, token });
    } catch (error) {
      if (isUnauthenticated(error)) return signedOut(error);
      throw error;
    }
  };
}
