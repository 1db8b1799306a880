import http from 'node:http';
import type { LogLevel } from '@azure/functions';
import { Problem } from '@koers/contracts';
import { ConcurrencyError } from '@koers/domain';
import { z } from 'zod';
import { readJson, readQuery } from '../http/body';
import { handle, json } from '../http/handle';
import { loopbackOrigins, startFunctionsHost, type RequestLogEntry, type RunningFunctionsHost } from './localHost';
import type { FunctionTable } from './table';

const logged: { level: LogLevel; args: unknown[] }[] = [];
let timerRuns = 0;

const table: FunctionTable = {
  http: [
    {
      name: 'echo',
      methods: ['POST'],
      route: 'echo',
      handler: handle(async (request) =>
        json(await readJson(request, z.object({ name: z.string().max(20), age: z.number().int().optional() }))),
      ),
    },
    {
      name: 'item',
      methods: ['GET', 'DELETE'],
      route: 'items/{id}',
      handler: handle(async (request) =>
        json({ method: request.method, params: request.params, query: readQuery(request, z.object({ q: z.string().optional() })) }),
      ),
    },
    { name: 'itemsLatest', methods: ['GET'], route: 'items/latest', handler: handle(async () => json({ latest: true })) },
    {
      name: 'boom',
      methods: ['GET'],
      route: 'boom',
      handler: handle(async () => {
        throw new Error('connection string AccountKey=secret leaked?');
      }),
    },
    {
      name: 'bare',
      methods: ['GET'],
      route: 'bare',
      handler: () => {
        throw new Error('escaped the handler');
      },
    },
    {
      name: 'stale',
      methods: ['PUT'],
      route: 'stale',
      handler: handle(async () => {
        throw new ConcurrencyError('Canvas', 'c1');
      }),
    },
    { name: 'text', methods: ['GET'], route: 'text', handler: async () => ({ body: 'plain', headers: { 'X-Koers': '1' } }) },
  ],
  timers: [
    {
      name: 'tick',
      schedule: '* * * * * *',
      handler: () => {
        timerRuns++;
      },
    },
  ],
};

let host: RunningFunctionsHost;
beforeAll(async () => {
  host = await startFunctionsHost(table, {
    port: 0,
    corsOrigins: ['https://tab.koers.example'],
    log: (level, ...args) => logged.push({ level, args }),
  });
});
afterAll(() => host.close());

async function problemOf(response: Response) {
  expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
  return Problem.parse(await response.json());
}

const post = (path: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${host.apiUrl}${path}`, { method: 'POST', headers, body });

describe('the local Functions host', () => {
  it('serves a route below /api and writes the jsonBody', async () => {
    const response = await post('/echo', JSON.stringify({ name: 'Sanne', age: 31 }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ name: 'Sanne', age: 31 });
  });

  it('passes percent-decoded route parameters and the query string', async () => {
    const response = await fetch(`${host.apiUrl}/items/a%20b%2Fc?q=zoek%20mij`);
    expect(await response.json()).toEqual({ method: 'GET', params: { id: 'a b/c' }, query: { q: 'zoek mij' } });
  });

  it('prefers a literal route over a parameter', async () => {
    expect(await (await fetch(`${host.apiUrl}/items/latest`)).json()).toEqual({ latest: true });
  });

  it('matches literal segments case-insensitively, like the Functions host', async () => {
    expect((await post('/ECHO', JSON.stringify({ name: 'x' }))).status).toBe(200);
  });

  it('writes a plain body and the handler\'s headers', async () => {
    const response = await fetch(`${host.apiUrl}/text`);
    expect(response.headers.get('x-koers')).toBe('1');
    expect(await response.text()).toBe('plain');
  });

  it('answers an unknown route with a Dutch 404 problem', async () => {
    const response = await fetch(`${host.apiUrl}/nope`);
    expect(response.status).toBe(404);
    const problem = await problemOf(response);
    expect(problem).toMatchObject({ status: 404, code: 'not-found', detail: 'Dit bestaat niet (meer).' });
    expect(problem.messages.en).toBe('This does not exist (any more).');
    expect((await fetch(`${host.url}/not-api`)).status).toBe(404);
  });

  it('answers a known route with another method with 405 and the allowed methods', async () => {
    const response = await fetch(`${host.apiUrl}/items/1`, { method: 'PATCH' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, DELETE');
    expect((await problemOf(response)).code).toBe('method-not-allowed');
  });

  it('refuses bad JSON with a Dutch 400 problem', async () => {
    const response = await post('/echo', '{"name": ');
    expect(response.status).toBe(400);
    expect(await problemOf(response)).toMatchObject({ code: 'bad-json', detail: 'De aanvraag bevat geen geldige JSON.' });
  });

  it('refuses a wrong type with a 400 naming the field', async () => {
    const response = await post('/echo', JSON.stringify({ name: 42, age: 'oud' }));
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(problem.code).toBe('validation');
    expect(problem.detail).toBe('De aanvraag klopt niet: controleer de gemarkeerde velden.');
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(['age', 'name']);
  });

  it('refuses an oversized body with 413', async () => {
    const response = await post('/echo', JSON.stringify({ name: 'x'.repeat(70 * 1024) }));
    expect(response.status).toBe(413);
    expect(await problemOf(response)).toMatchObject({ code: 'too-large', detail: 'De aanvraag is te groot.' });
  });

  it('refuses a body beyond the host\'s own cap before any handler runs', async () => {
    const response = await post('/echo', 'x'.repeat(5 * 1024 * 1024));
    expect(response.status).toBe(413);
  });

  it('refuses another content type with 415', async () => {
    const response = await post('/echo', 'name=Sanne', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(response.status).toBe(415);
    expect((await problemOf(response)).detail).toBe('Stuur de gegevens als application/json.');
    expect((await post('/echo', '{"name":"x"}', {})).status).toBe(415);
  });

  it('answers in English when the request asks for it', async () => {
    const response = await post('/echo', '{', { 'content-type': 'application/json', 'accept-language': 'en-GB,en;q=0.9,nl;q=0.5' });
    const problem = await problemOf(response);
    expect(problem.detail).toBe('The request body is not valid JSON.');
    expect(response.headers.get('content-language')).toBe('en');
  });

  it('maps a stale write to 412', async () => {
    const response = await fetch(`${host.apiUrl}/stale`, { method: 'PUT' });
    expect(response.status).toBe(412);
    expect((await problemOf(response)).code).toBe('stale-write');
  });

  it('answers an unexpected error with a 500 problem that hides the internals, and logs it', async () => {
    const response = await fetch(`${host.apiUrl}/boom`);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toMatch(/AccountKey|secret|stack/);
    expect(JSON.parse(text)).toMatchObject({ code: 'internal' });
    expect(logged.some((e) => e.level === 'error' && e.args.some((a) => a instanceof Error && /AccountKey/.test(a.message)))).toBe(true);

    const bare = await fetch(`${host.apiUrl}/bare`);
    expect(bare.status).toBe(500);
    expect(await bare.text()).not.toMatch(/escaped/);
  });

  it('answers a CORS preflight from the local tab once it is allowed', async () => {
    host.allowOrigins(loopbackOrigins('http://localhost:53000/'));
    const response = await fetch(`${host.apiUrl}/echo`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:53000',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:53000');
    expect(response.headers.get('access-control-allow-methods')).toBe('POST');
    expect(response.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
  });

  it('refuses a page from another local port, and one from 127.0.0.1 on the tab\'s port is the tab', async () => {
    host.allowOrigins(loopbackOrigins('http://localhost:53000/'));
    const other = await post('/echo', '{"name":"x"}', { 'content-type': 'application/json', origin: 'http://localhost:8080' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${host.apiUrl}/echo`, { method: 'OPTIONS', headers: { origin: 'http://127.0.0.1:3000', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(403);
    const tab = await post('/echo', '{"name":"x"}', { 'content-type': 'application/json', origin: 'http://127.0.0.1:53000' });
    expect(tab.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:53000');
  });

  it('sends the security headers with every answer: a route, a problem and a preflight', async () => {
    host.allowOrigins(['https://tab.koers.example']);
    const answers = [
      await post('/echo', '{"name":"x"}'),
      await fetch(`${host.apiUrl}/nowhere`),
      await fetch(`${host.apiUrl}/echo`, { method: 'OPTIONS', headers: { origin: 'https://tab.koers.example', 'access-control-request-method': 'POST' } }),
    ];
    for (const answer of answers) {
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('adds CORS headers to the answer for a configured origin only', async () => {
    const allowed = await post('/echo', '{"name":"x"}', { 'content-type': 'application/json', origin: 'https://tab.koers.example' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://tab.koers.example');
    expect(allowed.headers.get('access-control-expose-headers')).toMatch(/ETag/);

    const foreign = await post('/echo', '{"name":"x"}', { 'content-type': 'application/json', origin: 'https://evil.example' });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${host.apiUrl}/echo`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps the connection alive between requests', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const get = () =>
      new Promise<boolean>((resolve, reject) => {
        const req = http.get(`${host.apiUrl}/items/1`, { agent }, (res) => {
          res.resume();
          res.on('end', () => resolve(req.reusedSocket));
        });
        req.on('error', reject);
      });
    try {
      expect(await get()).toBe(false);
      expect(await get()).toBe(true);
    } finally {
      agent.destroy();
    }
  });

  it('runs the timer triggers while it is up', async () => {
    const before = timerRuns;
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect(timerRuns - before).toBeGreaterThanOrEqual(1);
  });
});

describe('closing the local host', () => {
  it('stops serving and stops the timers', async () => {
    let ticks = 0;
    const own = await startFunctionsHost(
      { http: [], timers: [{ name: 't', schedule: '* * * * * *', handler: () => void ticks++ }] },
      { port: 0, log: () => undefined },
    );
    await own.close();
    const after = ticks;
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(ticks).toBe(after);
    await expect(fetch(`${own.apiUrl}/anything`)).rejects.toThrow();
  });

  it('refuses to start with a timer schedule the runtime would refuse', async () => {
    await expect(
      startFunctionsHost({ http: [], timers: [{ name: 'bad', schedule: '*/5 * * * *', handler: () => undefined }] }, { port: 0 }),
    ).rejects.toThrow(/6 fields/);
  });
});

describe('the request log', () => {
  it('reports each request with its route template, status and duration, never its path or query', async () => {
    const entries: RequestLogEntry[] = [];
    const own = await startFunctionsHost({ http: table.http, timers: [] }, { port: 0, log: () => undefined, onRequest: (e) => entries.push(e) });
    try {
      await (await fetch(`${own.apiUrl}/items/sanne%40hendriks.example?q=Sanne%20Bakker`)).arrayBuffer();
      await (await fetch(`${own.apiUrl}/nowhere/kees%40hendriks.example`)).arrayBuffer();
      await (await fetch(`${own.apiUrl}/boom`)).arrayBuffer();
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      await own.close();
    }
    expect(entries.map(({ method, route, functionName, status }) => ({ method, route, functionName, status }))).toEqual([
      { method: 'GET', route: 'items/{id}', functionName: 'item', status: 200 },
      { method: 'GET', route: '-', functionName: undefined, status: 404 },
      { method: 'GET', route: 'boom', functionName: 'boom', status: 500 },
    ]);
    for (const entry of entries) expect(entry.durationMs).toBeGreaterThanOrEqual(0);
    expect(entries[0]?.invocationId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
