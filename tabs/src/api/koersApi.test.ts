import { afterEach, describe, expect, it } from '@jest/globals';
import { scriptedServer } from '../testing/scriptedServer';
import { sampleConversationView, samplePreparation, sampleProposals } from '../testing/bookingSamples';
import { authorizedCaller } from './authorizedApi';
import { koersApi } from './koersApi';

let server: Awaited<ReturnType<typeof scriptedServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function apiAgainst(apiBase: string) {
  const tokens = { token: async () => 't', renew: async () => 't' };
  return koersApi(authorizedCaller({ apiBase, acceptLanguage: () => 'nl-NL' }, tokens, () => undefined));
}

describe('the booking calls of the Koers API client', () => {
  it('asks for proposals for one employee, and later ones with `after`', async () => {
    server = await scriptedServer(() => ({ status: 200, body: sampleProposals }));
    const api = apiAgainst(server.apiBase);
    const first = await api.proposals(sampleProposals.employee.id);
    await api.proposals(sampleProposals.employee.id, first.next);
    expect(server.requests.map((r) => r.url)).toEqual([
      `/api/bookings/proposals?employeeId=${sampleProposals.employee.id}`,
      `/api/bookings/proposals?employeeId=${sampleProposals.employee.id}&after=${encodeURIComponent(first.next)}`,
    ]);
    expect(first.slots[0]?.startTime).toBe('10:00');
  });

  it('books with the idempotency key in the body', async () => {
    server = await scriptedServer(() => ({ status: 201, body: { ...sampleConversationView, created: true } }));
    const api = apiAgainst(server.apiBase);
    const requestId = crypto.randomUUID();
    const slot = sampleProposals.slots[0];
    const view = await api.book({ employeeId: sampleProposals.employee.id, start: slot?.start ?? '', end: slot?.end ?? '', requestId });
    expect(view.created).toBe(true);
    expect(server.requests[0]?.method).toBe('POST');
    expect(server.requests[0]?.url).toBe('/api/conversations');
    expect(JSON.parse(server.requests[0]?.body ?? '{}')).toMatchObject({ requestId });
  });

  it('rounds a conversation off ("Gesprek afronden") with If-Match set to the etag it read', async () => {
    server = await scriptedServer(() => ({ status: 200, body: sampleConversationView }));
    const { id } = sampleConversationView.conversation;
    await apiAgainst(server.apiBase).complete(id, '"e3"');
    expect(server.requests.map((r) => [r.method, r.url, r.headers['if-match']])).toEqual([['POST', `/api/conversations/${id}/complete`, '"e3"']]);
  });

  it('reschedules and cancels with If-Match set to the etag it read', async () => {
    server = await scriptedServer(() => ({ status: 200, body: sampleConversationView }));
    const api = apiAgainst(server.apiBase);
    const { id } = sampleConversationView.conversation;
    await api.reschedule(id, '"e1"', { start: '2026-12-09T09:00:00Z', end: '2026-12-09T10:00:00Z' });
    await api.cancel(id, '"e2"', { reason: 'Ziek' });
    expect(server.requests.map((r) => [r.method, r.url, r.headers['if-match']])).toEqual([
      ['POST', `/api/conversations/${id}/reschedule`, '"e1"'],
      ['POST', `/api/conversations/${id}/cancel`, '"e2"'],
    ]);
    expect(JSON.parse(server.requests[1]?.body ?? '{}')).toEqual({ reason: 'Ziek' });
  });

  it('saves a preparation with PUT, with If-Match only once something is stored', async () => {
    server = await scriptedServer(() => ({ status: 200, body: samplePreparation }));
    const api = apiAgainst(server.apiBase);
    const { id } = sampleConversationView.conversation;
    await api.savePreparation(id, undefined, { answers: [], completed: false });
    await api.savePreparation(id, '"p1"', { answers: [], completed: true });
    expect(server.requests.map((r) => [r.method, r.url, r.headers['if-match']])).toEqual([
      ['PUT', `/api/conversations/${id}/preparation`, undefined],
      ['PUT', `/api/conversations/${id}/preparation`, '"p1"'],
    ]);
  });

  it('rejects a conversation answer that does not match the wire shape', async () => {
    server = await scriptedServer(() => ({ status: 200, body: { conversation: { id: 'x' } } }));
    await expect(apiAgainst(server.apiBase).conversation('x')).rejects.toMatchObject({ failure: { kind: 'invalid-response' } });
  });
});
