import { nextRetry, parseRetryAfter, RATE_LIMITED_RETRY } from '@koers/domain';
import { ApiError, isAbort } from './errors';
import { problemOf } from './problem';

/** Structural view of a zod schema, so the tab needs no direct zod dependency. */
export interface Parser<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false };
}

export interface HttpSettings {
  /** e.g. http://localhost:7071/api, without a trailing slash. */
  apiBase: string;
  acceptLanguage(): string;
  /** Waits before a request refused with 429 is sent again (tests make it instant). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** A wait that ends early, with the abort error, when the request is cancelled. */
function sleepUnlessAborted(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const aborted = () => new DOMException('The request was cancelled', 'AbortError');
    if (signal?.aborted) return reject(aborted());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    const abort = () => {
      clearTimeout(timer);
      reject(aborted());
    };
    signal?.addEventListener('abort', abort, { once: true });
  });
}

export interface ApiCall<T> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Relative to apiBase, starting with a slash. */
  path: string;
  body?: unknown;
  /** The version the caller read (an ETag): the API answers 412 when the resource changed since. */
  ifMatch?: string;
  token?: string;
  schema: Parser<T>;
  signal?: AbortSignal;
  /** Extra request headers (If-None-Match for the canvas poll). */
  headers?: Record<string, string>;
  /** 'blob': a file (the POP's PDF) — the schema then checks the Blob instead of JSON. */
  expect?: 'json' | 'blob';
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The file name in `attachment; filename="x.pdf"` (or the RFC 5987 `filename*=UTF-8''x.pdf`). */
export function fileNameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // fall through to the plain name
    }
  }
  return /filename\s*=\s*"([^"]+)"/i.exec(disposition)?.[1] ?? /filename\s*=\s*([^;]+)/i.exec(disposition)?.[1]?.trim();
}

/** One HTTP round trip: success bodies checked with the call's parser (a contract's schema, or endpoint.ts' check), errors as problem+json. */
export async function callApi<T>(settings: HttpSettings, call: ApiCall<T>): Promise<T> {
  const headers: Record<string, string> = {
    Accept: call.expect === 'blob' ? '*/*, application/problem+json' : 'application/json, application/problem+json',
    'Accept-Language': settings.acceptLanguage(),
  };
  Object.assign(headers, call.headers);
  if (call.token) headers.Authorization = `Bearer ${call.token}`;
  if (call.body !== undefined) headers['Content-Type'] = 'application/json';
  if (call.ifMatch !== undefined) headers['If-Match'] = call.ifMatch;

  const sleep = settings.sleep ?? sleepUnlessAborted;
  let response: Response;
  // A 429 means the API did nothing (a quota, checked first): the same request is sent again
  // after Retry-After, as the domain's retry policy for it says.
  for (let failures = 0, waitedMs = 0; ; ) {
    try {
      response = await fetch(`${settings.apiBase}${call.path}`, {
        method: call.method ?? 'GET',
        headers,
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
        signal: call.signal,
      });
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new ApiError({ kind: 'network' });
    }
    if (response.status !== 429) break;
    failures++;
    const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), Date.now());
    const wait = nextRetry(RATE_LIMITED_RETRY, { failures, waitedMs, random: Math.random(), ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) });
    if (wait === undefined) break;
    await response.body?.cancel().catch(() => undefined);
    await sleep(wait, call.signal);
    waitedMs += wait;
  }

  if (response.ok && call.expect === 'blob') {
    const blob = await response.blob();
    const name = fileNameOf(response.headers.get('Content-Disposition'));
    // A File when the server named it (readable cross-origin only if it exposes Content-Disposition).
    const parsed = call.schema.safeParse(name ? new File([blob], name, { type: blob.type }) : blob);
    if (!parsed.success) throw new ApiError({ kind: 'invalid-response', status: response.status });
    return parsed.data;
  }
  const body = await readJson(response);
  if (!response.ok) {
    const problem = problemOf(body);
    throw new ApiError(problem ? { kind: 'problem', status: response.status, problem } : { kind: 'http', status: response.status });
  }
  const parsed = call.schema.safeParse(body);
  if (!parsed.success) throw new ApiError({ kind: 'invalid-response', status: response.status });
  return parsed.data;
}
