import { ClientSecretCredential, ManagedIdentityCredential, type TokenCredential } from '@azure/identity';
import { parseRetryAfter } from '@koers/domain';
import { z } from 'zod';
import type { KoersConfig } from '../config';
import { TransportError, type ProactiveReference, type ReminderActivity, type ReminderTransport } from '../reminders/transport';

/**
 * Koers' own Bot Connector REST client: `POST {serviceUrl}/v3/conversations/{id}/activities` with
 * the bot's token, exactly one HTTP request per send. Retrying is the caller's business (the
 * dispatcher's retry policy and rate limiter): a hidden re-POST would bypass the limiter, and after
 * a dropped connection could deliver a message twice without anyone knowing.
 */

/** The Bot Connector's audience for tokens the bot presents to a channel. */
export const BOT_CONNECTOR_SCOPE = 'https://api.botframework.com/.default';

/** The bot's access token for the channel; undefined for the anonymous local bot. */
export type BotTokenSource = () => Promise<string | undefined>;

/**
 * The bot registration's credential: a SingleTenant app's secret in its own tenant, a MultiTenant
 * app's secret at botframework.com, or a user-assigned managed identity. No app id: anonymous
 * (local mode, where the connector is Microsoft's Agents Playground or a stand-in).
 */
export function botTokenSource(bot: KoersConfig['bot']): BotTokenSource {
  if (!bot.appId) return async () => undefined;
  let credential: TokenCredential;
  if (bot.appType === 'UserAssignedMSI') credential = new ManagedIdentityCredential({ clientId: bot.appId });
  else credential = new ClientSecretCredential(bot.appType === 'MultiTenant' ? 'botframework.com' : (bot.tenantId ?? ''), bot.appId, bot.appPassword ?? '');
  return async () => {
    const token = await credential.getToken(BOT_CONNECTOR_SCOPE);
    if (!token) throw new Error('no Bot Connector token was issued');
    return token.token;
  };
}

const ResourceResponse = z.object({ id: z.string().max(1000).optional() }).loose();

export interface BotConnectorClientOptions {
  tokens: BotTokenSource;
  /** An answer that takes longer counts as a dropped connection (`network`). */
  timeoutMs?: number;
  now?: () => number;
}

export function activitiesUrl(serviceUrl: string, conversationId: string): string {
  return `${serviceUrl.replace(/\/+$/, '')}/v3/conversations/${encodeURIComponent(conversationId)}/activities`;
}

export function createBotConnectorClient(options: BotConnectorClientOptions): ReminderTransport {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const now = options.now ?? Date.now;
  return {
    async send(reference: ProactiveReference, activity: ReminderActivity) {
      let token: string | undefined;
      try {
        token = await options.tokens();
      } catch {
        // No token, no request: nothing was delivered, and a later attempt may get one.
        throw new TransportError('network');
      }
      let response: Response;
      try {
        response = await fetch(activitiesUrl(reference.serviceUrl, reference.conversation.id), {
          method: 'POST',
          headers: { 'content-type': 'application/json; charset=utf-8', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify(activity),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch {
        throw new TransportError('network');
      }
      const text = await response.text().catch(() => '');
      if (!response.ok) throw new TransportError(response.status, parseRetryAfter(response.headers.get('retry-after'), now()));
      let body: unknown = {};
      try {
        body = text ? JSON.parse(text) : {};
      } catch {
        // Delivered (2xx) with an unreadable body: the id is unknown, the send still succeeded.
      }
      const parsed = ResourceResponse.safeParse(body);
      return parsed.success && parsed.data.id ? { activityId: parsed.data.id } : {};
    },
  };
}
