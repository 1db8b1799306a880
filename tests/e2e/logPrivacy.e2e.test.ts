import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SAMPLE_PEOPLE } from '@koers/app';
import { DevTokenResponse } from '@koers/contracts';
import { makeDataDir, startStack, type RunningStack } from '../../scripts/lib/stack';

/**
 * No personal data in the logs: the whole local stack runs as `npm start` runs it, a realistic
 * session goes through the API and the bot (good requests, refused ones, malformed ones, a bot
 * reply that cannot be delivered), and everything the process printed is searched for the sample
 * people's names and addresses. The logs must not be empty, or the search would prove nothing.
 */

const HENDRIKS = '6f1c2a7e-0000-4000-8000-000000000001';
const people = Object.values(SAMPLE_PEOPLE);
const { jeroen, linda, sanne, kees, an, fatima, lotte } = SAMPLE_PEOPLE;

/** Stands in for the Bot Connector: the bot's replies arrive here. */
async function startConnector() {
  const replies: { text?: string }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      replies.push(JSON.parse(body) as { text?: string });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${replies.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    replies,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let dataDir: string;
let stack: RunningStack | undefined;
let connector: Awaited<ReturnType<typeof startConnector>>;

beforeAll(async () => {
  dataDir = makeDataDir('koers-privacy-');
  connector = await startConnector();
  stack = await startStack(dataDir);
}, 90_000);

afterAll(async () => {
  await stack?.stop();
  await connector?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function api(pathBelowApi: string, init: RequestInit & { token?: string } = {}) {
  const { token, headers, ...rest } = init;
  return fetch(`${stack?.urls.api}${pathBelowApi}`, {
    ...rest,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(headers as Record<string, string> | undefined) },
  });
}

async function tokenFor(email: string): Promise<string> {
  const response = await api('/dev/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: email }) });
  expect(response.status).toBe(200);
  return DevTokenResponse.parse(await response.json()).accessToken;
}

function activity(from: { id: string; displayName: string }, text: string, serviceUrl = connector.url) {
  return {
    type: 'message',
    id: `activity-${Math.random().toString(36).slice(2)}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: `29:${from.id}`, name: from.displayName, aadObjectId: from.id },
    recipient: { id: '28:koers', name: 'Koers' },
    conversation: { id: `a:personal-${from.id}`, conversationType: 'personal', tenantId: HENDRIKS },
    channelData: { tenant: { id: HENDRIKS } },
    text,
    locale: 'nl-NL',
  };
}

const post = (pathBelowApi: string, body: string, token?: string) =>
  api(pathBelowApi, { method: 'POST', token, headers: { 'content-type': 'application/json' }, body });

describe('the logs of a full local run', () => {
  it('carry ids, routes and statuses, and no name or email address of anyone', async () => {
    const statuses: number[] = [];
    const expectStatus = async (response: Promise<Response>, status: number) => {
      const r = await response;
      await r.arrayBuffer();
      statuses.push(r.status);
      expect(`${r.url} ${r.status}`).toBe(`${r.url} ${status}`);
    };

    await expectStatus(api('/health'), 200);
    const tokens = Object.fromEntries(await Promise.all([jeroen, linda, sanne, kees, an, fatima].map(async (p) => [p.id, await tokenFor(p.email)] as const)));
    const token = (p: { id: string }) => tokens[p.id] ?? '';

    // The normal day: who am I, my people, my conversations.
    for (const person of [jeroen, linda, sanne, kees, an, fatima]) {
      await expectStatus(api('/me', { token: token(person) }), 200);
      await expectStatus(api('/conversations?scope=mine', { token: token(person) }), 200);
    }
    await expectStatus(api('/conversations?scope=team', { token: token(linda) }), 200);
    await expectStatus(api(`/people/${sanne.id}`, { token: token(linda) }), 200);
    await expectStatus(api(`/people/${linda.id}`, { token: token(jeroen) }), 200);

    // Refusals: another tenant, not a manager, no token, a bad token, a token for nobody.
    await expectStatus(api(`/people/${lotte.id}`, { token: token(jeroen) }), 404);
    await expectStatus(api('/conversations?scope=team', { token: token(sanne) }), 403);
    await expectStatus(api('/me'), 401);
    await expectStatus(api('/me', { token: 'not-a-token' }), 401);
    await expectStatus(api('/me', { token: `${token(kees).slice(0, -4)}AAAA` }), 401);
    await expectStatus(post('/dev/token', JSON.stringify({ user: 'niemand@hendriks.example' })), 404);

    // Malformed input, with personal data where a careless log line would print it.
    await expectStatus(api(`/people/${encodeURIComponent(sanne.email)}`, { token: token(linda) }), 400);
    await expectStatus(api(`/conversations?scope=${encodeURIComponent(kees.displayName)}`, { token: token(kees) }), 400);
    await expectStatus(api(`/me?email=${encodeURIComponent(fatima.email)}`, { token: token(fatima) }), 200);
    await expectStatus(post('/dev/token', `{"user": "${an.email}"`), 400);
    await expectStatus(api(`/nowhere/${encodeURIComponent(jeroen.email)}`), 404);

    // The bot: help, a message full of personal data, junk, and a reply that cannot be delivered.
    await expectStatus(post('/messages', JSON.stringify(activity(sanne, 'help'))), 200);
    await expectStatus(post('/messages', JSON.stringify(activity(kees, `Ik ben ${kees.displayName}, ${kees.email}: plan een gesprek met ${sanne.displayName}`))), 200);
    await expectStatus(post('/messages', JSON.stringify({ from: { name: linda.displayName } })), 400);
    await expectStatus(post('/messages', JSON.stringify(activity(linda, 'help', 'http://127.0.0.1:9/'))), 200);
    expect(connector.replies.length).toBeGreaterThanOrEqual(2);

    // Ctrl-C, so the shutdown lines are in too.
    await stack?.stop();
    const everything = stack?.output() ?? '';

    // Nobody is named: no display name, no address (any address of the sample domains).
    // Decoded too: a path or query would carry "sanne%40hendriks.example" or "Kees+Jansen".
    const haystack = everything.replace(/\+/g, ' ').replace(/%[0-9a-f]{2}/gi, (code) => decodeURIComponent(code)).toLowerCase();
    const leaks = people.flatMap((p) => [p.displayName, p.email].filter((needle) => haystack.includes(needle.toLowerCase())));
    expect(leaks).toEqual([]);
    expect(haystack).not.toMatch(/[a-z0-9._%+-]+@[a-z0-9.-]+\.example/);

    // …and the logs exist and say what happened, in structured lines, so the search above meant something.
    const records = everything
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const requests = records.filter((r) => r.message === 'request');
    expect(requests.length).toBeGreaterThanOrEqual(statuses.length);
    expect(requests.some((r) => r.route === 'me' && r.status === 200)).toBe(true);
    expect(requests.some((r) => r.route === 'messages' && r.status === 400)).toBe(true);
    expect(records.some((r) => r.level === 'warn' && String(r.message).includes('Token refused'))).toBe(true);
    expect(records.some((r) => r.level === 'error')).toBe(true);
    for (const record of records) expect(typeof record.time).toBe('string');
  }, 120_000);
});
