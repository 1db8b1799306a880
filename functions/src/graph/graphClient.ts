import type https from 'node:https';
import { AuthenticationHandler, Client, GraphError } from '@microsoft/microsoft-graph-client';
import { GRAPH_RETRY, parseRetryAfter, type RetryPolicy } from '@koers/domain';
import { BoundedRetry, NodeHttpsTransport, realSleep, type Sleep } from './graphHttp';
import { isConsentFailure, type GraphTokenSource } from './graphToken';

/**
 * The one place Koers builds Microsoft Graph clients, app-only, for every adapter that talks to
 * Graph (the calendar, the Teams app installer): the token per tenant, Retry-After honoured with
 * a capped wait (graphHttp.ts), node:https with an agent of the caller's choosing, and failures
 * sorted into what the adapters translate into their port's errors.
 *
 * Privacy: the log gets ids, statuses and Graph's error codes only, never Graph's error messages
 * (they quote addresses and names).
 */

export const GRAPH_BASE_URL = 'https://graph.microsoft.com/';

export type GraphLogFields = Record<string, string | number | boolean | undefined>;
export type GraphLog = (event: string, fields: GraphLogFields) => void;

export interface GraphClientOptions {
  /** An app-only token for Graph in that tenant (see graphToken.ts); injected so tests need no Entra ID. */
  getToken: GraphTokenSource;
  /** Graph's root, default https://graph.microsoft.com/ (tests: a local https stand-in). */
  baseUrl?: string;
  /** Whom to trust: the default agent for Graph; one with the stand-in's certificate in tests. */
  agent?: https.Agent;
  retry?: Partial<RetryPolicy>;
  sleep?: Sleep;
  now?: () => number;
  /** Per request, before it counts as a failed attempt. */
  timeoutMs?: number;
  log?: GraphLog;
}

/** Names the token failures carry through the SDK's wrapping (they arrive as GraphError.code). */
const TOKEN_CONSENT = 'GraphTokenConsentError';
const TOKEN_UNAVAILABLE = 'GraphTokenUnavailableError';

/**
 * What went wrong with one Graph call, in the terms every adapter needs: no consent (an admin must
 * act), unavailable (try again later; Graph's Retry-After if it gave one), not found, or refused.
 */
export type GraphFailure =
  | { kind: 'consent'; status?: number }
  | { kind: 'unavailable'; status?: number; retryAfterMs?: number }
  | { kind: 'not-found' }
  | { kind: 'conflict' }
  | { kind: 'refused'; status: number; code?: string };

export interface GraphClients {
  /** One client per tenant (its token) and operation (named in the retry log). */
  clientFor(tenantId: string, op: string): Client;
  /** Sorts a failure of `client.api(…)` into a GraphFailure and logs it; anything else is rethrown as an Error. */
  classify(err: unknown, tenantId: string, op: string): GraphFailure | Error;
  log: GraphLog;
}

export function createGraphClients(options: GraphClientOptions): GraphClients {
  const baseUrl = options.baseUrl ?? GRAPH_BASE_URL;
  const base = new URL(baseUrl);
  if (base.protocol !== 'https:') throw new Error('the Graph base URL must be https (the token is only sent over https)');
  const policy: RetryPolicy = { ...GRAPH_RETRY, ...options.retry };
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;
  const log: GraphLog = options.log ?? (() => undefined);
  const transport = new NodeHttpsTransport(options.agent, options.timeoutMs ?? 20_000);
  const isRealGraph = base.hostname === new URL(GRAPH_BASE_URL).hostname;
  const clients = new Map<string, Client>();

  function clientFor(tenantId: string, op: string): Client {
    const key = `${tenantId}|${op}`;
    let client = clients.get(key);
    if (client) return client;
    const auth = new AuthenticationHandler({
      getAccessToken: async () => {
        try {
          return await options.getToken(tenantId);
        } catch (err) {
          const consent = isConsentFailure(err);
          log('graph.token-failed', { tenantId, consent });
          // Named so the error survives the client's wrapping into a GraphError (as its code).
          const named = new Error('no Graph token');
          named.name = consent ? TOKEN_CONSENT : TOKEN_UNAVAILABLE;
          throw named;
        }
      },
    });
    const retry = new BoundedRetry(policy, sleep, now, (notice) => log('graph.retry', { tenantId, op, ...notice }));
    client = Client.initWithMiddleware({
      middleware: [auth, retry, transport],
      baseUrl,
      defaultVersion: 'v1.0',
      // The SDK attaches the bearer token only to Graph's own hosts and these (https only).
      ...(isRealGraph ? {} : { customHosts: new Set([base.hostname]) }),
    });
    clients.set(key, client);
    return client;
  }

  function classify(err: unknown, tenantId: string, op: string): GraphFailure | Error {
    if (!(err instanceof GraphError)) return err instanceof Error ? err : new Error(String(err));
    const status = err.statusCode;
    const code = err.code ?? undefined;
    const fields = { tenantId, op, status, code, requestId: err.requestId ?? undefined };
    if (code === TOKEN_CONSENT) return { kind: 'consent' };
    if (code === TOKEN_UNAVAILABLE || code === 'GraphTransportError') {
      log('graph.unavailable', fields);
      return { kind: 'unavailable' };
    }
    if (status === 403) {
      log('graph.forbidden', fields);
      return { kind: 'consent', status };
    }
    if (status === 404) return { kind: 'not-found' };
    if (status === 409) return { kind: 'conflict' };
    if (status === 401 || status === 429 || status >= 500) {
      log('graph.unavailable', fields);
      const retryAfter = parseRetryAfter(err.headers?.get('retry-after'), now());
      return { kind: 'unavailable', status, ...(retryAfter === undefined ? {} : { retryAfterMs: retryAfter }) };
    }
    log('graph.refused', fields);
    return { kind: 'refused', status, ...(code ? { code } : {}) };
  }

  return { clientFor, classify, log };
}

/** Path segments from ids: Graph ids may hold '=', '/' or '+' (base64), user ids are GUIDs. */
export function segment(id: string): string {
  return encodeURIComponent(id);
}
