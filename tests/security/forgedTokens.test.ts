import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SAMPLE_PEOPLE } from '@koers/app';
import { contracts, type RouteContract } from '@koers/contracts';
import { base64url, exportJWK, generateKeyPair, importJWK, SignJWT, type JWK, type JWTPayload, type KeyLike } from 'jose';
import { DEV_ISSUER_KEY_FILE } from '../../functions/src/auth/devIssuer';
import { entraIssuer, REQUIRED_SCOPE } from '../../functions/src/auth/tokenValidator';
import { useLocalStack } from '../../functions/src/testing/localStack';
import { pathWith, sampleOf, schemasOf, seeded } from './support/contractSamples';

/**
 * Every class of forged or wrong token, against every route that needs a signed-in person, on
 * the local host (its dev issuer checks tokens the way Entra ID tokens are checked in Azure).
 * Each must be refused (401, or 403 for a well-signed token of an unknown person or
 * organisation); none may get an answer with data. The route list comes from the contracts.
 */

const { sanne, linda, an } = SAMPLE_PEOPLE;
const stack = useLocalStack({ adapters: { quotas: 'off' } });

let devKey: KeyLike;
let kid: string;
let clientId: string;
let impostor: KeyLike;
let impostorJwk: JWK;

beforeAll(async () => {
  const stored = JSON.parse(readFileSync(path.join(stack.current().dataDir, DEV_ISSUER_KEY_FILE), 'utf8')) as JWK & { kid: string };
  devKey = (await importJWK({ ...stored, alg: 'RS256' }, 'RS256')) as KeyLike;
  kid = stored.kid;
  clientId = stack.current().config.auth.clientId;
  const pair = await generateKeyPair('RS256', { extractable: true });
  impostor = pair.privateKey;
  impostorJwk = await exportJWK(pair.publicKey);
});

function claims(overrides: JWTPayload = {}, who = sanne): JWTPayload {
  const now = Math.floor(Date.now() / 1000);
  return {
    iss: entraIssuer(who.tenantId),
    aud: clientId,
    tid: who.tenantId,
    oid: who.id,
    scp: REQUIRED_SCOPE,
    ver: '2.0',
    name: who.displayName,
    iat: now - 60,
    nbf: now - 60,
    exp: now + 3600,
    ...overrides,
  };
}

function sign(payload: JWTPayload, options: { key?: KeyLike; header?: Record<string, unknown> } = {}): Promise<string> {
  return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid, ...options.header }).sign(options.key ?? devKey);
}

const part = (value: unknown) => base64url.encode(JSON.stringify(value));
const now = () => Math.floor(Date.now() / 1000);

/** Each class: how to make it, and what the API must answer. */
const FORGERIES: Record<string, { make: () => Promise<string | undefined>; refusedWith: number[] }> = {
  'no token at all': { make: async () => undefined, refusedWith: [401] },
  'not a JWT': { make: async () => 'geen-token', refusedWith: [401] },
  'an empty signature': { make: async () => `${(await sign(claims())).split('.').slice(0, 2).join('.')}.`, refusedWith: [401] },
  'a flipped signature': {
    make: async () => {
      const [h, p, s = ''] = (await sign(claims())).split('.');
      return `${h}.${p}.${s.startsWith('A') ? 'B' : 'A'}${s.slice(1)}`;
    },
    refusedWith: [401],
  },
  'unsigned (alg none)': { make: async () => `${part({ alg: 'none', typ: 'JWT' })}.${part(claims())}.`, refusedWith: [401] },
  'HS256 with the public key as secret': {
    make: async () => {
      const publicJwk = JSON.stringify(await (await stack.current().api('/dev/jwks')).json());
      const unsigned = `${part({ alg: 'HS256', typ: 'JWT', kid })}.${part(claims())}`;
      return `${unsigned}.${createHmac('sha256', publicJwk).update(unsigned).digest('base64url')}`;
    },
    refusedWith: [401],
  },
  'signed by another key under the same kid': { make: () => sign(claims(), { key: impostor }), refusedWith: [401] },
  'signed by a key the issuer does not have': { make: () => sign(claims(), { key: impostor, header: { kid: 'onbekend' } }), refusedWith: [401] },
  'its own key in the header (jwk)': { make: () => sign(claims(), { key: impostor, header: { jwk: impostorJwk } }), refusedWith: [401] },
  'a key URL in the header (jku)': { make: () => sign(claims(), { key: impostor, header: { jku: 'https://evil.example/keys', kid: 'evil' } }), refusedWith: [401] },
  'expired': { make: () => sign(claims({ iat: now() - 7200, nbf: now() - 7200, exp: now() - 3600 })), refusedWith: [401] },
  'not valid yet': { make: () => sign(claims({ nbf: now() + 3600, exp: now() + 7200 })), refusedWith: [401] },
  'for another audience': { make: () => sign(claims({ aud: randomUUID() })), refusedWith: [401] },
  'from another issuer': { make: () => sign(claims({ iss: 'https://evil.example/v2.0' })), refusedWith: [401] },
  "an issuer of another tenant than its tid": { make: () => sign(claims({ iss: entraIssuer(an.tenantId) })), refusedWith: [401] },
  'without the access_as_user scope': { make: () => sign(claims({ scp: 'User.Read' })), refusedWith: [401] },
  'without an object id': { make: () => sign(claims({ oid: undefined })), refusedWith: [401] },
  'the claims of someone else under a valid signature': {
    make: async () => {
      const [h, , s] = (await sign(claims())).split('.');
      return `${h}.${part(claims({}, linda))}.${s}`;
    },
    refusedWith: [401],
  },
  'roles added to a valid token': {
    make: async () => {
      const [h, , s] = (await sign(claims())).split('.');
      return `${h}.${part(claims({ roles: ['Koers.HR', 'Koers.Admin'] }))}.${s}`;
    },
    refusedWith: [401],
  },
  'a well-signed token of an organisation without Koers': { make: () => sign(claims({ tid: '6f1c2a7e-0000-4000-8000-0000000000ff', iss: entraIssuer('6f1c2a7e-0000-4000-8000-0000000000ff') })), refusedWith: [403] },
  'a well-signed token of someone Koers does not know': { make: () => sign(claims({ oid: randomUUID() })), refusedWith: [403] },
  "one person's object id in another organisation": { make: () => sign(claims({ tid: an.tenantId, iss: entraIssuer(an.tenantId), oid: sanne.id })), refusedWith: [403] },
};

const bearerRoutes = (): RouteContract[] => Object.values(contracts).filter((c) => c.auth === 'bearer' || c.auth === 'token');

describe('forged and wrong tokens on every signed-in route', () => {
  it('refuses every class on every route, and never answers with data', async () => {
    const rng = seeded(7);
    const accepted: string[] = [];
    let tried = 0;
    for (const [name, forgery] of Object.entries(FORGERIES)) {
      const token = await forgery.make();
      for (const contract of bearerRoutes()) {
        const schemas = schemasOf(contract);
        const params = Object.fromEntries(Object.keys(schemas.params?.properties ?? {}).map((p) => [p, p === 'n' ? '1' : sanne.id]));
        const response = await stack.current().api(pathWith(contract, params), {
          method: contract.method,
          ...(token ? { token } : {}),
          headers: { 'content-type': 'application/json', 'if-match': '"*"' },
          ...(contract.method !== 'GET' ? { body: JSON.stringify(schemas.body ? sampleOf(schemas.body, rng) : {}) } : {}),
        });
        tried++;
        await response.text();
        if (!forgery.refusedWith.includes(response.status)) accepted.push(`${name} → ${contract.method} ${contract.path}: ${response.status}`);
      }
    }
    process.stdout.write(`forged tokens: ${Object.keys(FORGERIES).length} classes × ${bearerRoutes().length} routes = ${tried} requests, ${accepted.length} not refused\n`);
    expect(accepted).toEqual([]);
  }, 240_000);

  it('still answers the real token of the same person (the forgeries were refused for what they are)', async () => {
    const response = await stack.current().api('/me', { token: await sign(claims()) });
    expect(response.status).toBe(200);
  });
});
