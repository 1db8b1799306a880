/**
 * What may appear in Koers's logs and traces. The rule is by design, not by detection: log lines
 * carry ids (tenant id, object id, conversation id, invocation id), route templates, status codes
 * and durations — never display names, email addresses or anything a person typed. A name cannot
 * be recognised reliably in free text, so free text is not logged; the helpers below are the
 * safety net for what slips through (an email in an error message, a token, a query string).
 */

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
/** A JWT (three base64url parts) or a bearer credential. */
const TOKEN = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*|\bBearer\s+[A-Za-z0-9._~+/=-]+/g;
/** The query of a URL: search terms and filters (`?email=…`) are personal data as often as not. */
const URL_QUERY = /(\bhttps?:\/\/[^\s?#"']+|(?:^|\s)\/[^\s?#"']*)\?[^\s#"']*/g;

const MAX_TEXT = 300;

export function redactText(text: string): string {
  const redacted = text
    .replace(TOKEN, '[token]')
    .replace(URL_QUERY, (_match, base: string) => `${base}?[query]`)
    .replace(EMAIL, '[email]');
  return redacted.length > MAX_TEXT ? `${redacted.slice(0, MAX_TEXT)}…` : redacted;
}

/**
 * The field names a log line may carry. Anything else is dropped, so a new field is a decision
 * (add it here), not an accident.
 */
export const SAFE_FIELDS = [
  'tenantId',
  'oid',
  'personId',
  'conversationId',
  'invocationId',
  'functionName',
  'route',
  'method',
  'status',
  'durationMs',
  'reason',
  'code',
  'activityType',
  'channelId',
  'errorName',
  'errorMessage',
  'errorStack',
  'component',
  'port',
  'count',
] as const;
export type SafeFieldName = (typeof SAFE_FIELDS)[number];
export type FieldValue = string | number | boolean;
export type SafeFields = Partial<Record<SafeFieldName, FieldValue | undefined>>;

const SAFE_FIELD_SET: ReadonlySet<string> = new Set(SAFE_FIELDS);

/** Only the allowed names, only scalar values, strings redacted. */
export function safeFields(fields: Record<string, unknown>): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (!SAFE_FIELD_SET.has(name)) continue;
    if (typeof value === 'string') out[name] = redactText(value);
    else if (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) out[name] = value;
  }
  return out;
}

/** An error as log fields: its name, its (redacted) message and the top of its stack (code locations). */
export function errorFields(error: unknown): SafeFields {
  if (!(error instanceof Error)) return { errorName: typeof error };
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 5)
    .map((line) => line.trim())
    .join(' | ');
  return { errorName: error.name, errorMessage: error.message, errorStack: frames || undefined };
}

/**
 * The arguments of a console-style call (`log.error('Bot turn failed:', error)`) as one message
 * and fields. Strings and numbers make the message; an Error becomes error fields; any other object
 * is not printed at all (it may be an activity, a document or a response body with personal data).
 */
export function fromConsoleArgs(args: readonly unknown[]): { message: string; fields: SafeFields } {
  const parts: string[] = [];
  let fields: SafeFields = {};
  for (const arg of args) {
    if (typeof arg === 'string') parts.push(arg);
    else if (typeof arg === 'number' || typeof arg === 'boolean') parts.push(String(arg));
    else if (arg instanceof Error) fields = { ...errorFields(arg), ...fields };
    else if (arg !== undefined && arg !== null) parts.push('[object]');
  }
  return { message: redactText(parts.join(' ')), fields };
}
