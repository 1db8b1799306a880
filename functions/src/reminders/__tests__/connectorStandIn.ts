import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the Bot Connector's REST endpoint (the serviceUrl of a stored conversation
 * reference points at it): POST /v3/conversations/{id}/activities answers 201 { id } like the
 * connector. A script can make a request answer 429 with Retry-After, 502/504/412, or drop the
 * connection before (nothing delivered) or after (delivered, answer lost) handling it. With
 * `enforceTeamsLimits` it answers 429 itself above 7/s per conversation or 50/s overall, like Teams.
 */

export type Behaviour =
  | { kind: 'ok' }
  | { kind: 'status'; status: number; retryAfter?: string }
  | { kind: 'drop-before' }
  | { kind: 'drop-after' };

export interface Delivery {
  conversationId: string;
  at: number;
  /** The bundle marker on the card (card.ts), to count duplicates per bundle. */
  marker: string | undefined;
  body: unknown;
  /** The Authorization header the sender presented, if any. */
  authorization?: string;
}

export interface ConnectorStandIn {
  serviceUrl: string;
  deliveries: Delivery[];
  /** Every POST that reached the server, delivered or not. */
  requests: number;
  tooManyRequests: number;
  /** Planned behaviour of the next requests, in order; afterwards `ok`. */
  script: Behaviour[];
  /** Or a rule per request (wins over `script` when it returns something). */
  rule?: (n: number, conversationId: string) => Behaviour | undefined;
  close(): Promise<void>;
}

function markerOf(body: unknown): string | undefined {
  const found = JSON.stringify(body).match(/"id":"(koers-[0-9a-f]+)"/);
  return found?.[1];
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

export async function startConnectorStandIn(options: { enforceTeamsLimits?: boolean } = {}): Promise<ConnectorStandIn> {
  const recent: { conversationId: string; at: number }[] = [];
  const standIn: ConnectorStandIn = {
    serviceUrl: '',
    deliveries: [],
    requests: 0,
    tooManyRequests: 0,
    script: [],
    close: async () => undefined,
  };

  const overLimit = (conversationId: string, at: number): boolean => {
    while (recent.length > 0 && (recent[0]?.at ?? 0) <= at - 1000) recent.shift();
    return recent.length >= 50 || recent.filter((r) => r.conversationId === conversationId).length >= 7;
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const match = /^\/v3\/conversations\/([^/]+)\/activities\/?$/.exec(request.url ?? '');
    const text = await readBody(request);
    if (request.method !== 'POST' || !match?.[1]) {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"code":"NotFound"}}');
      return;
    }
    const conversationId = decodeURIComponent(match[1]);
    const n = standIn.requests++;
    const behaviour = standIn.rule?.(n, conversationId) ?? standIn.script.shift() ?? { kind: 'ok' };
    if (behaviour.kind === 'drop-before') {
      request.socket.destroy();
      return;
    }
    if (behaviour.kind === 'status') {
      if (behaviour.status === 429) standIn.tooManyRequests++;
      response.writeHead(behaviour.status, { 'content-type': 'application/json', ...(behaviour.retryAfter ? { 'retry-after': behaviour.retryAfter } : {}) });
      response.end(JSON.stringify({ error: { code: 'ServiceError', message: 'scripted' } }));
      return;
    }
    const at = Date.now();
    if (options.enforceTeamsLimits && overLimit(conversationId, at)) {
      standIn.tooManyRequests++;
      response.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' }).end('{"error":{"code":"TooManyRequests"}}');
      return;
    }
    recent.push({ conversationId, at });
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      response.writeHead(400).end();
      return;
    }
    standIn.deliveries.push({ conversationId, at, marker: markerOf(body), body, ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}) });
    if (behaviour.kind === 'drop-after') {
      request.socket.destroy();
      return;
    }
    response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `activity-${standIn.deliveries.length}` }));
  };

  const server: Server = createServer({ keepAlive: true }, (request, response) => {
    handle(request, response).catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  standIn.serviceUrl = `http://127.0.0.1:${port}/`;
  standIn.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return standIn;
}

/** The most deliveries to one conversation within any one second (sliding). */
export function maxPerSecond(deliveries: readonly Delivery[], conversationId?: string): number {
  const times = deliveries.filter((d) => conversationId === undefined || d.conversationId === conversationId).map((d) => d.at).sort((a, b) => a - b);
  let max = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while ((times[i] ?? 0) - (times[j] ?? 0) >= 1000) j++;
    max = Math.max(max, i - j + 1);
  }
  return max;
}
