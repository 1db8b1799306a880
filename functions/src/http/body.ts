import type { HttpRequest } from '@azure/functions';
import type { Language } from '@koers/domain';
import type { z } from 'zod';
import { apiTexts, HttpProblem, requestLanguage, type FieldError } from './problem';
import { validationErrorMap } from './validationText';

/**
 * Input at the edge: the body is read with a size cap, must be JSON, and must match its zod
 * schema; query strings and route parameters go through zod too. Every failure is a 4xx problem
 * with the reason, never a 500.
 */

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

/**
 * No body Koers accepts nests deeper than this (a Bot Framework activity with an Adaptive Card
 * value is about ten levels). Deeper ones are refused before parsing: a parser, a validator or a
 * library walking 20,000 levels recursively runs out of stack, and that is nobody's input.
 */
export const MAX_JSON_DEPTH = 64;

/** How deep the arrays and objects of a JSON text nest, read without parsing it; stops counting past `limit`. */
export function jsonNestingDepth(text: string, limit = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.slice(0, 50).map((issue) => ({
    path: issue.path.map((segment) => String(segment)).join('.'),
    message: issue.message,
  }));
}

export function isJsonMediaType(contentType: string | null): boolean {
  if (!contentType) return false;
  const [mediaType = '', ...params] = contentType.split(';').map((part) => part.trim().toLowerCase());
  const charset = params.find((p) => p.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  if (charset && charset !== 'utf-8' && charset !== 'utf8') return false;
  return mediaType === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(mediaType);
}

/** Reads at most `maxBytes`; stops reading (and answers 413) as soon as the body is larger. */
export async function readBodyBytes(request: HttpRequest, maxBytes: number): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) throw new HttpProblem(413, 'too-large');
  const stream = request.body;
  if (!stream) return new Uint8Array(0);
  const reader = (stream as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const chunk = value instanceof Uint8Array ? value : new Uint8Array(0);
      total += chunk.byteLength;
      if (total > maxBytes) throw new HttpProblem(413, 'too-large');
      chunks.push(chunk);
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return Buffer.concat(chunks, total);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The body as JSON matching `schema`: 415 for another media type, 413 when too big, 400 otherwise. */
export async function readJson<S extends z.ZodType>(
  request: HttpRequest,
  schema: S,
  options: { maxBytes?: number } = {},
): Promise<z.output<S>> {
  if (!isJsonMediaType(request.headers.get('content-type'))) throw new HttpProblem(415, 'unsupported-media-type');
  const bytes = await readBodyBytes(request, options.maxBytes ?? DEFAULT_MAX_BODY_BYTES);
  let value: unknown;
  try {
    const text = utf8.decode(bytes);
    if (jsonNestingDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) throw new RangeError('nested too deep');
    value = JSON.parse(text);
  } catch {
    throw new HttpProblem(400, 'bad-json');
  }
  return validate(schema, value, requestLanguage(request));
}

/** `value` as `schema` wants it, or a 400 problem whose field errors speak the caller's language. */
export function validate<S extends z.ZodType>(schema: S, value: unknown, language: Language): z.output<S> {
  const result = schema.safeParse(value, { error: validationErrorMap(apiTexts(language)) });
  if (!result.success) throw new HttpProblem(400, 'validation', { errors: fieldErrors(result.error) });
  return result.data;
}

/** Query parameters (the last value of a repeated key wins) validated by `schema`. */
export function readQuery<S extends z.ZodType>(request: HttpRequest, schema: S): z.output<S> {
  return validate(schema, Object.fromEntries(request.query.entries()), requestLanguage(request));
}

export function readParams<S extends z.ZodType>(request: HttpRequest, schema: S): z.output<S> {
  return validate(schema, { ...request.params }, requestLanguage(request));
}
