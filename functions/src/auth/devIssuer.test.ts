import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { DEV_ISSUER_KEY_FILE, loadOrCreateDevIssuer, type DevIssuer } from './devIssuer';
import { createTokenValidator } from './tokenValidator';

const clientId = '4b0e7a1c-3d2f-4e5a-9b8c-000000000c0e';
const sanne = {
  tenantId: '6f1c2a7e-0000-4000-8000-000000000001',
  userId: '0a000000-0000-4000-8000-000000000106',
  name: 'Sanne Bakker',
  email: 'sanne@hendriks.example',
};

let dataDir: string;
beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'koers-dev-issuer-'));
});
afterEach(async () => {
  await fs.rm(dataDir, { recursive: true, force: true });
});

/** Serves the issuer's JWKS the way the local host does, so the validator fetches it over HTTP. */
async function serveJwks(issuer: () => DevIssuer): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(issuer().jwks()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/dev/jwks`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('the local dev issuer', () => {
  it('mints Entra ID v2-shaped access tokens for a sample person', async () => {
    const issuer = await loadOrCreateDevIssuer({ dataDir, clientId });
    const token = await issuer.mint(sanne, new Date('2026-03-02T09:00:00Z'));
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'RS256', typ: 'JWT', kid: issuer.kid });
    expect(decodeJwt(token)).toMatchObject({
      iss: `https://login.microsoftonline.com/${sanne.tenantId}/v2.0`,
      aud: clientId,
      tid: sanne.tenantId,
      oid: sanne.userId,
      scp: 'access_as_user',
      name: 'Sanne Bakker',
      preferred_username: 'sanne@hendriks.example',
      ver: '2.0',
      nbf: 1772442000,
      exp: 1772442000 + 3600,
    });
  });

  it('publishes only the public half of its key', async () => {
    const issuer = await loadOrCreateDevIssuer({ dataDir, clientId });
    const [key, ...others] = issuer.jwks().keys;
    expect(others).toEqual([]);
    expect(key).toMatchObject({ kty: 'RSA', kid: issuer.kid, alg: 'RS256', use: 'sig' });
    expect(key).not.toHaveProperty('d');
    expect(key).not.toHaveProperty('p');
  });

  it('issues tokens the production validator accepts after fetching the keys over HTTP', async () => {
    const issuer = await loadOrCreateDevIssuer({ dataDir, clientId });
    const jwks = await serveJwks(() => issuer);
    try {
      const validator = createTokenValidator({
        clientId,
        keys: { jwksUrl: jwks.url },
        isKnownTenant: async (tid) => tid === sanne.tenantId,
      });
      await expect(validator.validate(await issuer.mint(sanne))).resolves.toMatchObject({
        tenantId: sanne.tenantId,
        userId: sanne.userId,
      });
    } finally {
      await jwks.close();
    }
  });

  it('keeps its key in the data folder, so tokens survive a restart', async () => {
    const first = await loadOrCreateDevIssuer({ dataDir, clientId });
    const token = await first.mint(sanne);
    const stat = await fs.stat(path.join(dataDir, DEV_ISSUER_KEY_FILE));
    expect(stat.mode & 0o077).toBe(0);

    let current = await loadOrCreateDevIssuer({ dataDir, clientId });
    expect(current.kid).toBe(first.kid);
    const jwks = await serveJwks(() => current);
    try {
      const validator = createTokenValidator({
        clientId,
        keys: { jwksUrl: jwks.url },
        isKnownTenant: async () => true,
      });
      await expect(validator.validate(token)).resolves.toMatchObject({ userId: sanne.userId });

      await fs.rm(path.join(dataDir, DEV_ISSUER_KEY_FILE));
      current = await loadOrCreateDevIssuer({ dataDir, clientId });
      expect(current.kid).not.toBe(first.kid);
    } finally {
      await jwks.close();
    }
  });

  it('refuses to start on a damaged key file instead of silently replacing it', async () => {
    await fs.writeFile(path.join(dataDir, DEV_ISSUER_KEY_FILE), JSON.stringify({ kty: 'oct', k: 'x' }));
    await expect(loadOrCreateDevIssuer({ dataDir, clientId })).rejects.toThrow(/not an RSA private JWK/);
  });
});
