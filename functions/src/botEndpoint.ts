import type { HttpHandler, HttpResponseInit } from '@azure/functions';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ActivityHandler,
  type Request as BotRequest,
  type Response as BotResponse,
  type TurnContext,
} from 'botbuilder';
import { contracts } from '@koers/contracts';
import { createTranslator, toLocale } from '@koers/texts';
import type { KoersConfig } from './config';
import { readJson } from './http/body';
import { handle } from './http/handle';
import { HttpProblem, problemResponse } from './http/problem';

/**
 * Hosts the bot at POST /api/messages: the Functions request is handed to botbuilder's
 * CloudAdapter (which authenticates the Bot Connector's JWT, or runs anonymous when no app id is
 * configured — local mode only, config.ts refuses that in Azure) and its reply is collected into
 * the Functions response.
 */

export interface BotEndpointLogger {
  error(...args: unknown[]): void;
}

export interface BotEndpoint {
  adapter: CloudAdapter;
  handler: HttpHandler;
}

export function createBotAdapter(bot: KoersConfig['bot'], log: BotEndpointLogger): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: bot.appId,
    MicrosoftAppPassword: bot.appPassword ?? '',
    MicrosoftAppType: bot.appId ? bot.appType : undefined,
    MicrosoftAppTenantId: bot.tenantId ?? '',
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    log.error('Bot turn failed:', error);
    try {
      await context.sendActivity(createTranslator(toLocale(context.activity.locale))('bot.error'));
    } catch (sendError) {
      log.error('Could not tell the user about the failure:', sendError);
    }
  };
  return adapter;
}

/** The minimal Express-like response CloudAdapter.process writes to, collected for Functions. */
class CollectedResponse implements BotResponse {
  socket: unknown = null;
  statusCode = 200;
  headers: Record<string, string> = {};
  body: unknown;
  ended = false;

  status(code: number): this {
    this.statusCode = code;
    return this;
  }
  header(name: string, value: unknown): this {
    this.headers[name] = String(value);
    return this;
  }
  send(body?: unknown): this {
    this.body = body;
    return this;
  }
  end(): this {
    this.ended = true;
    return this;
  }

  toResponseInit(): HttpResponseInit {
    if (this.body === undefined || this.body === null || this.body === '') {
      return { status: this.statusCode, headers: this.headers };
    }
    if (typeof this.body === 'string' || Buffer.isBuffer(this.body)) {
      return { status: this.statusCode, headers: this.headers, body: this.body.toString() };
    }
    return { status: this.statusCode, headers: this.headers, jsonBody: this.body };
  }
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Where an anonymous bot may send its replies: stand-ins on this machine only (the Agents
 * Playground, the tests' Bot Connector). Nobody signs an anonymous activity, so its serviceUrl is
 * whatever the sender typed; a bot that posted to any of them would be an open relay into the
 * network it runs in (cloud metadata endpoints included). A bot with an app id needs no list:
 * botbuilder checks the serviceUrl against the Bot Connector's signed token.
 */
export function isLocalServiceUrl(serviceUrl: string): boolean {
  try {
    const url = new URL(serviceUrl);
    return (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK_HOSTS.has(url.hostname);
  } catch {
    return false;
  }
}

export function createBotEndpoint(options: { bot: ActivityHandler; adapter: CloudAdapter; anonymous: boolean }): BotEndpoint {
  const { bot, adapter, anonymous } = options;
  const handler = handle(async (request, context) => {
    const activity = await readJson(request, contracts.messages.body, { maxBytes: contracts.messages.maxBodyBytes });
    if (anonymous && activity.serviceUrl !== undefined && !isLocalServiceUrl(activity.serviceUrl)) throw new HttpProblem(403, 'forbidden');
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => (headers[name] = value));
    const botRequest: BotRequest = { method: request.method, headers, body: activity };
    const response = new CollectedResponse();
    await adapter.process(botRequest, response, (turnContext) => bot.run(turnContext));
    // An invoke's status and body are the bot's answer to Teams (e.g. a card action): pass them on.
    if (response.statusCode < 400 || activity.type === 'invoke') return response.toResponseInit();
    // CloudAdapter puts raw error messages in its error bodies; answer in our problem shape instead.
    switch (response.statusCode) {
      case 400:
        return problemResponse(request, 400, 'validation');
      case 401:
      case 403:
        return problemResponse(request, 401, 'unauthenticated', { headers: { 'WWW-Authenticate': 'Bearer' } });
      default:
        context.error('Bot adapter answered', response.statusCode, response.body);
        return problemResponse(request, 500, 'internal');
    }
  });
  return { adapter, handler };
}
