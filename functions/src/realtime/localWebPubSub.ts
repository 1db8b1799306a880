import { randomBytes, randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { jwtVerify } from 'jose';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { z } from 'zod';
import { WEB_PUBSUB_HUB } from './webPubSub';

/**
 * Azure Web PubSub has no emulator, so local mode runs this stand-in: the subset of the service
 * Koers uses, with the service's own request shapes, so the real @azure/web-pubsub SDK (and the
 * adapter in ./webPubSub.ts) talks to it unchanged through a connection string:
 *
 *  - REST  POST /api/hubs/{hub}/groups/{group}/:send   (server → group; HS256 bearer, aud = URL)
 *  - WS    /client/hubs/{hub}?access_token=…           (json.webpubsub.azure.v1 subprotocol;
 *          the token's sub, role and webpubsub.group claims, as the SDK signs them)
 *
 * Client frames: joinGroup, leaveGroup, sendToGroup (with ackId / noEcho). Server frames: system
 * connected, ack, message from group / server. Anything else is refused as the service would.
 */

export const JSON_SUBPROTOCOL = 'json.webpubsub.azure.v1';

export interface LocalWebPubSub {
  /** `Endpoint=http://127.0.0.1:port;AccessKey=…;Version=1.0;` for the SDK. */
  connectionString: string;
  endpoint: string;
  /** What the REST side received, for tests of the adapter's request shapes. */
  received: { method: string; path: string; query: Record<string, string>; contentType?: string; body: unknown }[];
  close(): Promise<void>;
}

const ClientFrame = z.discriminatedUnion('type', [
  z.object({ type: z.literal('joinGroup'), group: z.string().min(1).max(1024), ackId: z.number().int().optional() }),
  z.object({ type: z.literal('leaveGroup'), group: z.string().min(1).max(1024), ackId: z.number().int().optional() }),
  z.object({
    type: z.literal('sendToGroup'),
    group: z.string().min(1).max(1024),
    ackId: z.number().int().optional(),
    noEcho: z.boolean().optional(),
    dataType: z.enum(['json', 'text']).default('json'),
    data: z.unknown(),
  }),
]);

const Claims = z.object({
  sub: z.string().optional(),
  role: z.union([z.string(), z.array(z.string())]).optional(),
  'webpubsub.group': z.union([z.string(), z.array(z.string())]).optional(),
});

const MAX_FRAME_BYTES = 1024 * 1024;

function list(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

interface Connection {
  id: string;
  userId?: string;
  roles: string[];
  groups: Set<string>;
  socket: WebSocket;
}

export async function startLocalWebPubSub(options: { port?: number; host?: string; hub?: string } = {}): Promise<LocalWebPubSub> {
  const hub = options.hub ?? WEB_PUBSUB_HUB;
  const host = options.host ?? '127.0.0.1';
  const accessKey = randomBytes(32).toString('base64');
  const key = new TextEncoder().encode(accessKey);
  const connections = new Set<Connection>();
  const received: LocalWebPubSub['received'] = [];
  let endpoint = '';

  const send = (connection: Connection, frame: unknown) => {
    if (connection.socket.readyState === connection.socket.OPEN) connection.socket.send(JSON.stringify(frame));
  };
  const toGroup = (group: string, frame: unknown, except?: Connection) => {
    for (const connection of connections) if (connection.groups.has(group) && connection !== except) send(connection, frame);
  };
  const may = (connection: Connection, permission: 'sendToGroup' | 'joinLeaveGroup', group: string) =>
    connection.roles.includes(`webpubsub.${permission}`) || connection.roles.includes(`webpubsub.${permission}.${group}`);

  const answer = (res: ServerResponse, status: number, body?: unknown) => {
    res.statusCode = status;
    if (body !== undefined) res.setHeader('content-type', 'application/json');
    res.end(body === undefined ? undefined : JSON.stringify(body));
  };

  const rest = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', endpoint);
    const match = /^\/api\/hubs\/([^/]+)\/groups\/([^/]+)\/:send$/.exec(url.pathname);
    if (req.method !== 'POST' || !match || decodeURIComponent(match[1] ?? '') !== hub) return answer(res, 404, { code: 'NotFound' });
    if (!url.searchParams.get('api-version')) return answer(res, 400, { code: 'MissingApiVersion' });
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    try {
      // The SDK signs each request with the access key and the full request URL as audience.
      await jwtVerify(bearer ?? '', key, { audience: `${endpoint}${req.url ?? ''}`, algorithms: ['HS256'] });
    } catch {
      return answer(res, 401, { code: 'Unauthorized' });
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const contentType = req.headers['content-type'];
    let data: unknown = raw;
    if (contentType?.startsWith('application/json')) {
      try {
        data = JSON.parse(raw) as unknown;
      } catch {
        return answer(res, 400, { code: 'InvalidJson' });
      }
    }
    const group = decodeURIComponent(match[2] ?? '');
    received.push({ method: 'POST', path: url.pathname, query: Object.fromEntries(url.searchParams), contentType, body: data });
    if (received.length > 1000) received.splice(0, received.length - 1000);
    toGroup(group, { type: 'message', from: 'server', dataType: contentType?.startsWith('application/json') ? 'json' : 'text', data });
    answer(res, 202);
  };

  const server = http.createServer((req, res) => {
    rest(req, res).catch(() => answer(res, 500));
  });
  server.keepAliveTimeout = 30_000;
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES, handleProtocols: (protocols) => (protocols.has(JSON_SUBPROTOCOL) ? JSON_SUBPROTOCOL : false) });

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', endpoint);
    const refuse = (status: number) => {
      socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status] ?? ''}\r\nConnection: close\r\n\r\n`);
    };
    if (url.pathname !== `/client/hubs/${hub}`) return refuse(404);
    const token = url.searchParams.get('access_token') ?? /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    jwtVerify(token, key, { audience: `${endpoint}/client/hubs/${hub}`, algorithms: ['HS256'] }).then(
      ({ payload }) => {
        const claims = Claims.safeParse(payload);
        if (!claims.success) return refuse(401);
        wss.handleUpgrade(req, socket, head, (ws) => {
          const connection: Connection = {
            id: randomUUID(),
            userId: claims.data.sub,
            roles: list(claims.data.role),
            groups: new Set(list(claims.data['webpubsub.group'])),
            socket: ws,
          };
          connections.add(connection);
          ws.on('close', () => connections.delete(connection));
          ws.on('message', (raw) => onFrame(connection, frameText(raw)));
          send(connection, { type: 'system', event: 'connected', userId: connection.userId, connectionId: connection.id });
        });
      },
      () => refuse(401),
    );
  });

  const onFrame = (connection: Connection, raw: string) => {
    if (connection.socket.protocol !== JSON_SUBPROTOCOL) return; // a plain socket only listens
    let frame: z.infer<typeof ClientFrame>;
    try {
      const parsed = ClientFrame.safeParse(JSON.parse(raw));
      if (!parsed.success) throw new Error('bad frame');
      frame = parsed.data;
    } catch {
      send(connection, { type: 'system', event: 'disconnected', message: 'Invalid payload' });
      connection.socket.close(1008);
      return;
    }
    const ack = (success: boolean, name?: string) => {
      if (frame.ackId === undefined) return;
      send(connection, { type: 'ack', ackId: frame.ackId, success, ...(success ? {} : { error: { name, message: name } }) });
    };
    switch (frame.type) {
      case 'joinGroup':
      case 'leaveGroup':
        if (!may(connection, 'joinLeaveGroup', frame.group)) return ack(false, 'Forbidden');
        if (frame.type === 'joinGroup') connection.groups.add(frame.group);
        else connection.groups.delete(frame.group);
        return ack(true);
      case 'sendToGroup':
        if (!may(connection, 'sendToGroup', frame.group)) return ack(false, 'Forbidden');
        toGroup(
          frame.group,
          { type: 'message', from: 'group', fromUserId: connection.userId, group: frame.group, dataType: frame.dataType, data: frame.data },
          frame.noEcho ? connection : undefined,
        );
        return ack(true);
    }
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  endpoint = `http://${host}:${port}`;

  return {
    connectionString: `Endpoint=${endpoint};AccessKey=${accessKey};Version=1.0;`,
    endpoint,
    received,
    close: async () => {
      for (const connection of connections) connection.socket.terminate();
      wss.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/** A WebSocket frame's text, whichever way ws hands it over (one buffer, fragments, or an ArrayBuffer). */
export function frameText(raw: RawData): string {
  if (Array.isArray(raw)) return Buffer.concat(raw).toString('utf8');
  if (raw instanceof ArrayBuffer) return Buffer.from(raw).toString('utf8');
  return raw.toString('utf8');
}
