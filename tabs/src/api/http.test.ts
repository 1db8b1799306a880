import { afterEach, describe, expect, it } from '@jest/globals';
import { MeResponse } from '@koers/contracts';
import { scriptedServer, problem, sampleMe } from '../testing/scriptedServer';
import { ApiError } from './errors';
import { callApi } from './http';

let server: Awaited<ReturnType<typeof scriptedServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const settings = (apiBase: string) => ({ apiBase, acceptLanguage: () => 'nl-BE, nl;q=0.9, en;q=0.5' });

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('callApi', () => {
  it('sends the bearer token and the UI language, and parses the body with the domain schema', async () => {
    server = await scriptedServer(() => ({ status: 200, body: sampleMe }));
    const me = await callApi(settings(server.apiBase), { path: '/me', token: 'abc', schema: MeResponse });
    expect(me.me.displayName).toBe('Jeroen Hendriks');
    expect(server.requests[0]?.url).toBe('/api/me');
    expect(server.requests[0]?.headers.authorization).toBe('Bearer abc');
    expect(server.requests[0]?.headers['accept-language']).toBe('nl-BE, nl;q=0.9, en;q=0.5');
  });

  it('posts JSON bodies with a JSON content type', async () => {
    server = await scriptedServer(() => ({ status: 200, body: sampleMe }));
    await callApi(settings(server.apiBase), { method: 'POST', path: '/x', body: { user: 'a@b.example' }, schema: MeResponse });
    expect(server.requests[0]?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(server.requests[0]?.body ?? '')).toEqual({ user: 'a@b.example' });
  });

  it('sends the version it read as If-Match', async () => {
    server = await scriptedServer(() => ({ status: 200, body: sampleMe }));
    await callApi(settings(server.apiBase), { method: 'PUT', path: '/x', body: {}, ifMatch: '"v7"', schema: MeResponse });
    expect(server.requests[0]?.method).toBe('PUT');
    expect(server.requests[0]?.headers['if-match']).toBe('"v7"');
  });

  it('sends no If-Match when the caller has no version', async () => {
    server = await scriptedServer(() => ({ status: 200, body: sampleMe }));
    await callApi(settings(server.apiBase), { path: '/me', schema: MeResponse });
    expect(server.requests[0]?.headers['if-match']).toBeUndefined();
  });

  it('turns a problem+json answer into a problem failure with both languages', async () => {
    server = await scriptedServer(() => ({
      status: 403,
      contentType: 'application/problem+json',
      body: problem(403, 'forbidden', 'Je hebt geen toegang tot deze gegevens.', 'You do not have access to this data.'),
    }));
    const error = await failureOf(callApi(settings(server.apiBase), { path: '/me', schema: MeResponse }));
    expect(error.status).toBe(403);
    expect(error.problem?.messages.nl).toBe('Je hebt geen toegang tot deze gegevens.');
  });

  it('reports an error answer that is not a problem as a bare HTTP failure', async () => {
    server = await scriptedServer(() => ({ status: 502, raw: '<html>Bad gateway</html>', contentType: 'text/html' }));
    const error = await failureOf(callApi(settings(server.apiBase), { path: '/me', schema: MeResponse }));
    expect(error.failure).toEqual({ kind: 'http', status: 502 });
  });

  it('rejects a success body that does not match the schema', async () => {
    server = await scriptedServer(() => ({ status: 200, body: { me: { displayName: 'no id' } } }));
    const error = await failureOf(callApi(settings(server.apiBase), { path: '/me', schema: MeResponse }));
    expect(error.failure).toEqual({ kind: 'invalid-response', status: 200 });
  });

  it('reports an unreachable API as a network failure', async () => {
    server = await scriptedServer(() => ({ status: 200 }));
    const apiBase = server.apiBase;
    await server.close();
    server = undefined;
    const error = await failureOf(callApi(settings(apiBase), { path: '/me', schema: MeResponse }));
    expect(error.failure).toEqual({ kind: 'network' });
  });
});

describe('callApi when the API is over its quota (429)', () => {
  const limited = () => ({
    status: 429,
    headers: { 'Retry-After': '2' },
    contentType: 'application/problem+json',
    body: problem(429, 'rate-limited', 'Even rustig aan.', 'Too many requests at once.'),
  });

  it('waits as long as Retry-After says and sends the same request again, so the user just sees the answer', async () => {
    let calls = 0;
    server = await scriptedServer(() => (++calls <= 2 ? limited() : { status: 200, body: sampleMe }));
    const waits: number[] = [];
    const me = await callApi({ ...settings(server.apiBase), sleep: async (ms) => void waits.push(ms) }, { method: 'POST', path: '/x', body: { a: 1 }, schema: MeResponse });

    expect(me.me.displayName).toBe('Jeroen Hendriks');
    expect(server.requests.map((r) => r.body)).toEqual(['{"a":1}', '{"a":1}', '{"a":1}']);
    expect(waits[0]).toBe(2_000);
    expect(waits[1]).toBeGreaterThanOrEqual(2_000);
    expect(waits[1]).toBeLessThanOrEqual(2_400);
  });

  it('gives up after the policy\'s attempts and reports the 429 problem', async () => {
    server = await scriptedServer(limited);
    const waits: number[] = [];
    const failure = await failureOf(callApi({ ...settings(server.apiBase), sleep: async (ms) => void waits.push(ms) }, { path: '/me', schema: MeResponse }));

    expect(failure.failure).toMatchObject({ kind: 'problem', status: 429 });
    expect(server.requests.length).toBeLessThanOrEqual(5);
    expect(waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(30_000);
  });
});
