import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export type Reply = { status: number; body?: unknown; raw?: string; contentType?: string; headers?: Record<string, string> };

/** A throwaway HTTP server whose answers a test scripts; it records what it was asked. */
export async function scriptedServer(answer: (request: Recorded) => Reply) {
  const requests: Recorded[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      requests.push(recorded);
      const reply = answer(recorded);
      res.writeHead(reply.status, { 'Content-Type': reply.contentType ?? 'application/json', ...reply.headers });
      res.end(reply.raw ?? (reply.body === undefined ? '' : JSON.stringify(reply.body)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiBase: `http://127.0.0.1:${port}/api`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const problem = (status: number, code: string, nl: string, en: string) => ({
  type: `https://koers.example/problems/${code}`,
  title: en,
  status,
  detail: en,
  code,
  messages: { nl, en },
});

export const sampleMe = {
  me: {
    id: '0a000000-0000-4000-8000-000000000101',
    displayName: 'Jeroen Hendriks',
    email: 'jeroen@hendriks.example',
    jobTitle: 'directeur',
    roles: ['manager'],
    locale: 'nl-NL',
    timeZone: 'Europe/Amsterdam',
  },
  organisation: {
    tenantId: '6f1c2a7e-0000-4000-8000-000000000001',
    name: 'Installatiebedrijf Hendriks B.V.',
    locale: 'nl-NL',
    timeZone: 'Europe/Amsterdam',
  },
  reports: [],
};
