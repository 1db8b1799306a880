import type { Context } from '@opentelemetry/api';
import type { LogRecordProcessor, SdkLogRecord } from '@opentelemetry/sdk-logs';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { redactText } from './redact';

/**
 * The last gate before telemetry leaves the process (Azure mode): every span and log record the
 * instrumentations produce (HTTP in and out, Azure SDK calls, console) is scrubbed of attributes
 * that identify a person or carry a credential, and of query strings.
 */

/** Attributes dropped outright: identity of the end user, credentials, bodies, raw queries. */
const DROPPED = [
  /^enduser\./,
  /^user\./,
  /^http\.request\.header\.(authorization|cookie|x-ms-client-principal.*|x-ms-token-.*)$/,
  /^http\.response\.header\.set-cookie$/,
  /^http\.(request|response)\.body/,
  /^url\.query$/,
  /^client\.address$/,
  /^http\.client_ip$/,
  /^net\.peer\.ip$/,
];

/** Attributes that hold a URL or a path: kept without their query. */
const URL_ATTRIBUTES = new Set(['url.full', 'url.original', 'http.url', 'http.target', 'url.path']);

export function isDroppedAttribute(name: string): boolean {
  return DROPPED.some((pattern) => pattern.test(name));
}

function withoutQuery(value: string): string {
  const at = value.indexOf('?');
  return at < 0 ? value : `${value.slice(0, at)}?[query]`;
}

/** Scrubs an attribute map in place (the SDK hands processors its own, mutable map). */
export function scrubAttributes(attributes: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (isDroppedAttribute(name)) {
      delete attributes[name];
    } else if (typeof value === 'string') {
      attributes[name] = URL_ATTRIBUTES.has(name) ? redactText(withoutQuery(value)) : redactText(value);
    } else if (Array.isArray(value)) {
      attributes[name] = value.map((item: unknown) => (typeof item === 'string' ? redactText(item) : item));
    }
  }
}

export class RedactingSpanProcessor implements SpanProcessor {
  onStart(_span: Span, _parentContext: Context): void {}

  // Runs before the exporter's processor (processors are called in order): what is removed here
  // is never exported.
  onEnd(span: ReadableSpan): void {
    scrubAttributes(span.attributes);
    for (const event of span.events) if (event.attributes) scrubAttributes(event.attributes);
  }

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

export class RedactingLogRecordProcessor implements LogRecordProcessor {
  onEmit(record: SdkLogRecord): void {
    scrubAttributes(record.attributes);
    if (typeof record.body === 'string') record.setBody(redactText(record.body));
  }

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}
