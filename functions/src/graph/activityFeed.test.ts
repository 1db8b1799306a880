import https from 'node:https';
import { HENDRIKS_TENANT_ID, SAMPLE_PEOPLE } from '@koers/app';
import { GRAPH_RETRY, type ActivityNotification } from '@koers/domain';
import { createGraphActivityFeed } from './activityFeed';
import { standInToken, startDirectoryStandIn, type DirectoryFixture, type DirectoryStandIn } from './directoryStandIn';
import type { GraphLogFields } from './graphClient';
import { sampleDirectoryFixture } from './sampleDirectory';

/**
 * The activity feed adapter against the local Graph stand-in, which checks the request as Graph
 * documents it (userteamwork-sendactivitynotification) and keeps what it took per person.
 */

const TENANT = HENDRIKS_TENANT_ID;
const linda = SAMPLE_PEOPLE.linda.id;
const sanne = SAMPLE_PEOPLE.sanne.id;

let standIn: DirectoryStandIn;
let fixture: DirectoryFixture;
let agent: https.Agent;
let waits: number[];
let logs: { event: string; fields: GraphLogFields }[];

const approve: ActivityNotification = {
  activityType: 'approvePop',
  topic: 'POP van Sanne Bakker',
  webUrl: 'https://teams.microsoft.com/l/entity/app/home?webUrl=https%3A%2F%2Fkoers.example%2F%23%2Fpop%2Fpop-1',
  previewText: 'Lees het POP na en keur het goed; daarna geldt het voor jullie allebei.',
  templateParameters: [{ name: 'person', value: 'Sanne Bakker' }],
};

function feed() {
  return createGraphActivityFeed({
    getToken: async (tenantId) => standInToken(tenantId),
    baseUrl: standIn.baseUrl,
    agent,
    sleep: async (ms) => {
      waits.push(ms);
    },
    log: (event, fields) => logs.push({ event, fields }),
  });
}

/** The sample organisation with one change to Hendriks' tenant. */
function hendriks(change: (tenant: DirectoryFixture['tenants'][number]) => DirectoryFixture['tenants'][number]): DirectoryFixture {
  const sample = sampleDirectoryFixture();
  return { tenants: sample.tenants.map((t) => (t.tenantId === TENANT ? change(t) : t)) };
}

beforeAll(async () => {
  standIn = await startDirectoryStandIn({ load: () => fixture });
  agent = new https.Agent({ ca: standIn.ca, keepAlive: true });
});

afterAll(async () => {
  agent.destroy();
  await standIn.close();
});

beforeEach(() => {
  fixture = sampleDirectoryFixture();
  waits = [];
  logs = [];
});

describe('the Teams activity feed through Graph', () => {
  it('puts the notification in the person’s feed with the documented request: a text topic with its link, the type, the preview and the names', async () => {
    await expect(feed().send(TENANT, linda, approve)).resolves.toEqual({ ok: true });
    const [received] = standIn.activityFeed(TENANT, linda);
    expect(Number.isNaN(Date.parse(received?.receivedAt ?? ''))).toBe(false);
    expect({ ...received, receivedAt: undefined }).toEqual({
      topic: { source: 'text', value: 'POP van Sanne Bakker', webUrl: approve.webUrl },
      activityType: 'approvePop',
      previewText: { content: approve.previewText },
      templateParameters: [{ name: 'person', value: 'Sanne Bakker' }],
      receivedAt: undefined,
    });
    expect(standIn.requests.at(-1)).toEqual({ method: 'POST', path: `/users/${linda}/teamwork/sendActivityNotification` });
    expect(standIn.activityFeed(TENANT, sanne)).toEqual([]);
  });

  it('waits as Graph asks when it is throttled, and then delivers once', async () => {
    const before = standIn.activityFeed(TENANT, sanne).length;
    standIn.throttle(/sendActivityNotification$/, 1, 2);
    await expect(feed().send(TENANT, sanne, { ...approve, templateParameters: [{ name: 'person', value: 'Linda de Wit' }] })).resolves.toEqual({ ok: true });
    expect(waits).toEqual([2_000]);
    expect(standIn.activityFeed(TENANT, sanne)).toHaveLength(before + 1);
  });

  it('says "forbidden" when Koers is not installed for the person, so the chat message goes instead', async () => {
    fixture = hendriks((t) => ({ ...t, users: t.users.map((u) => (u.id === sanne ? { ...u, teamsAppInstalled: false } : u)) }));
    const before = standIn.activityFeed(TENANT, sanne).length;
    await expect(feed().send(TENANT, sanne, approve)).resolves.toEqual({ ok: false, failure: 'forbidden' });
    expect(standIn.activityFeed(TENANT, sanne)).toHaveLength(before);
    expect(logs.map((l) => l.event)).toContain('teams.activity-not-sent');
  });

  it('says "forbidden" when the admin has not granted TeamsActivity.Send', async () => {
    fixture = hendriks((t) => ({ ...t, grantedPermissions: ['User.Read.All'] }));
    await expect(feed().send(TENANT, linda, approve)).resolves.toEqual({ ok: false, failure: 'forbidden' });
  });

  it('says "unknown-person" for someone Graph does not know', async () => {
    await expect(feed().send(TENANT, '0d000000-0000-4000-8000-00000000dead', approve)).resolves.toEqual({ ok: false, failure: 'unknown-person' });
  });

  it('gives up as "unavailable" when Graph stays throttled beyond the retry budget', async () => {
    standIn.throttle(/sendActivityNotification$/, GRAPH_RETRY.maxAttempts, 1);
    await expect(feed().send(TENANT, linda, approve)).resolves.toEqual({ ok: false, failure: 'unavailable' });
    expect(waits).toHaveLength(GRAPH_RETRY.maxAttempts - 1);
  });
});

describe('the local Graph stand-in’s sendActivityNotification', () => {
  const post = (userId: string, body: unknown) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = https.request(
        `${standIn.baseUrl}v1.0/users/${userId}/teamwork/sendActivityNotification`,
        { method: 'POST', agent, headers: { authorization: `Bearer ${standInToken(TENANT)}`, 'content-type': 'application/json' } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (c: Buffer) => chunks.push(c));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        },
      );
      request.on('error', reject);
      request.end(JSON.stringify(body));
    });

  it.each([
    ['no topic', { activityType: 'approvePop', previewText: { content: 'x' } }],
    ['a text topic without its link', { topic: { source: 'text', value: 'POP' }, activityType: 'approvePop' }],
    ['an unknown topic source', { topic: { source: 'chat', value: 'POP', webUrl: 'https://x.example/' }, activityType: 'approvePop' }],
    ['a preview longer than Teams shows', { topic: { source: 'text', value: 'POP', webUrl: 'https://x.example/' }, activityType: 'approvePop', previewText: { content: 'x'.repeat(151) } }],
    ['an activity type the manifest does not declare', { topic: { source: 'text', value: 'POP', webUrl: 'https://x.example/' }, activityType: 'somethingElse' }],
  ])('answers 400 for a body with %s, and keeps nothing', async (_what, body) => {
    const before = standIn.activityFeed(TENANT, linda).length;
    const answer = await post(linda, body);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'BadRequest' } });
    expect(standIn.activityFeed(TENANT, linda)).toHaveLength(before);
  });

  it('answers 404 for a person who is not in the tenant', async () => {
    const answer = await post('0d000000-0000-4000-8000-00000000beef', { topic: { source: 'text', value: 'POP', webUrl: 'https://x.example/' }, activityType: 'approvePop' });
    expect(answer.status).toBe(404);
  });
});
