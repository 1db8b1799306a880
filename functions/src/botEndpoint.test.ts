import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SAMPLE_PEOPLE } from '@koers/app';
import { PopResponse } from '@koers/domain';
import { createTranslator } from '@koers/texts';
import { smartGoal } from './pop/__tests__/popKit';
import { useLocalStack } from './testing/localStack';

const HENDRIKS = '6f1c2a7e-0000-4000-8000-000000000001';
const { sanne, linda } = SAMPLE_PEOPLE;
const nl = createTranslator('nl-NL');
const en = createTranslator('en-GB');

interface ReceivedReply {
  path: string;
  activity: { type?: string; text?: string; replyToId?: string; attachments?: { contentType?: string; content?: unknown }[] };
}

/**
 * A stand-in for the Bot Connector service: the bot answers by POSTing to the activity's
 * serviceUrl, and this records what arrives. `failNext` makes the next call fail once.
 */
async function startConnector() {
  const replies: ReceivedReply[] = [];
  let failNext = false;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      if (failNext) {
        failNext = false;
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'BadArgument', message: 'stand-in refuses once' } }));
        return;
      }
      replies.push({ path: req.url ?? '', activity: JSON.parse(body) as ReceivedReply['activity'] });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${replies.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    replies,
    failOnce: () => (failNext = true),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const stack = useLocalStack();
let connector: Awaited<ReturnType<typeof startConnector>>;
beforeAll(async () => {
  connector = await startConnector();
});
afterAll(() => connector.close());
beforeEach(() => connector.replies.splice(0));

function activity(text: string, overrides: Record<string, unknown> = {}) {
  return {
    type: 'message',
    id: `activity-${Math.random().toString(36).slice(2)}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: connector.url,
    from: { id: '29:sanne', name: 'Sanne Bakker', aadObjectId: sanne.id },
    recipient: { id: '28:koers', name: 'Koers' },
    conversation: { id: 'a:personal-sanne', conversationType: 'personal', tenantId: HENDRIKS },
    text,
    locale: 'nl-NL',
    ...overrides,
  };
}

const postActivity = (body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  stack.current().api('/messages', { method: 'POST', headers, body: JSON.stringify(body) });

describe('the bot endpoint POST /api/messages', () => {
  it('answers "help" in Dutch through the Bot Connector of the activity', async () => {
    const sent = activity('help');
    const response = await postActivity(sent);
    expect(response.status).toBe(200);
    expect(connector.replies).toHaveLength(1);
    const [reply] = connector.replies;
    expect(reply?.path).toBe(`/v3/conversations/${encodeURIComponent('a:personal-sanne')}/activities/${sent.id}`);
    expect(reply?.activity).toMatchObject({ type: 'message', text: nl('bot.help'), replyToId: sent.id });
  });

  it('answers in English for an English Teams client', async () => {
    await postActivity(activity('help', { locale: 'en-US' }));
    expect(connector.replies.map((r) => r.activity.text)).toEqual([en('bot.help')]);
  });

  it('stores the personal conversation reference in Cosmos', async () => {
    await postActivity(activity('hulp'));
    const stored = await stack.current().stores.conversationReferences.get(HENDRIKS, sanne.id);
    expect(stored?.value).toMatchObject({
      id: sanne.id,
      tenantId: HENDRIKS,
      reference: { serviceUrl: connector.url, conversation: { id: 'a:personal-sanne' } },
    });
  });

  it('tells the user in Dutch when a turn fails, and logs the failure', async () => {
    const { appLog } = stack.current();
    appLog.splice(0);
    connector.failOnce();
    const response = await postActivity(activity('help'));
    expect(response.status).toBe(200);
    expect(connector.replies.map((r) => r.activity.text)).toEqual([nl('bot.error')]);
    expect(appLog.map((e) => [e.level, e.args[0]])).toEqual([['error', 'Bot turn failed:']]);
  });

  it('refuses a body that is not JSON with 415, and an activity without a type with 400', async () => {
    const wrongType = await stack.current().api('/messages', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'help' });
    expect(wrongType.status).toBe(415);
    const noType = await postActivity({ text: 'help' });
    expect(noType.status).toBe(400);
    expect(noType.headers.get('content-type')).toMatch(/problem\+json/);
    expect(connector.replies).toEqual([]);
  });

  it('refuses an activity nested 20,000 levels deep with 400, and keeps answering', async () => {
    const deep = `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
    const body = JSON.stringify(activity('help')).replace(/}$/, `,"value":${deep}}`);
    const response = await stack.current().api('/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/problem\+json/);
    expect((await postActivity(activity('help'))).status).toBe(200);
    expect(connector.replies.map((r) => r.activity.text)).toEqual([nl('bot.help')]);
  });

  it('does not answer, as the anonymous local bot, to a serviceUrl outside this machine', async () => {
    const response = await postActivity(activity('help', { serviceUrl: 'https://smba.trafficmanager.net.evil.example/emea/' }));
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toMatch(/problem\+json/);
    const sideways = await postActivity(activity('help', { serviceUrl: 'http://169.254.169.254/metadata/' }));
    expect(sideways.status).toBe(403);
    expect(connector.replies).toEqual([]);
  });
});

describe('the POP in chat, through the composed app', () => {
  async function createPlan(title: string): Promise<PopResponse> {
    const response = await stack.current().api('/pops', {
      method: 'POST',
      token: await stack.current().tokenFor(linda.email),
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ employeeId: sanne.id, requestId: randomUUID(), goals: [smartGoal('g1', sanne.id, title)] }),
    });
    if (response.status !== 201) throw new Error(`POST /pops: ${response.status} ${await response.text()}`);
    return PopResponse.parse(await response.json());
  }

  /** Everything the card of a reply says, as one text. */
  const cardOf = (reply: ReceivedReply | undefined) => JSON.stringify(reply?.activity.attachments?.[0]?.content ?? null);

  it('answers "mijn pop" with the plan the POP service keeps', async () => {
    const plan = await createPlan('Zelfstandig storingen oplossen');

    await postActivity(activity('mijn pop'));

    expect(connector.replies).toHaveLength(1);
    const card = cardOf(connector.replies[0]);
    expect(card).toContain('Mijn POP');
    expect(card).toContain(`Versie ${plan.current.number} · concept`);
    expect(card).toContain('Zelfstandig storingen oplossen');
    expect(card).toContain(`#/pop/${plan.pop.id}`);
  });

  it('tells the manager in their chat when the employee approved, through the bot\'s proactive sender', async () => {
    await stack.current().stores.conversationReferences.upsert({
      id: linda.id,
      tenantId: HENDRIKS,
      reference: {
        channelId: 'msteams',
        serviceUrl: connector.url,
        bot: { id: '28:koers', name: 'Koers' },
        conversation: { id: 'a:personal-linda', conversationType: 'personal', tenantId: HENDRIKS },
      },
      updatedAt: new Date().toISOString(),
    });
    const plan = await createPlan('Leren offertes maken');

    const approved = await stack.current().api(`/pops/${plan.pop.id}/approve`, {
      method: 'POST',
      token: await stack.current().tokenFor(sanne.email),
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ version: plan.current.number, contentHash: plan.current.contentHash }),
    });

    expect(approved.status).toBe(200);
    const toLinda = connector.replies.filter((r) => r.path.startsWith(`/v3/conversations/${encodeURIComponent('a:personal-linda')}/activities`));
    expect(toLinda).toHaveLength(1);
    expect(cardOf(toLinda[0])).toContain(nl('bot.pop.approvedByEmployee', { employee: 'Sanne Bakker', version: plan.current.number }));
  });
});
