import { afterEach, describe, expect, it } from '@jest/globals';
import { contracts } from '@koers/contracts';
import { scriptedServer } from '../testing/scriptedServer';
import { authorizedCaller, type AuthorizedCall } from './authorizedApi';
import { apiClient, pathOf, queryStringOf } from './client';
import type { ApiCall } from './http';

let server: Awaited<ReturnType<typeof scriptedServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A sender that records what the client asks and answers with `reply`, parsed as the client says. */
function recording(reply: unknown) {
  const sent: Omit<ApiCall<unknown>, 'token'>[] = [];
  const send: AuthorizedCall = async <T>(call: Omit<ApiCall<T>, 'token'>) => {
    sent.push(call);
    const parsed = call.schema.safeParse(reply);
    if (!parsed.success) throw new Error('reply does not parse');
    return parsed.data;
  };
  return { sent, client: apiClient(send) };
}

const employeeId = '0a000000-0000-4000-8000-000000000104';
const tokenOf = (token: string) => ({ accessToken: token });

describe('the typed API client', () => {
  it('puts each path parameter in its place as one encoded segment', () => {
    expect(pathOf(contracts.popAgreementsPdf, { id: 'pop ahmed/1', n: 2 })).toBe('/pops/pop%20ahmed%2F1/versions/2/pdf');
    expect(pathOf(contracts.canvas, { conversationId: 'gesprek:19:meeting_x@thread.v2' })).toBe('/canvases/gesprek%3A19%3Ameeting_x%40thread.v2');
    expect(() => pathOf(contracts.pop, {})).toThrow('pop: path parameter id is missing');
  });

  it('encodes the query in the order given and leaves out what is not set', () => {
    expect(queryStringOf({ employeeId, after: '2026-12-09T09:00:00+01:00' })).toBe(`?employeeId=${employeeId}&after=2026-12-09T09%3A00%3A00%2B01%3A00`);
    expect(queryStringOf({ employeeId, after: undefined })).toBe(`?employeeId=${employeeId}`);
    expect(queryStringOf({ meetingId: 'a b&c' })).toBe('?meetingId=a+b%26c');
    expect(queryStringOf(undefined)).toBe('');
  });

  it('sends the contract’s method, path, body and If-Match, and asks for a file where the contract answers one', async () => {
    const { sent, client } = recording(new Blob(['%PDF'], { type: 'application/pdf' }));
    await client.call(contracts.popAgreementsPdf, { params: { id: 'pop-1', n: 3 } });
    const revise = recording({});
    await revise.client
      .call(contracts.revisePop, { params: { id: 'pop-1' }, body: { baseVersion: 2, goals: [] }, ifMatch: '"e7"' })
      .catch(() => undefined);
    expect(sent.map(({ method, path, expect: kind }) => [method, path, kind])).toEqual([['GET', '/pops/pop-1/versions/3/pdf', 'blob']]);
    expect(revise.sent.map(({ method, path, body, ifMatch }) => [method, path, body, ifMatch])).toEqual([
      ['PUT', '/pops/pop-1/goals', { baseVersion: 2, goals: [] }, '"e7"'],
    ]);
  });

  it('sends If-Match as a header and parses the answer with the response schema', async () => {
    server = await scriptedServer(() => ({ status: 200, body: { defaults: { checkInCadenceDays: 14, reminderDaysBefore: [1], digestStaleCadences: 2 }, etag: '"e2"', internal: 'x' } }));
    const client = apiClient(authorizedCaller({ apiBase: server.apiBase, acceptLanguage: () => 'nl-NL' }, { token: async () => 't', renew: async () => 't' }, () => undefined));
    const saved = await client.call(contracts.setReminderDefaults, {
      body: { checkInCadenceDays: 14, reminderDaysBefore: [1], digestStaleCadences: 2 },
      ifMatch: '"e1"',
    });
    expect(saved).toEqual({ defaults: { checkInCadenceDays: 14, reminderDaysBefore: [1], digestStaleCadences: 2 }, etag: '"e2"' });
    expect(server.requests.map((r) => [r.method, r.url, r.headers['if-match'], r.headers['content-type']])).toEqual([
      ['PUT', '/api/organisation/reminder-defaults', '"e1"', 'application/json'],
    ]);
  });

  it('refuses an answer that does not match the response schema', async () => {
    server = await scriptedServer(() => ({ status: 200, body: { token: 'renamed' } }));
    const client = apiClient(authorizedCaller({ apiBase: server.apiBase, acceptLanguage: () => 'nl-NL' }, { token: async () => 't', renew: async () => 't' }, () => undefined));
    await expect(client.call(contracts.devToken, { body: { user: 'ahmed@hendriks.example' } })).rejects.toMatchObject({ failure: { kind: 'invalid-response' } });
  });

  it('does not compile a renamed field, in what it sends or in what it reads', async () => {
    const { sent, client } = recording(tokenOf('abc'));
    const answer = await client.call(contracts.devToken, {
      // @ts-expect-error the request's field is `user`; a renamed one does not type-check
      body: { email: 'ahmed@hendriks.example' },
    });
    // @ts-expect-error the answer's field is `accessToken`; a renamed one does not type-check
    expect(answer.token).toBeUndefined();
    await client
      // @ts-expect-error createPop's body names the employee `employeeId`
      .call(contracts.createPop, { body: { employeeID: employeeId, requestId: crypto.randomUUID() } })
      .catch(() => undefined);
    // @ts-expect-error revising a plan without the etag it was read with does not type-check
    await client.call(contracts.revisePop, { params: { id: 'pop-1' }, body: { baseVersion: 1, goals: [] } }).catch(() => undefined);
    expect(answer.accessToken).toBe('abc');
    expect(sent.map((call) => call.path)).toEqual(['/dev/token', '/pops', '/pops/pop-1/goals']);
  });
});
