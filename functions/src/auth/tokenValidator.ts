import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import { AuthError, type AuthFailure } from './authError';

/**
 * Validates Entra ID v2 access tokens (Teams SSO with accessTokenAcceptedVersion 2). The local
 * dev issuer mints tokens of the same shape and serves its keys over HTTP, so this one code path
 * runs in both modes; only the JWKS URL differs.
 */

export const REQUIRED_SCOPE = 'access_as_user';
/** Entra ID and our servers may disagree on the time by a little; a minute is plenty. */
export const CLOCK_TOLERANCE_SECONDS = 60;

export interface TokenIdentity {
  tenantId: string;
  /** The Entra ID object id (oid): with the tenant, the key of the person. */
  userId: string;
  name?: string;
  preferredUsername?: string;
  /**
   * The `roles` claim: the values of the app roles Entra ID assigned to the user for Koers
   * (Koers.HR, Koers.Admin); what the API grants HR and admin rights from (actor.ts).
   */
  roles?: string[];
  /**
   * The `wids` claim: the template ids of the user's Entra ID directory roles. Only the onboarding
   * looks at it (a Global Administrator may start it while the organisation has no Koers.Admin).
   */
  wids?: string[];
}

export type KeySource =
  /** A JWKS URL, or a function naming it when it is only known later (the local host's port). */
  | { jwksUrl: string | URL | (() => string | URL) }
  | { getKey: JWTVerifyGetKey };

export interface TokenValidatorOptions {
  clientId: string;
  keys: KeySource;
  /** True when the tenant has an organisation in Koers; asked only after the signature holds. */
  isKnownTenant(tenantId: string): Promise<boolean>;
  clockToleranceSeconds?: number;
  /** For tests: validate as if it were this moment. */
  now?: () => Date;
}

export interface TokenValidator {
  /** `allowUnknownTenant`: the onboarding's routes, for an organisation Koers does not know yet. */
  validate(token: string, options?: { allowUnknownTenant?: boolean }): Promise<TokenIdentity>;
}

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const EntraClaims = z.object({
  tid: z.string().regex(guid),
  oid: z.string().regex(guid),
  iss: z.string(),
  scp: z.string(),
  name: z.string().max(400).optional(),
  preferred_username: z.string().max(400).optional(),
  roles: z.array(z.string().max(250)).max(250).optional(),
  wids: z.array(z.string().regex(guid)).max(250).optional(),
});

/** Entra ID's v2 issuer for one tenant; the token's own `tid` picks the tenant. */
export function entraIssuer(tenantId: string): string {
  return `https://login.microsoftonline.com/${tenantId}/v2.0`;
}

function remoteKeys(url: string | URL | (() => string | URL)): JWTVerifyGetKey {
  let current: { href: string; getKey: JWTVerifyGetKey } | undefined;
  return (header, token) => {
    const resolved = typeof url === 'function' ? url() : url;
    const href = resolved.toString();
    if (current?.href !== href) {
      // jose caches the key set and refetches (with a cooldown) when a token names an unknown kid,
      // which is how Entra ID's key rollover reaches us.
      current = { href, getKey: createRemoteJWKSet(new URL(href), { timeoutDuration: 5000 }) };
    }
    return current.getKey(header, token);
  };
}

function failureOf(error: unknown): AuthFailure {
  if (error instanceof errors.JOSEAlgNotAllowed) return 'bad-algorithm';
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) return 'unknown-key';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'bad-signature';
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === 'missing') return 'missing-claim';
    if (error.claim === 'nbf') return 'not-yet-valid';
    if (error.claim === 'aud') return 'wrong-audience';
    if (error.claim === 'iss') return 'wrong-issuer';
    return 'malformed-token';
  }
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return 'keys-unavailable';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid || error instanceof errors.JOSENotSupported) {
    return 'malformed-token';
  }
  if (error instanceof errors.JWKInvalid) return 'unknown-key';
  // Anything else (a failed fetch of the key set, a non-200 answer) means we could not get keys.
  return 'keys-unavailable';
}

export function createTokenValidator(options: TokenValidatorOptions): TokenValidator {
  const getKey = 'getKey' in options.keys ? options.keys.getKey : remoteKeys(options.keys.jwksUrl);
  const clockTolerance = options.clockToleranceSeconds ?? CLOCK_TOLERANCE_SECONDS;

  return {
    async validate(token, validation) {
      if (!token) throw new AuthError('missing-token');
      // Entra ID access tokens are a few KB; anything much larger is not one of them.
      if (token.length > 16_384 || !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(token)) {
        throw new AuthError('malformed-token');
      }
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, getKey, {
          algorithms: ['RS256'],
          audience: options.clientId,
          clockTolerance,
          requiredClaims: ['exp', 'iss', 'aud', 'tid', 'oid'],
          currentDate: options.now?.(),
        }));
      } catch (error) {
        const reason = failureOf(error);
        throw new AuthError(reason, `${reason}: ${error instanceof Error ? error.message : String(error)}`, {
          cause: error,
        });
      }

      const claims = EntraClaims.safeParse(payload);
      if (!claims.success) {
        const missingScope = claims.error.issues.some((i) => i.path[0] === 'scp');
        throw new AuthError(missingScope ? 'missing-scope' : 'missing-claim', claims.error.message);
      }
      const { tid, oid, iss, scp } = claims.data;
      // v2 tokens name their own tenant in the issuer; a token whose iss and tid disagree was not
      // issued by Entra ID for that tenant.
      if (iss !== entraIssuer(tid)) throw new AuthError('wrong-issuer', `issuer ${iss} does not match tenant ${tid}`);
      if (!scp.split(' ').includes(REQUIRED_SCOPE)) throw new AuthError('missing-scope');
      if (!validation?.allowUnknownTenant && !(await options.isKnownTenant(tid.toLowerCase()))) throw new AuthError('unknown-tenant', `tenant ${tid} is not known`);

      return {
        tenantId: tid.toLowerCase(),
        userId: oid.toLowerCase(),
        name: claims.data.name,
        preferredUsername: claims.data.preferred_username,
        roles: claims.data.roles ?? [],
        wids: (claims.data.wids ?? []).map((w) => w.toLowerCase()),
      };
    },
  };
}
