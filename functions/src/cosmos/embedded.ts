import { X509Certificate } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { createHttpsServer } from '@vercel/cosmosdb-server';
import { generate } from 'selfsigned';

/**
 * The embedded Cosmos DB-compatible server for local mode and tests. It is reached only through
 * `@azure/cosmos` over TLS, like the real service; the certificate is generated here because the
 * one bundled with @vercel/cosmosdb-server expired in 2021.
 */

export interface EmbeddedCosmosOptions {
  /** 0 (default) lets the OS choose, so every test file can own a server. */
  port?: number;
  /** 127.0.0.1 by default: the server advertises this host back to the SDK as its endpoint. */
  host?: string;
  /** Where cert.pem/key.pem live between runs; without it one certificate is kept per process. */
  tlsDir?: string;
  /**
   * Sees every request before the server handles it, in arrival order (the write journal of local
   * mode holds write responses here until they are durable).
   */
  watchRequest?: (req: IncomingMessage, res: ServerResponse) => void;
}

export interface EmbeddedCosmos {
  endpoint: string;
  /** PEM of the self-signed certificate: trust it through the client's agent, never globally. */
  ca: string;
  port: number;
  close(): Promise<void>;
}

interface TlsMaterial {
  cert: string;
  key: string;
}

/** Renew a stored certificate this long before it expires, so a run never starts on a dying one. */
const RENEW_BEFORE_MS = 7 * 24 * 3600 * 1000;
const VALID_FOR_MS = 2 * 365 * 24 * 3600 * 1000;

async function generateCertificate(): Promise<TlsMaterial> {
  const now = Date.now();
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    // Back-dated a day so a slightly skewed clock never sees a "not yet valid" certificate.
    notBeforeDate: new Date(now - 24 * 3600 * 1000),
    notAfterDate: new Date(now + VALID_FOR_MS),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  return { cert: pems.cert, key: pems.private };
}

function stillValid(certPem: string): boolean {
  try {
    const cert = new X509Certificate(certPem);
    return Date.parse(cert.validTo) - Date.now() > RENEW_BEFORE_MS && Date.parse(cert.validFrom) <= Date.now();
  } catch {
    return false;
  }
}

async function readStored(dir: string): Promise<TlsMaterial | undefined> {
  try {
    const [cert, key] = await Promise.all([
      readFile(path.join(dir, 'cert.pem'), 'utf8'),
      readFile(path.join(dir, 'key.pem'), 'utf8'),
    ]);
    return stillValid(cert) ? { cert, key } : undefined;
  } catch {
    return undefined;
  }
}

async function writeAtomically(file: string, contents: string, mode: number): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, contents, { mode });
  await rename(tmp, file);
}

async function storedCertificate(dir: string): Promise<TlsMaterial> {
  const existing = await readStored(dir);
  if (existing) return existing;
  const fresh = await generateCertificate();
  await mkdir(dir, { recursive: true });
  await writeAtomically(path.join(dir, 'key.pem'), fresh.key, 0o600);
  await writeAtomically(path.join(dir, 'cert.pem'), fresh.cert, 0o644);
  return fresh;
}

let processCertificate: Promise<TlsMaterial> | undefined;

function certificateFor(tlsDir: string | undefined): Promise<TlsMaterial> {
  if (tlsDir) return storedCertificate(tlsDir);
  processCertificate ??= generateCertificate().catch((err: unknown) => {
    processCertificate = undefined;
    throw err;
  });
  return processCertificate;
}

export async function startEmbeddedCosmos(opts: EmbeddedCosmosOptions = {}): Promise<EmbeddedCosmos> {
  const host = opts.host ?? '127.0.0.1';
  const tls = await certificateFor(opts.tlsDir);

  // `keepAlive` is read by the package to answer "connection: keep-alive" instead of "close".
  const server = createHttpsServer({ cert: tls.cert, key: tls.key, keepAlive: true });
  // Longer than the client agent's idle timeout, so the client always closes an idle socket first
  // and never reuses one the server is closing (ECONNRESET).
  server.keepAliveTimeout = 65_000;
  if (opts.watchRequest) server.prependListener('request', opts.watchRequest);

  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  let closing: Promise<void> | undefined;
  return {
    endpoint: `https://${urlHost}:${port}/`,
    ca: tls.cert,
    port,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Keep-alive sockets would hold close() open until they time out: end them now.
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}
