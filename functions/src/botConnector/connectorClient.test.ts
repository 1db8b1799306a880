import { startConnectorStandIn, type ConnectorStandIn } from '../reminders/__tests__/connectorStandIn';
import { TransportError, type ReminderActivity } from '../reminders/transport';
import { activitiesUrl, createBotConnectorClient } from './connectorClient';

const activity: ReminderActivity = { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', body: [] } }] };

describe('the Bot Connector client against a local Bot Connector', () => {
  let standIn: ConnectorStandIn;
  // Anonymous, as in local mode: no app id, so no token.
  const client = createBotConnectorClient({ tokens: async () => undefined });
  beforeAll(async () => {
    standIn = await startConnectorStandIn();
  });
  afterAll(() => standIn.close());
  const reference = (id = 'a:personal-chat-1') => ({ serviceUrl: standIn.serviceUrl, conversation: { id } });

  it("posts the activity to the conversation and returns the connector's id", async () => {
    const result = await client.send(reference(), activity);
    expect(result.activityId).toMatch(/^activity-\d+$/);
    expect(standIn.deliveries.at(-1)).toMatchObject({ conversationId: 'a:personal-chat-1', body: activity });
    expect(standIn.deliveries.at(-1)?.authorization).toBeUndefined();
  });

  it("presents the bot's token when it has one", async () => {
    const signedIn = createBotConnectorClient({ tokens: async () => 'bot-token' });
    await signedIn.send(reference(), activity);
    expect(standIn.deliveries.at(-1)?.authorization).toBe('Bearer bot-token');
  });

  it('keeps a conversation id with reserved characters in one path segment', async () => {
    await client.send(reference('19:abc/def?x=1@thread.v2'), activity);
    expect(standIn.deliveries.at(-1)?.conversationId).toBe('19:abc/def?x=1@thread.v2');
    expect(activitiesUrl('https://smba.example/emea/', 'a b')).toBe('https://smba.example/emea/v3/conversations/a%20b/activities');
  });

  it('makes exactly one request per send: a 502 comes back to the caller instead of being retried', async () => {
    const before = standIn.requests;
    standIn.script.push({ kind: 'status', status: 502 });
    await expect(client.send(reference(), activity)).rejects.toEqual(new TransportError(502));
    expect(standIn.requests - before).toBe(1);
  });

  it('reports a 429 with its Retry-After', async () => {
    standIn.script.push({ kind: 'status', status: 429, retryAfter: '2' });
    const error: unknown = await client.send(reference(), activity).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect(error).toMatchObject({ failure: 429, retryAfterMs: 2000 });
  });

  it('reports a dropped connection as a network failure, after one request', async () => {
    const before = standIn.requests;
    standIn.script.push({ kind: 'drop-before' });
    await expect(client.send(reference(), activity)).rejects.toMatchObject({ failure: 'network' });
    expect(standIn.requests - before).toBe(1);
  });

  it('sends nothing when no token can be had, and says the network failed so a later run tries again', async () => {
    const before = standIn.requests;
    const broken = createBotConnectorClient({
      tokens: async () => {
        throw new Error('AADSTS7000215: invalid client secret');
      },
    });
    await expect(broken.send(reference(), activity)).rejects.toMatchObject({ failure: 'network' });
    expect(standIn.requests).toBe(before);
  });
});
