import { afterEach, describe, expect, it } from '@jest/globals';
import { authorizedCaller } from './authorizedApi';
import { organisationApi } from './organisationApi';
import { problem, scriptedServer } from '../testing/scriptedServer';

let server: Awaited<ReturnType<typeof scriptedServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const api = (apiBase: string) => organisationApi(authorizedCaller({ apiBase, acceptLanguage: () => 'nl-NL' }, { token: async () => 'token-1', renew: async () => 'token-2' }, () => undefined));
const defaults = { checkInCadenceDays: 30, reminderDaysBefore: [7, 1], digestStaleCadences: 2 };

describe('the organisation calls of the Koers API client', () => {
  it('reads the reminder defaults and saves them with PUT and If-Match', async () => {
    server = await scriptedServer((r) => ({ status: 200, body: { defaults: r.method === 'PUT' ? { ...defaults, checkInCadenceDays: 14 } : defaults, etag: r.method === 'PUT' ? '"e2"' : '"e1"' } }));
    const client = api(server.apiBase);
    const read = await client.reminderDefaults();
    const saved = await client.saveReminderDefaults(read.etag, { ...read.defaults, checkInCadenceDays: 14 });
    expect(saved).toEqual({ defaults: { ...defaults, checkInCadenceDays: 14 }, etag: '"e2"' });
    const put = server.requests[1];
    expect([put?.method, put?.url, put?.headers['if-match'], JSON.parse(put?.body ?? '{}')]).toEqual(['PUT', '/api/organisation/reminder-defaults', '"e1"', { ...defaults, checkInCadenceDays: 14 }]);
  });

  it('passes HR-only refusals on as problems and rejects answers of the wrong shape', async () => {
    server = await scriptedServer(() => ({ status: 403, body: problem(403, 'hr-only', 'Alleen HR kan de instellingen van de organisatie bekijken en wijzigen.', 'Only HR can.') }));
    await expect(api(server.apiBase).reminderDefaults()).rejects.toMatchObject({ failure: { kind: 'problem', status: 403 } });
    await server.close();
    server = await scriptedServer(() => ({ status: 200, body: { defaults: { ...defaults, checkInCadenceDays: 1 }, etag: '"e1"' } }));
    await expect(api(server.apiBase).reminderDefaults()).rejects.toMatchObject({ failure: { kind: 'invalid-response' } });
  });
});
