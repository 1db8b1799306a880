import {
  base64url,
  createLocalJWKSet,
  exportJWK,
  exportSPKI,
  generateKeyPair,
  SignJWT,
  type JWK,
  type JWTPayload,
  type KeyLike,
} from 'jose';
import { AuthError, type AuthFailure } from './authError';
import { createTokenValidator, entraIssuer, type TokenValidator } from './tokenValidator';

const clientId = '4b0e7a1c-3d2f-4e5a-9b8c-000000000c0e';
const hendriks = '6f1c2a7e-0000-4000-8000-000000000001';
const peeters = '6f1c2a7e-0000-4000-8000-000000000002';
const unknownTenant = '6f1c2a7e-0000-4000-8000-0000000000ff';
const jeroen = '0a000000-0000-4000-8000-000000000101';
const now = new Date('2026-03-02T09:00:00Z');
const nowSeconds = Math.floor(now.getTime() / 1000);

let signingKey: KeyLike;
let impostorKey: KeyLike;
let publicPem: string;
let validator: TokenValidator;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  signingKey = pair.privateKey;
  publicPem = await exportSPKI(pair.publicKey);
  impostorKey = (await generateKeyPair('RS256')).privateKey;
  const publicJwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' };
  validator = createTokenValidator({
    clientId,
    keys: { getKey: createLocalJWKSet({ keys: [publicJwk] }) },
    isKnownTenant: async (tid) => tid === hendriks || tid === peeters,
    now: () => now,
  });
});

function claims(overrides: JWTPayload = {}): JWTPayload {
  return {
    iss: entraIssuer(hendriks),
    aud: clientId,
    tid: hendriks,
    oid: jeroen,
    scp: 'User.Read access_as_user',
    name: 'Jeroen Hendriks',
    ver: '2.0',
    iat: nowSeconds - 60,
    nbf: nowSeconds - 60,
    exp: nowSeconds + 3600,
    ...overrides,
  };
}

function sign(payload: JWTPayload, { key = signingKey, kid = 'key-1' }: { key?: KeyLike; kid?: string } = {}) {
  return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid }).sign(key);
}

async function refusal(token: string | Promise<string>): Promise<AuthFailure> {
  try {
    await validator.validate(await token);
  } catch (error) {
    if (error instanceof AuthError) return error.reason;
    throw error;
  }
  throw new Error('the token was accepted');
}

describe('validating Entra ID v2 access tokens', () => {
  it('accepts a valid token and names the tenant and user', async () => {
    await expect(validator.validate(await sign(claims()))).resolves.toEqual({
      tenantId: hendriks,
      userId: jeroen,
      name: 'Jeroen Hendriks',
      preferredUsername: undefined,
      roles: [],
      wids: [],
    });
  });

  it('hands over the roles and wids claims as Entra ID wrote them (wids lower-cased)', async () => {
    const token = await sign(claims({ roles: ['Koers.HR', 'Other.App'], wids: ['62E90394-69F5-4237-9190-012177145E10'] }));
    await expect(validator.validate(token)).resolves.toMatchObject({
      roles: ['Koers.HR', 'Other.App'],
      wids: ['62e90394-69f5-4237-9190-012177145e10'],
    });
  });

  it('refuses a roles or wids claim of the wrong shape', async () => {
    expect(await refusal(sign(claims({ roles: 'Koers.HR' })))).toBe('missing-claim');
    expect(await refusal(sign(claims({ wids: ['not-a-guid'] })))).toBe('missing-claim');
  });

  it('refuses an expired token', async () => {
    expect(await refusal(sign(claims({ exp: nowSeconds - 120 })))).toBe('expired');
  });

  it('tolerates a little clock skew at expiry', async () => {
    await expect(validator.validate(await sign(claims({ exp: nowSeconds - 10 })))).resolves.toMatchObject({
      userId: jeroen,
    });
  });

  it('refuses a token that is not valid yet', async () => {
    expect(await refusal(sign(claims({ nbf: nowSeconds + 600 })))).toBe('not-yet-valid');
  });

  it('refuses a token for another audience', async () => {
    expect(await refusal(sign(claims({ aud: '00000003-0000-0000-c000-000000000000' })))).toBe('wrong-audience');
  });

  it('refuses a token from another issuer', async () => {
    expect(await refusal(sign(claims({ iss: 'https://sts.windows.net/' + hendriks + '/' })))).toBe('wrong-issuer');
  });

  it('refuses a token whose issuer names another tenant than its tid', async () => {
    expect(await refusal(sign(claims({ iss: entraIssuer(peeters) })))).toBe('wrong-issuer');
  });

  it('refuses a token signed by another key under the same kid', async () => {
    expect(await refusal(sign(claims(), { key: impostorKey }))).toBe('bad-signature');
  });

  it('refuses a token signed with a key the key set does not contain', async () => {
    expect(await refusal(sign(claims(), { key: impostorKey, kid: 'key-2' }))).toBe('unknown-key');
  });

  it('refuses a token of a tenant that has no organisation in Koers', async () => {
    expect(await refusal(sign(claims({ tid: unknownTenant, iss: entraIssuer(unknownTenant) })))).toBe('unknown-tenant');
  });

  it('refuses a token without the access_as_user scope', async () => {
    expect(await refusal(sign(claims({ scp: 'User.Read' })))).toBe('missing-scope');
    expect(await refusal(sign(claims({ scp: undefined })))).toBe('missing-scope');
  });

  it('refuses a token without an object id', async () => {
    expect(await refusal(sign(claims({ oid: undefined })))).toBe('missing-claim');
  });

  it('refuses an unsigned token (alg: none)', async () => {
    const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }));
    const body = base64url.encode(JSON.stringify(claims()));
    expect(await refusal(`${header}.${body}.`)).toBe('bad-algorithm');
  });

  it('refuses an HS256 token that uses the public key as its secret', async () => {
    const token = await new SignJWT(claims())
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid: 'key-1' })
      .sign(new TextEncoder().encode(publicPem));
    expect(await refusal(token)).toBe('bad-algorithm');
  });

  it('refuses something that is not a JWT at all', async () => {
    expect(await refusal('not-a-token')).toBe('malformed-token');
    expect(await refusal('')).toBe('missing-token');
  });
});
