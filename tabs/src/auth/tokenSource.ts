/** Where the bearer token for the API comes from (Teams SSO, or the local dev issuer). */
export interface TokenSource {
  /** The current token; rejects when nobody is signed in. */
  token(): Promise<string>;
  /** A fresh token after the API said 401; rejects when that is not possible. */
  renew(): Promise<string>;
}
