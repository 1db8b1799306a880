import https from 'node:https';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { generate } from 'selfsigned';
import type { z } from 'zod';
import { graphErrorBody } from './graphErrors';

/**
 * The plumbing every local Graph stand-in shares: an HTTPS server on 127.0.0.1 with a fresh
 * self-signed certificate (the client trusts it on an agent of its own, never by switching TLS
 * checks off), the bearer-token and Content-Type checks Graph makes, a record of every request,
 * and faults scripted per route. What each route answers is the stand-in's own (`handle`).
 */

export interface RecordedRequest {
  method: string;
  path: string;
  /** The decoded query (`$filter`, `$expand`…), as Graph reads it. */
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export type ScriptedAnswer =
  | { status: number; headers?: Record<string, string>; body?: unknown }
  /** Do the work, then drop the connection without an answer (a timeout seen by the client). */
  | { dropAfterHandling: true };

export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export const answer = (status: number, body?: unknown): Answer => ({ status, body });

export const STAND_IN_TOKEN = 'stand-in-token';

const JSON_TYPE = 'application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8';

export function throttled(retryAfterSeconds: number): ScriptedAnswer {
  return {
    status: 429,
    headers: { 'Retry-After': String(retryAfterSeconds) },
    body: graphErrorBody('TooManyRequests', 'Please retry again later.', 429),
  };
}

export function unavailable(retryAfterSeconds?: number): ScriptedAnswer {
  return {
    status: 503,
    ...(retryAfterSeconds === undefined ? {} : { headers: { 'Retry-After': String(retryAfterSeconds) } }),
    body: graphErrorBody('ServiceNotAvailable', 'The service is temporarily unavailable.', 503),
  };
}

export function forbidden(): ScriptedAnswer {
  return { status: 403, body: graphErrorBody('ErrorAccessDenied', 'Access is denied. Check credentials and try again.', 403) };
}

export interface HttpsStandIn {
  baseUrl: string;
  /** Trust this, on an agent of the test's own. */
  ca: string;
  requests: RecordedRequest[];
  /** Everything that did not match the documentation; a test expects it empty. */
  violations: string[];
  /** The next requests matching `method` + `path` get these answers, in order. */
  script: (method: string, path: RegExp, ...answers: ScriptedAnswer[]) => void;
  /** Checks a body against a documented schema; a mismatch is a violation and yields undefined. */
  check<T>(schema: z.ZodType<T>, body: unknown, what: string): T | undefined;
  /** Forgets requests, violations and scripts (the stand-in's own state is reset by its owner). */
  reset(): void;
  close: () => Promise<void>;
}

export async function startHttpsStandIn(handle: (request: RecordedRequest, standIn: HttpsStandIn) => Answer): Promise<HttpsStandIn> {
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(Date.now() - 86_400_000),
    notAfterDate: new Date(Date.now() + 7 * 86_400_000),
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
  });

  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  let scripts: { method: string; path: RegExp; answers: ScriptedAnswer[] }[] = [];

  function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
    if (body === undefined) {
      res.writeHead(status, headers).end();
      return;
    }
    res.writeHead(status, { 'Content-Type': JSON_TYPE, 'request-id': '94fb3b52-452a-4535-a601-69e0a90e3aa2', ...headers }).end(JSON.stringify(body));
  }

  function checkHeaders(method: string, headers: IncomingHttpHeaders, hasBody: boolean): boolean {
    if (headers.authorization !== `Bearer ${STAND_IN_TOKEN}`) {
      violations.push(`${method}: Authorization is ${headers.authorization === undefined ? 'missing' : 'not the bearer token'}`);
      return false;
    }
    if (hasBody && !/^application\/json\b/i.test(headers['content-type'] ?? '')) {
      violations.push(`${method}: Content-Type is ${headers['content-type'] ?? 'missing'}, not application/json`);
    }
    return true;
  }

  const sockets = new Set<Socket>();
  const standIn: HttpsStandIn = {
    baseUrl: '',
    ca: pems.cert,
    requests,
    violations,
    script: (method, path, ...answers) => scripts.push({ method, path, answers }),
    check(schema, body, what) {
      const result = schema.safeParse(body);
      if (result.success) return result.data;
      violations.push(`${what}: ${result.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`);
      return undefined;
    },
    reset() {
      requests.length = 0;
      violations.length = 0;
      scripts = [];
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      }),
  };

  const server = https.createServer({ cert: pems.cert, key: pems.private }, (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const method = req.method ?? 'GET';
      const url = new URL(req.url ?? '/', 'https://127.0.0.1');
      const path = url.pathname;
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        violations.push(`${method} ${path}: body is not JSON`);
      }
      const request: RecordedRequest = { method, path, query: Object.fromEntries(url.searchParams), headers: req.headers, body };
      requests.push(request);
      if (!checkHeaders(method, req.headers, text.length > 0)) {
        return send(res, 401, graphErrorBody('InvalidAuthenticationToken', 'Access token is empty.', 401));
      }
      const script = scripts.find((s) => s.method === method && s.path.test(path) && s.answers.length > 0);
      const scripted = script?.answers.shift();
      if (scripted && 'dropAfterHandling' in scripted) {
        handle(request, standIn);
        req.socket.destroy();
        return;
      }
      const result = scripted ?? handle(request, standIn);
      send(res, result.status, result.body, result.headers);
    });
  });

  server.on('secureConnection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  standIn.baseUrl = `https://127.0.0.1:${port}/`;
  return standIn;
}
