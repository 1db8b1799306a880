import { afterEach, describe, expect, it } from '@jest/globals';
import type { EntryResponse, PortfolioResponse } from '@koers/domain';
import { sampleOwnItem } from '../testing/portfolioSamples';
import { problem, scriptedServer } from '../testing/scriptedServer';
import { authorizedCaller } from './authorizedApi';
import { describeError } from './describeError';
import { ApiError } from './errors';
import { portfolioApi } from './portfolioApi';
import { translator } from '../testing/translator';

let server: Awaited<ReturnType<typeof scriptedServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const api = (apiBase: string) =>
  portfolioApi(authorizedCaller({ apiBase, acceptLanguage: () => 'nl-NL' }, { token: async () => 't', renew: async () => 't' }, () => undefined));

const AHMED = '0a000000-0000-4000-8000-000000000104';
const entry: EntryResponse = { ...sampleOwnItem({ from: '2026-09-01' }, { kind: 'reflectie', title: 'Storing', organisation: '' }), etag: '"e2"', created: true };
const portfolio: PortfolioResponse = {
  employee: { id: AHMED, displayName: 'Ahmed Yilmaz', email: 'ahmed@hendriks.example' },
  role: 'employee',
  items: [entry],
  ownEntries: 1,
  maxEntries: 500,
};

describe('the portfolio calls of the Koers API client', () => {
  it('reads a portfolio by employee, and adds with the idempotency key in the body', async () => {
    server = await scriptedServer((request) => (request.method === 'GET' ? { status: 200, body: portfolio } : { status: 201, body: entry }));
    const client = api(server.apiBase);
    expect((await client.get(AHMED)).items).toHaveLength(1);
    const requestId = crypto.randomUUID();
    await client.add({ kind: 'reflectie', title: 'Storing', period: { from: '2026-09-01' }, requestId });
    expect(server.requests.map((r) => [r.method, r.url])).toEqual([
      ['GET', `/api/portfolio?employeeId=${AHMED}`],
      ['POST', '/api/portfolio/entries'],
    ]);
    expect(JSON.parse(server.requests[1]?.body ?? '{}')).toMatchObject({ requestId, title: 'Storing' });
  });

  it('changes and deletes with If-Match set to the etag it read, and switches visibility per item', async () => {
    server = await scriptedServer((request) => (request.method === 'DELETE' ? { status: 204 } : { status: 200, body: entry }));
    const client = api(server.apiBase);
    await client.update(entry.id, '"e1"', entry.content);
    await expect(client.remove(entry.id, '"e2"')).resolves.toBeUndefined();
    await client.setVisibility('gesprek:g 1', 'leidinggevende');
    expect(server.requests.map((r) => [r.method, r.url, r.headers['if-match']])).toEqual([
      ['PUT', `/api/portfolio/entries/${entry.id}`, '"e1"'],
      ['DELETE', `/api/portfolio/entries/${entry.id}`, '"e2"'],
      ['PATCH', '/api/portfolio/entries/gesprek%3Ag%201/visibility', undefined],
    ]);
    expect(JSON.parse(server.requests[2]?.body ?? '{}')).toEqual({ visibility: 'leidinggevende' });
  });

  it('gives a refusal in the words of the API, in Dutch', async () => {
    const nl = 'Je leidinggevende was hier zelf bij, dus dit blijft voor jullie allebei zichtbaar.';
    server = await scriptedServer(() => ({ status: 409, body: problem(409, 'portfolio-shared-by-nature', nl, 'Your manager took part in this.'), contentType: 'application/problem+json' }));
    const failure = await api(server.apiBase).setVisibility('pop:p1', 'prive').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(describeError(failure, 'nl', translator('nl-NL'))).toBe(nl);
  });
});
