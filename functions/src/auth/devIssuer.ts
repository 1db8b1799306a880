import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  SignJWT,
  type JWK,
  type KeyLike,
} from 'jose';
import { z } from 'zod';
import { entraIssuer, REQUIRED_SCOPE } from './tokenValidator';

/**
 * Local mode's stand-in for Entra ID: its own RSA key pair, published as a JWKS by the local host,
 * and tokens shaped like Entra ID v2 access tokens for the sample people, with the `roles` claim
 * Entra ID would put in from their app-role assignments. The API validates them
 * with the production validator, fetching these keys over HTTP, so local runs exercise the real
 * checks. The private key is kept (as a JWK) in the local data folder so tokens held by an open
 * browser tab still verify after a restart.
 */

export const DEV_ISSUER_KEY_FILE = 'dev-issuer-key.json';
const TOKEN_LIFETIME_SECONDS = 60 * 60;

export interface DevTokenSubject {
  tenantId: string;
  userId: string;
  name: string;
  email: string;
  /** The `roles` claim: the values of the person's Koers app roles (Koers.HR, Koers.Admin). */
  roles?: readonly string[];
  /** The `wids` claim: directory role template ids (tests of the Global Administrator's onboarding). */
  wids?: readonly string[];
}

export interface JsonWebKeySet {
  keys: JWK[];
}

export interface DevIssuer {
  readonly kid: string;
  /** The public half, as served at GET /api/dev/jwks. */
  jwks(): JsonWebKeySet;
  /** An access token for the person, valid for one hour from `now`. */
  mint(subject: DevTokenSubject, now?: Date): Promise<string>;
}

const StoredKey = z.object({
  kty: z.literal('RSA'),
  kid: z.string().min(1),
  n: z.string().min(1),
  e: z.string().min(1),
  d: z.string().min(1),
  p: z.string().min(1),
  q: z.string().min(1),
  dp: z.string().min(1),
  dq: z.string().min(1),
  qi: z.string().min(1),
});
type StoredKey = z.infer<typeof StoredKey>;

async function readStoredKey(file: string): Promise<StoredKey | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = StoredKey.safeParse(json);
  if (!parsed.success) throw new Error(`${file} is not an RSA private JWK; delete it to get a new dev key`);
  return parsed.data;
}

async function createStoredKey(file: string): Promise<StoredKey> {
  const { privateKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(jwk);
  const stored = StoredKey.parse({ ...jwk, kid });
  await fs.mkdir(path.dirname(file), { recursive: true });
  // Write-then-rename: a crash mid-write must not leave a half key that breaks the next start.
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temporary, JSON.stringify(stored, null, 2), { mode: 0o600 });
  await fs.rename(temporary, file);
  return stored;
}

export async function loadOrCreateDevIssuer(options: {
  dataDir: string;
  clientId: string;
  now?: () => Date;
}): Promise<DevIssuer> {
  const file = path.join(options.dataDir, DEV_ISSUER_KEY_FILE);
  const stored = (await readStoredKey(file)) ?? (await createStoredKey(file));
  const privateKey = (await importJWK({ ...stored, alg: 'RS256' }, 'RS256')) as KeyLike;
  const publicJwk: JWK = { kty: 'RSA', n: stored.n, e: stored.e, kid: stored.kid, alg: 'RS256', use: 'sig' };
  const clock = options.now ?? (() => new Date());

  return {
    kid: stored.kid,
    jwks: () => ({ keys: [publicJwk] }),
    async mint(subject, now = clock()) {
      const issuedAt = Math.floor(now.getTime() / 1000);
      return new SignJWT({
        tid: subject.tenantId,
        oid: subject.userId,
        name: subject.name,
        preferred_username: subject.email,
        scp: REQUIRED_SCOPE,
        ver: '2.0',
        azp: options.clientId,
        // Like Entra ID: a claim without values is left out rather than sent empty.
        ...(subject.roles?.length ? { roles: [...subject.roles] } : {}),
        ...(subject.wids?.length ? { wids: [...subject.wids] } : {}),
      })
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: stored.kid })
        .setIssuer(entraIssuer(subject.tenantId))
        .setAudience(options.clientId)
        // Entra ID's `sub` is pairwise per app, not the oid; imitate that so nothing keys on it.
        .setSubject(createHash('sha256').update(`${subject.tenantId}:${subject.userId}:${options.clientId}`).digest('base64url'))
        .setIssuedAt(issuedAt)
        .setNotBefore(issuedAt)
        .setExpirationTime(issuedAt + TOKEN_LIFETIME_SECONDS)
        .sign(privateKey);
    },
  };
}
