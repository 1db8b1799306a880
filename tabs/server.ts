import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, preview, type Plugin } from 'vite';
import { tabSecurityHeaders, type HeaderSet } from '../contracts/src/securityHeaders.js';

export type TabMode = 'local' | 'azure';

export interface TabServerOptions {
  /** 0 picks a free port; the real one is in the result. */
  port: number;
  host?: string;
  /** Where the tab finds the API, e.g. http://localhost:7071/api (no trailing slash needed). */
  apiBase: string;
  mode: TabMode;
  /** The Entra ID app registration's client id (Azure mode). */
  clientId?: string;
  /**
   * Where Vite keeps its pre-bundled dependencies. Two dev servers must not share one while either
   * (re)builds it, or pages get "504 Outdated Optimize Dep": give each running stack its own, e.g.
   * `<KOERS_DATA_DIR>/vite` (kept between `npm start`s, fresh per test). Default: tabs/node_modules/.vite.
   */
  cacheDir?: string;
  /** Vite's log level; 'warn' keeps `npm start` output readable. */
  logLevel?: 'info' | 'warn' | 'error' | 'silent';
  /**
   * A built tab (the output of `vite build`) to serve as it is, instead of the dev server: what
   * users get in Teams, and a page load is a few files instead of two hundred modules. The
   * browser tests use it (scripts/lib/tabBuild.ts); `npm start` keeps the dev server.
   */
  dist?: string;
}

export interface RunningTabServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** What the tab reads from /config.json at start: the same build then runs in every environment. */
export interface TabRuntimeConfig {
  apiBase: string;
  mode: TabMode;
  clientId?: string;
}

const tabsRoot = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.dirname(tabsRoot);

/**
 * The only folders the dev server reads files from: the tab, the workspace packages it imports,
 * the installed packages and its own cache. Vite's default is the whole workspace, and that holds
 * `.koers-data` (every stored record, the dev issuer's signing key) for any page to fetch at
 * `/@fs/…`.
 */
function servedFolders(cacheDir: string | undefined): string[] {
  const nodeModules = path.join(repoRoot, 'node_modules');
  // Installed packages may be links into another checkout; Vite checks the real paths.
  const installedAt = (name: string) => {
    try {
      return path.dirname(realpathSync(path.join(nodeModules, name)));
    } catch {
      return nodeModules;
    }
  };
  return [
    ...new Set([
      tabsRoot,
      ...['domain', 'texts', 'contracts'].map((workspace) => path.join(repoRoot, workspace)),
      nodeModules,
      installedAt('react'),
      installedAt('vite'),
      ...(cacheDir ? [path.resolve(cacheDir)] : []),
    ]),
  ];
}

function sendConfig(res: ServerResponse, config: TabRuntimeConfig): void {
  res.statusCode = 200;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(config));
}

/** Serves /config.json from memory, ahead of Vite's own middleware. */
export function runtimeConfigPlugin(config: TabRuntimeConfig): Plugin {
  return {
    name: 'koers-runtime-config',
    configureServer(server) {
      server.middlewares.use('/config.json', (_req, res) => sendConfig(res, config));
    },
    configurePreviewServer(server) {
      server.middlewares.use('/config.json', (_req, res) => sendConfig(res, config));
    },
  };
}

/**
 * The tab's security headers (contracts/src/securityHeaders.ts, the same as in Azure) on every
 * answer of the dev server and of the server of a built tab.
 */
export function securityHeadersPlugin(headers: HeaderSet): Plugin {
  const apply = (_req: unknown, res: ServerResponse, next: () => void) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    next();
  };
  return {
    name: 'koers-security-headers',
    configureServer(server) {
      server.middlewares.use(apply);
    },
    configurePreviewServer(server) {
      server.middlewares.use(apply);
    },
  };
}

/** Starts Vite's dev server for the tab, in-process (or, with `dist`, Vite's server for a built tab). */
export async function startTabServer(options: TabServerOptions): Promise<RunningTabServer> {
  const host = options.host ?? '127.0.0.1';
  const config: TabRuntimeConfig = {
    apiBase: options.apiBase.replace(/\/+$/, ''),
    mode: options.mode,
    ...(options.clientId ? { clientId: options.clientId } : {}),
  };
  if (options.dist) {
    const server = await preview({
      root: tabsRoot,
      configFile: path.join(tabsRoot, 'vite.config.ts'),
      logLevel: options.logLevel ?? 'warn',
      build: { outDir: path.resolve(options.dist) },
      plugins: [runtimeConfigPlugin(config), securityHeadersPlugin(tabSecurityHeaders({ mode: 'local' }))],
      preview: { port: options.port, host, strictPort: options.port !== 0 },
    });
    return running(server.httpServer.address(), host, () => server.close());
  }
  // The dev page has one inline script (React's fast-refresh preamble): allowed by a nonce of this
  // server's run, not by 'unsafe-inline'.
  const scriptNonce = randomBytes(16).toString('base64');
  const server = await createServer({
    root: tabsRoot,
    configFile: path.join(tabsRoot, 'vite.config.ts'),
    logLevel: options.logLevel ?? 'warn',
    ...(options.cacheDir ? { cacheDir: path.resolve(options.cacheDir) } : {}),
    html: { cspNonce: scriptNonce },
    plugins: [runtimeConfigPlugin(config), securityHeadersPlugin(tabSecurityHeaders({ mode: 'local', scriptNonce }))],
    server: { port: options.port, host, strictPort: options.port !== 0, fs: { strict: true, allow: servedFolders(options.cacheDir) } },
  });
  await server.listen();
  return running(server.httpServer?.address(), host, () => server.close());
}

async function running(address: AddressInfo | string | null | undefined, host: string, close: () => Promise<void>): Promise<RunningTabServer> {
  if (!address || typeof address === 'string') {
    await close();
    throw new Error('Koers tab server did not report a TCP port');
  }
  const port = address.port;
  // Loopback binds are shown as "localhost": that is the origin the API's CORS policy names.
  const loopback = ['127.0.0.1', 'localhost', '::1', '0.0.0.0', '::'].includes(host);
  const shownHost = loopback ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    close,
  };
}
