import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity, type BotFrameworkAuthentication, type ConnectorClient } from 'botframework-connector';
import { parseRetryAfter } from '@koers/domain';
import type { KoersConfig } from '../config';
import { TransportError, type ProactiveReference, type ReminderActivity, type ReminderTransport } from './transport';

/**
 * Production sender: botbuilder's ConnectorClient for the reference's serviceUrl, authenticated
 * like CloudAdapter.continueConversationAsync does it (a claims identity for our own app id), then
 * POST /v3/conversations/{id}/activities. Kept apart from bot/src/proactive.ts on purpose: the
 * dispatcher needs every attempt to be its own (see withoutSdkRetries) and a typed failure.
 */

export function botFrameworkAuthentication(bot: KoersConfig['bot']): BotFrameworkAuthentication {
  return new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: bot.appId,
    MicrosoftAppPassword: bot.appPassword ?? '',
    MicrosoftAppType: bot.appId ? bot.appType : undefined,
    MicrosoftAppTenantId: bot.tenantId ?? '',
  });
}

interface PipelineHolder {
  pipeline: { removePolicy(options: { phase: 'Retry' }): unknown };
}

function isPipelineHolder(value: unknown): value is PipelineHolder {
  if (typeof value !== 'object' || value === null || !('pipeline' in value)) return false;
  const pipeline: unknown = value.pipeline;
  return typeof pipeline === 'object' && pipeline !== null && 'removePolicy' in pipeline && typeof pipeline.removePolicy === 'function';
}

/**
 * The SDK's HTTP pipeline (core-rest-pipeline) retries 429/5xx and dropped connections by itself,
 * up to three times. Those hidden re-POSTs would bypass the rate limiter and, after a dropped
 * connection, could deliver a reminder twice without the dispatcher knowing. botbuilder 4.23.3 is
 * final (the repository is archived), so removing its Retry phase is stable; the transport test
 * proves one 502 reaches us after exactly one POST.
 */
function withoutSdkRetries(client: ConnectorClient): ConnectorClient {
  const inner: unknown = Reflect.get(client, 'client');
  if (!isPipelineHolder(inner)) throw new Error('botbuilder ConnectorClient has no pipeline: cannot disable its retries');
  inner.pipeline.removePolicy({ phase: 'Retry' });
  return client;
}

function failureOf(error: unknown): TransportError {
  if (error instanceof TransportError) return error;
  if (typeof error === 'object' && error !== null) {
    const status: unknown = Reflect.get(error, 'statusCode');
    const response: unknown = Reflect.get(error, 'response');
    let retryAfter: string | undefined;
    if (typeof response === 'object' && response !== null) {
      const headers: unknown = Reflect.get(response, 'headers');
      if (typeof headers === 'object' && headers !== null && 'get' in headers && typeof headers.get === 'function') {
        const value: unknown = headers.get('retry-after');
        if (typeof value === 'string') retryAfter = value;
      }
    }
    if (typeof status === 'number' && status > 0) return new TransportError(status, parseRetryAfter(retryAfter, Date.now()));
  }
  return new TransportError('network');
}

export function createBotConnectorTransport(options: { auth: BotFrameworkAuthentication; appId: string | undefined }): ReminderTransport {
  const appId = options.appId ?? '';
  const identity = new ClaimsIdentity(
    [
      { type: AuthenticationConstants.AudienceClaim, value: appId },
      { type: AuthenticationConstants.AppIdClaim, value: appId },
    ],
    true,
  );
  const factory = options.auth.createConnectorFactory(identity);
  const clients = new Map<string, Promise<ConnectorClient>>();
  const clientFor = (serviceUrl: string) => {
    let client = clients.get(serviceUrl);
    if (!client) {
      // No audience: the factory's default (the channel's OAuth scope), as continueConversationAsync does.
      client = factory.create(serviceUrl).then(withoutSdkRetries);
      client.catch(() => clients.delete(serviceUrl));
      clients.set(serviceUrl, client);
    }
    return client;
  };
  return {
    async send(reference: ProactiveReference, activity: ReminderActivity) {
      try {
        const client = await clientFor(reference.serviceUrl);
        const response = await client.conversations.sendToConversation(reference.conversation.id, activity);
        return { activityId: response.id };
      } catch (error) {
        throw failureOf(error);
      }
    },
  };
}
