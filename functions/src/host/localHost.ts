import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpRequest, HttpResponse, InvocationContext, type HttpResponseInit, type LogLevel } from '@azure/functions';
import { apiSecurityHeaders } from '@koers/contracts';
import type { ProblemCode } from '@koers/texts';
import { problemResponse } from '../http/problem';
import { createRouteMatcher, type RouteMatch } from './routeMatcher';
import type { FunctionTable } from './table';
import { parseNcrontab } from './ncrontab';
import { startTimerScheduler, type TimerScheduler } from './timerScheduler';

/**
 * A small stand-in for the Azure Functions host (Core Tools cannot be installed here): it serves
 * the same route table as `index.ts` registers with the real runtime, below /api, building real
 * `HttpRequest`/`InvocationContext` objects from @azure/functions and writing back whatever the
 * handler returns. It also runs the timer triggers on their NCRONTAB schedules. It uses only the
 * package's public constructors, no runtime internals.
 */

export type HostLogger = (level: LogLevel, ...args: unknown[]) => void;

export interface LocalHostOptions {
  /** 0 picks a free port; the real one is in the result. */
  port: number;
  /** Interface to listen on; loopback by default, since local mode's auth is a dev issuer. */
  host?: string;
  /** Origins allowed to call the API from a browser, exactly (scheme://host:port). */
  corsOrigins?: readonly string[];
  log?: HostLogger;
  /** Hard cap on any request body (handlers apply their own, smaller limits). Default 4 MiB. */
  maxRequestBytes?: number;
  /** Clock for the timer scheduler (tests). */
  now?: () => Date;
  /**
   * Called once per answered request, like the runtime's request log. It gets the route template,
   * never the path or query: those can hold ids of other people or an email address.
   */
  onRequest?: (entry: RequestLogEntry) => void;
}

export interface RequestLogEntry {
  method: string;
  /** The matched route's template ("people/{id}"), or "-" when no route matched. */
  route: string;
  functionName?: string;
  status: number;
  durationMs: number;
  invocationId?: string;
}

export interface RunningFunctionsHost {
  /** Origin of the host, e.g. http://127.0.0.1:7071 */
  url: string;
  /** `${url}/api` */
  apiUrl: string;
  port: number;
  /**
   * Allows these exact origins from now on: the tab's own server, whose port is known only once
   * it runs (after the API, since it is told the API's address).
   */
  allowOrigins(origins: readonly string[]): void;
  close(): Promise<void>;
}

/**
 * The origins a page served from this machine at `pageUrl` can have: a browser may reach the same
 * loopback server as localhost, 127.0.0.1 or [::1]. Only that port, never any local page: another
 * local web page (a dev server of something else, a page opened from a file) must not call the API
 * with the user's token.
 */
export function loopbackOrigins(pageUrl: string): string[] {
  const url = new URL(pageUrl);
  const loopback = ['localhost', '127.0.0.1', '[::1]'];
  if (!loopback.includes(url.hostname)) return [url.origin];
  const port = url.port ? `:${url.port}` : '';
  return loopback.map((host) => `${url.protocol}//${host}${port}`);
}

/** The API's security headers on every answer, as in Azure (contracts/src/securityHeaders.ts). */
const SECURITY_HEADERS = apiSecurityHeaders('local');

const EXPOSED_HEADERS = 'ETag, Location, Content-Language, Content-Disposition, Retry-After, WWW-Authenticate';
const ALLOWED_REQUEST_HEADERS = 'Authorization, Content-Type, Accept, Accept-Language, If-Match, If-None-Match';

export const defaultHostLogger: HostLogger = (level, ...args) => {
  if (level === 'trace' || level === 'debug' || level === 'none') return;
  if (level === 'error' || level === 'critical') console.error(...args);
  else if (level === 'warning') console.warn(...args);
  else console.log(...args);
};

function flattenHeaders(raw: IncomingMessage['headers']): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    headers[name] = Array.isArray(value) ? value.join(name === 'cookie' ? '; ' : ', ') : value;
  }
  return headers;
}

class BodyTooLarge extends Error {}

function readRequestBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > maxBytes) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let total = 0;
    req.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) {
        req.removeAllListeners('data');
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks, total)));
    req.on('error', reject);
  });
}

function serializeCookie(cookie: HttpResponse['cookies'][number]): string {
  const parts = [`${cookie.name}=${encodeURIComponent(cookie.value)}`];
  if (cookie.domain) parts.push(`Domain=${cookie.domain}`);
  if (cookie.path) parts.push(`Path=${cookie.path}`);
  if (cookie.expires !== undefined) parts.push(`Expires=${new Date(cookie.expires).toUTCString()}`);
  if (cookie.maxAge !== undefined) parts.push(`Max-Age=${cookie.maxAge}`);
  if (cookie.secure) parts.push('Secure');
  if (cookie.httpOnly) parts.push('HttpOnly');
  if (cookie.sameSite) parts.push(`SameSite=${cookie.sameSite}`);
  return parts.join('; ');
}

async function writeResponse(
  res: ServerResponse,
  result: HttpResponseInit | HttpResponse | undefined,
  extraHeaders: Record<string, string>,
): Promise<void> {
  const response = result instanceof HttpResponse ? result : new HttpResponse(result ?? {});
  const body = Buffer.from(await response.arrayBuffer());
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  const cookies = [...response.headers.getSetCookie(), ...response.cookies.map(serializeCookie)];
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) if (!res.hasHeader(name)) res.setHeader(name, value);
  for (const [name, value] of Object.entries(extraHeaders)) {
    const existing = res.getHeader(name);
    res.setHeader(name, name.toLowerCase() === 'vary' && existing ? `${String(existing)}, ${value}` : value);
  }
  if (body.length > 0 && !res.hasHeader('content-type')) res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.setHeader('content-length', String(body.length));
  res.end(body);
}

export async function startFunctionsHost(table: FunctionTable, options: LocalHostOptions): Promise<RunningFunctionsHost> {
  const log = options.log ?? defaultHostLogger;
  const corsOrigins = new Set(options.corsOrigins ?? []);
  const maxRequestBytes = options.maxRequestBytes ?? 4 * 1024 * 1024;
  const bindHost = options.host ?? '127.0.0.1';
  const match = createRouteMatcher(table.http);
  // Fail before listening on a schedule the runtime would refuse too.
  for (const timer of table.timers) parseNcrontab(timer.schedule);
  let origin = '';
  // Which route served a request, for the request log (see onRequest).
  const requestRoutes = new WeakMap<IncomingMessage, { route: string; name: string; invocationId: string }>();

  const hostProblem = async (
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    code: ProblemCode,
    headers: Record<string, string>,
  ) => {
    const requestHeaders = new Headers(flattenHeaders(req.headers));
    await writeResponse(res, problemResponse({ headers: requestHeaders }, status, code), headers);
  };

  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    const method = (req.method ?? 'GET').toUpperCase();
    // Appended, not resolved: a request-target like "//other.host/api" must not change the host.
    let url: URL;
    try {
      url = new URL(`${origin}${req.url ?? '/'}`);
    } catch {
      return hostProblem(req, res, 400, 'validation', {});
    }
    const requestOrigin = req.headers.origin;
    const corsAllowed = requestOrigin !== undefined && corsOrigins.has(requestOrigin);
    const cors: Record<string, string> = corsAllowed
      ? { 'Access-Control-Allow-Origin': requestOrigin, 'Access-Control-Expose-Headers': EXPOSED_HEADERS, Vary: 'Origin' }
      : corsOrigins.size > 0
        ? { Vary: 'Origin' }
        : {};

    if (url.pathname !== '/api' && !url.pathname.startsWith('/api/')) {
      return hostProblem(req, res, 404, 'not-found', cors);
    }
    const lookup = match(url.pathname.slice('/api'.length));
    if (lookup.malformed && lookup.matches.length === 0) return hostProblem(req, res, 400, 'validation', cors);
    if (lookup.matches.length === 0) return hostProblem(req, res, 404, 'not-found', cors);
    const allowedMethods = [...new Set(lookup.matches.flatMap((m) => m.route.methods))];

    const isPreflight = method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
    if (isPreflight) {
      if (!corsAllowed) return hostProblem(req, res, 403, 'forbidden', {});
      res.writeHead(204, {
        ...SECURITY_HEADERS,
        ...cors,
        'Access-Control-Allow-Methods': allowedMethods.join(', '),
        'Access-Control-Allow-Headers': ALLOWED_REQUEST_HEADERS,
        'Access-Control-Max-Age': '600',
        'Content-Length': '0',
      });
      res.end();
      return;
    }

    const chosen: RouteMatch | undefined = lookup.matches.find((m) => m.route.methods.includes(method as never));
    if (!chosen) return hostProblem(req, res, 405, 'method-not-allowed', { ...cors, Allow: allowedMethods.join(', ') });

    let body: Buffer;
    try {
      body = await readRequestBody(req, maxRequestBytes);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        // Stop the client from sending the rest on this connection.
        res.setHeader('Connection', 'close');
        await hostProblem(req, res, 413, 'too-large', cors);
        req.socket.destroySoon();
        return;
      }
      throw error;
    }

    const { route, params } = chosen;
    const invocationId = randomUUID();
    requestRoutes.set(req, { route: route.route, name: route.name, invocationId });
    const context = new InvocationContext({
      invocationId,
      functionName: route.name,
      logHandler: (level, ...args) => log(level, `[${route.name}]`, ...args),
    });
    const request = new HttpRequest({
      method,
      url: url.toString(),
      headers: flattenHeaders(req.headers),
      body: { bytes: body },
      params,
    });
    let result: HttpResponseInit | HttpResponse | undefined;
    try {
      result = (await route.handler(request, context)) ?? undefined;
    } catch (error) {
      // The real runtime answers an escaped error with a bare 500; we answer with the same status
      // in our problem shape, and log it.
      context.error('Function threw:', error);
      return hostProblem(req, res, 500, 'internal', cors);
    }
    await writeResponse(res, result, cors);
  };

  const server = http.createServer((req, res) => {
    const startedAt = performance.now();
    if (options.onRequest) {
      const report = options.onRequest;
      res.once('finish', () => {
        const matched = requestRoutes.get(req);
        report({
          method: (req.method ?? 'GET').toUpperCase(),
          route: matched?.route ?? '-',
          functionName: matched?.name,
          status: res.statusCode,
          durationMs: Math.round(performance.now() - startedAt),
          invocationId: matched?.invocationId,
        });
      });
    }
    serve(req, res).catch((error: unknown) => {
      log('error', 'Local host failed to answer', req.method, req.url, error);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end();
      } else {
        res.destroy();
      }
    });
  });
  server.keepAliveTimeout = 30_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, bindHost, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = bindHost === '0.0.0.0' || bindHost === '::' ? 'localhost' : bindHost.includes(':') ? `[${bindHost}]` : bindHost;
  origin = `http://${urlHost}:${port}`;

  const timers: TimerScheduler = startTimerScheduler(table.timers, { log, now: options.now });

  let closing: Promise<void> | undefined;
  return {
    url: origin,
    apiUrl: `${origin}/api`,
    port,
    allowOrigins: (origins) => {
      for (const o of origins) corsOrigins.add(o);
    },
    close: () =>
      (closing ??= (async () => {
        await timers.stop();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
          // Give in-flight requests a moment, then cut what is left.
          setTimeout(() => server.closeAllConnections(), 2000).unref();
        });
      })()),
  };
}
