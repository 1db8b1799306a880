import { botFrameworkAuthentication, createBotConnectorTransport } from './botConnectorTransport';
import { startConnectorStandIn, type ConnectorStandIn } from './__tests__/connectorStandIn';
import { TransportError, type ReminderActivity } from './transport';

const activity: ReminderActivity = { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', body: [] } }] };

describe('the botbuilder transport against a local Bot Connector', () => {
  let standIn: ConnectorStandIn;
  // Anonymous, as in local mode: no app id, so no token is fetched from outside.
  const transport = createBotConnectorTransport({ auth: botFrameworkAuthentication({ appId: '' }), appId: '' });
  beforeAll(async () => {
    standIn = await startConnectorStandIn();
  });
  afterAll(() => standIn.close());
  const reference = () => ({ serviceUrl: standIn.serviceUrl, conversation: { id: 'a:personal-chat-1' } });

  it('posts the activity to the conversation and returns the connector\'s id', async () => {
    const result = await transport.send(reference(), activity);
    expect(result.activityId).toBe('activity-1');
    expect(standIn.deliveries.at(-1)?.conversationId).toBe('a:personal-chat-1');
  });

  it('makes exactly one request per send: a 502 comes back to the dispatcher instead of being retried by the SDK', async () => {
    const before = standIn.requests;
    standIn.script.push({ kind: 'status', status: 502 });
    await expect(transport.send(reference(), activity)).rejects.toEqual(new TransportError(502));
    expect(standIn.requests - before).toBe(1);
  });

  it('reports a 429 with its Retry-After', async () => {
    standIn.script.push({ kind: 'status', status: 429, retryAfter: '2' });
    const error: unknown = await transport.send(reference(), activity).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect(error).toMatchObject({ failure: 429, retryAfterMs: 2000 });
  });

  it('reports a dropped connection as a network failure, after one request', async () => {
    const before = standIn.requests;
    standIn.script.push({ kind: 'drop-before' });
    await expect(transport.send(reference(), activity)).rejects.toMatchObject({ failure: 'network' });
    expect(standIn.requests - before).toBe(1);
  });
});
