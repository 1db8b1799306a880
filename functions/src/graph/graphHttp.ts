import https from 'node:https';
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { nextRetry, parseRetryAfter, type RetryPolicy } from '@koers/domain';

/**
 * The two pieces of the Graph client's middleware chain that Koers supplies itself:
 *
 * - `BoundedRetry` honours 429/503/504 with Retry-After like the SDK's RetryHandler, on the
 *   domain's GRAPH_RETRY policy, with an injected sleep (tests run in milliseconds) and a cap on the total wait (a bot turn or an API
 *   request must answer; waiting a minute for Graph is worse than a clear "probeer het zo opnieuw").
 * - `NodeHttpsTransport` sends the request with node:https instead of the global fetch, so an
 *   `https.Agent` decides whom to trust: the real Graph with the system CAs, a local stand-in with
 *   its own certificate (never NODE_TLS_REJECT_UNAUTHORIZED).
 */

/** Throttled, unavailable, gateway timeout: the statuses Graph asks to retry (with Retry-After). */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503, 504]);

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export interface RetryNotice {
  attempt: number;
  /** Undefined when the attempt failed without an answer (connection reset, timeout). */
  status?: number;
  delayMs: number;
}

/** A failure below the retry handler that got no HTTP answer at all. */
export class GraphTransportError extends Error {
  override readonly name = 'GraphTransportError';
}

export class BoundedRetry implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly policy: RetryPolicy,
    private readonly sleep: Sleep,
    private readonly now: () => number,
    private readonly onRetry: (notice: RetryNotice) => void = () => undefined,
  ) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    const next = this.next;
    if (!next) throw new Error('BoundedRetry needs a next middleware');
    let waited = 0;
    for (let attempt = 1; ; attempt += 1) {
      context.response = undefined;
      let failure: unknown;
      try {
        await next.execute(context);
      } catch (err) {
        // Only a missing answer is worth another try; our own bugs are not.
        if (!(err instanceof GraphTransportError)) throw err;
        failure = err;
      }
      const response = context.response as Response | undefined;
      if (failure === undefined && (!response || !RETRYABLE_STATUSES.has(response.status))) return;

      const delayMs = nextRetry(this.policy, {
        failures: attempt,
        waitedMs: waited,
        random: 0,
        retryAfterMs: response ? parseRetryAfter(response.headers.get('retry-after'), this.now()) : undefined,
      });
      if (delayMs === undefined) {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- rethrows what fetch threw, as it was
        if (failure !== undefined) throw failure;
        return; // the last answer stands; the adapter turns it into CalendarUnavailableError
      }
      this.onRetry({ attempt, status: response?.status, delayMs });
      await this.sleep(delayMs);
      waited += delayMs;
    }
  }
}

const NO_BODY_STATUSES = new Set([101, 204, 205, 304]);

export class NodeHttpsTransport implements Middleware {
  constructor(
    private readonly agent: https.Agent | undefined,
    private readonly timeoutMs: number,
  ) {}

  async execute(context: Context): Promise<void> {
    const url = new URL(typeof context.request === 'string' ? context.request : (context.request as Request).url);
    if (url.protocol !== 'https:') throw new Error('Microsoft Graph is reached over https only');
    const init = context.options ?? {};
    const body = init.body ?? undefined;
    if (body !== undefined && typeof body !== 'string') throw new Error('only JSON (string) bodies are sent to Graph');
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, name) => {
      headers[name] = value;
    });
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
    context.response = await this.send(url, init.method ?? 'GET', headers, body);
  }

  private send(url: URL, method: string, headers: Record<string, string>, body: string | undefined): Promise<Response> {
    return new Promise((resolve, reject) => {
      const request = https.request(url, { method, headers, agent: this.agent, timeout: this.timeoutMs }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', (err) => reject(new GraphTransportError(`response failed: ${err.message}`)));
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          if (status < 200 || status > 599) {
            reject(new GraphTransportError(`unusable status ${status}`));
            return;
          }
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            if (value === undefined) continue;
            for (const v of Array.isArray(value) ? value : [value]) responseHeaders.append(name, v);
          }
          const payload = Buffer.concat(chunks);
          const content = NO_BODY_STATUSES.has(status) || payload.length === 0 ? null : new Uint8Array(payload);
          resolve(new Response(content, { status, headers: responseHeaders }));
        });
      });
      request.on('timeout', () => request.destroy(new GraphTransportError(`no answer within ${this.timeoutMs} ms`)));
      request.on('error', (err) => reject(err instanceof GraphTransportError ? err : new GraphTransportError(`request failed: ${err.message}`)));
      request.end(body);
    });
  }
}
