import { randomUUID } from 'node:crypto';
import type { RouteContract } from '@koers/contracts';
import { z } from 'zod';

/**
 * Requests made from the route contracts (@koers/contracts) for the security checks: each
 * contract's params, query and body as JSON Schema (zod's own output, as in the OpenAPI
 * document), and values drawn from those schemas with a seeded random source: ones meant to be
 * valid, and mutants meant to be wrong in every way a client can be. A new route is covered the
 * moment its contract exists.
 */

export type Rng = () => number;

/** mulberry32: small, fast and the same sequence for the same seed on every machine. */
export function seeded(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
  pattern?: string;
  default?: unknown;
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
}

export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

export interface ContractSchemas {
  params?: JsonSchema;
  query?: JsonSchema;
  body?: JsonSchema;
}

export function schemasOf(contract: RouteContract): ContractSchemas {
  return {
    ...(contract.params ? { params: jsonSchemaOf(contract.params) } : {}),
    ...(contract.query ? { query: jsonSchemaOf(contract.query) } : {}),
    ...(contract.body ? { body: jsonSchemaOf(contract.body) } : {}),
  };
}

const WORDS = ['koers', 'gesprek', 'doel', 'sanne', 'ontwikkelen', 'offerte', 'Ærø', '漢字', 'e\u0301'];

function futureInstant(rng: Rng): string {
  const days = 15 + Math.floor(rng() * 30);
  const at = new Date(Date.now() + days * 86_400_000);
  at.setUTCHours(8 + Math.floor(rng() * 6), 0, 0, 0);
  return at.toISOString();
}

/** Candidates for a string with a format or pattern: the first that fits wins. */
function formattedString(schema: JsonSchema, rng: Rng): string | undefined {
  const candidates = [
    randomUUID(),
    futureInstant(rng),
    futureInstant(rng).slice(0, 10),
    `${String(1 + Math.floor(rng() * 28)).padStart(2, '0')}`,
    'https://koers.example/pad',
    'sanne@hendriks.example',
    '1',
    'g1',
  ];
  const pattern = schema.pattern ? new RegExp(schema.pattern, 'u') : undefined;
  const byFormat: Record<string, string> = { uuid: candidates[0] ?? '', 'date-time': candidates[1] ?? '', date: candidates[2] ?? '', uri: candidates[4] ?? '', email: candidates[5] ?? '' };
  const preferred = schema.format ? byFormat[schema.format] : undefined;
  for (const candidate of [preferred, ...candidates]) {
    if (candidate === undefined) continue;
    if (pattern && !pattern.test(candidate)) continue;
    if (schema.maxLength !== undefined && candidate.length > schema.maxLength) continue;
    if (schema.minLength !== undefined && candidate.length < schema.minLength) continue;
    if (!pattern && !schema.format) return undefined;
    return candidate;
  }
  return undefined;
}

function plainString(schema: JsonSchema, rng: Rng): string {
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? 40, Math.max(min, 40));
  const length = min + Math.floor(rng() * (max - min + 1));
  let text = '';
  while (text.length < length) text += `${pick(rng, WORDS)} `;
  return text.slice(0, Math.max(length, min)).padEnd(min, 'x');
}

function variants(schema: JsonSchema): JsonSchema[] | undefined {
  return schema.anyOf ?? schema.oneOf;
}

/** A value `schema` should accept (best effort: a pattern nothing here fits gives a plain string). */
export function sampleOf(schema: JsonSchema, rng: Rng, depth = 0): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return pick(rng, schema.enum);
  const options = variants(schema);
  if (options) return sampleOf(pick(rng, options), rng, depth + 1);
  if (schema.allOf?.[0]) return sampleOf(schema.allOf[0], rng, depth + 1);
  const type = Array.isArray(schema.type) ? pick(rng, schema.type.filter((t) => t !== 'null')) : schema.type;
  switch (type) {
    case 'string':
      return formattedString(schema, rng) ?? plainString(schema, rng);
    case 'integer':
    case 'number': {
      const low = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 0);
      const high = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : low + 10);
      const value = low + rng() * Math.max(0, high - low);
      return type === 'integer' ? Math.round(Math.min(Math.max(value, low), high)) : value;
    }
    case 'boolean':
      return rng() < 0.5;
    case 'null':
      return null;
    case 'array': {
      const min = schema.minItems ?? 0;
      const max = Math.min(schema.maxItems ?? 3, min + 3);
      const count = depth > 6 ? min : min + Math.floor(rng() * (max - min + 1));
      return Array.from({ length: count }, () => sampleOf(schema.items ?? {}, rng, depth + 1));
    }
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        const required = schema.required?.includes(name) ?? false;
        if (required || (depth < 4 && rng() < 0.5)) value[name] = sampleOf(property, rng, depth + 1);
      }
      return value;
    }
    default:
      return pick(rng, ['x', 1, true, null, {}]);
  }
}

/** Values a careless or hostile client sends instead. */
const WRONG_VALUES: readonly unknown[] = [
  null,
  true,
  -1,
  0,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  '',
  ' ',
  'x'.repeat(10_000),
  '\u0000',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '{{7*7}}',
  '%00',
  '💥'.repeat(500),
  '2026-02-30T25:61:00Z',
  '00000000-0000-0000-0000-000000000000',
  [],
  [[[[[[]]]]]],
  {},
  JSON.parse('{"__proto__":{"admin":true}}') as unknown,
  { constructor: { prototype: { admin: true } } },
];

/** Like `sampleOf`, but wrong somewhere: a wrong type, a field too long or missing, an extra one. */
export function mutantOf(schema: JsonSchema, rng: Rng, depth = 0): unknown {
  const roll = rng();
  if (depth > 3 || roll < 0.25) return pick(rng, WRONG_VALUES);
  const valid = sampleOf(schema, rng, depth);
  if (valid && typeof valid === 'object' && !Array.isArray(valid) && schema.properties) {
    const value = { ...(valid as Record<string, unknown>) };
    const names = Object.keys(schema.properties);
    const name = pick(rng, names.length > 0 ? names : ['extra']);
    const what = rng();
    if (what < 0.3) delete value[name];
    else if (what < 0.8) value[name] = mutantOf(schema.properties[name] ?? {}, rng, depth + 1);
    else value[`extra${Math.floor(rng() * 100)}`] = pick(rng, WRONG_VALUES);
    return value;
  }
  if (Array.isArray(valid)) return [...(valid as unknown[]), ...Array.from({ length: 1 + Math.floor(rng() * 3) }, () => mutantOf(schema.items ?? {}, rng, depth + 1))];
  if (typeof valid === 'string') return rng() < 0.5 ? valid.repeat(200) : `${valid}\u202e${pick(rng, ['"', "'", '\\', '\n'])}`;
  return pick(rng, WRONG_VALUES);
}

/** A route's path with `values` put in (URI-encoded), e.g. "pops/{id}" → "/pops/abc". */
export function pathWith(contract: RouteContract, values: Record<string, string>): string {
  return `/${contract.path.replace(/\{([^}]+)\}/g, (_all, name: string) => encodeURIComponent(values[name] ?? 'onbekend'))}`;
}

/** A query string from a sample object (arrays and objects as JSON text, as a careless client would). */
export function queryWith(values: unknown): string {
  if (!values || typeof values !== 'object') return '';
  const entries = Object.entries(values as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '';
  return `?${entries.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(typeof v === 'string' ? v : JSON.stringify(v))}`).join('&')}`;
}
