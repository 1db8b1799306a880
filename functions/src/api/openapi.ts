import { STATUS_CODES } from 'node:http';
import { Problem } from '@koers/domain';
import { z } from 'zod';
import { handle, json } from '../http/handle';
import { PROBLEM_CONTENT_TYPE } from '../http/problem';
import type { RouteDoc } from '../host/table';
import { VERSIONS } from './health';
import type { RouteDefinition } from './services';

/**
 * The OpenAPI 3.1 document, generated from the route table and the same zod schemas the
 * handlers validate with (zod 4's JSON Schema output is draft 2020-12, which is OpenAPI 3.1's
 * dialect). Nothing here is written by hand except the prose.
 */

type JsonSchema = Record<string, unknown>;

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** Whether a field may be left out (optional, or has a default). */
function isOptional(field: z.ZodType): boolean {
  return field.safeParse(undefined).success;
}

function parameters(location: 'path' | 'query', shape: z.ZodObject | undefined) {
  if (!shape) return [];
  return Object.entries(shape.shape as Record<string, z.ZodType>).map(([name, field]) => ({
    name,
    in: location,
    required: location === 'path' || !isOptional(field),
    schema: schemaOf(field, 'input'),
  }));
}

function problemStatuses(doc: RouteDoc): number[] {
  const statuses = new Set<number>([500, ...(doc.problems ?? [])]);
  if (doc.auth !== 'none') statuses.add(401);
  if (doc.auth === 'bearer') statuses.add(403);
  if (doc.body) [400, 413, 415].forEach((s) => statuses.add(s));
  return [...statuses].sort((a, b) => a - b);
}

export function buildOpenApiDocument(routes: readonly RouteDefinition[]): JsonSchema {
  const schemas: Record<string, JsonSchema> = { Problem: schemaOf(Problem, 'output') };
  const paths: Record<string, Record<string, unknown>> = {};

  for (const route of routes) {
    const doc = route.doc;
    if (!doc) continue;
    const path = `/${route.route}`;
    const responses: Record<string, unknown> = {};
    if (doc.response) {
      schemas[doc.response.name] = schemaOf(doc.response.schema, 'output');
      responses[String(doc.response.status ?? 200)] = {
        description: STATUS_CODES[doc.response.status ?? 200] ?? 'OK',
        content: { [doc.response.contentType ?? 'application/json']: { schema: { $ref: `#/components/schemas/${doc.response.name}` } } },
      };
    } else if (doc.noContent) {
      responses['204'] = { description: STATUS_CODES[204] ?? 'No Content' };
    } else {
      responses['200'] = { description: 'OK' };
    }
    for (const status of problemStatuses(doc)) {
      responses[String(status)] = { $ref: `#/components/responses/Problem${status}` };
    }
    const operation: Record<string, unknown> = {
      operationId: route.name,
      summary: doc.summary,
      tags: doc.tags,
      security: doc.auth === 'bearer' ? [{ entraId: [] }] : doc.auth === 'bot' ? [{ botFramework: [] }] : [],
      parameters: [...parameters('path', doc.params), ...parameters('query', doc.query)],
      ...(doc.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(doc.body, 'input') } } } }
        : {}),
      responses,
    };
    const item = (paths[path] ??= {});
    for (const method of route.methods) item[method.toLowerCase()] = operation;
  }

  const problemResponses = Object.fromEntries(
    [400, 401, 403, 404, 405, 409, 412, 413, 415, 422, 428, 500, 503].map((status) => [
      `Problem${status}`,
      {
        description: `${STATUS_CODES[status] ?? 'Error'} (RFC 9457 problem details, in Dutch and English)`,
        content: { [PROBLEM_CONTENT_TYPE.split(';')[0] ?? 'application/problem+json']: { schema: { $ref: '#/components/schemas/Problem' } } },
      },
    ]),
  );

  return {
    openapi: '3.1.0',
    info: {
      title: 'Koers API',
      version: VERSIONS.koers ?? '0.0.0',
      description:
        'Loopbaangesprekken en POP in Microsoft Teams. Errors are application/problem+json with `messages.nl` and `messages.en`; `detail` follows Accept-Language (Dutch by default).',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: '/api' }],
    paths,
    components: {
      schemas,
      responses: problemResponses,
      securitySchemes: {
        entraId: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'Entra ID v2 access token for this app (scope access_as_user); locally from POST /api/dev/token',
        },
        botFramework: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Bot Connector service token' },
      },
    },
  };
}

/** GET /api/openapi.json; `routes` is the whole table of this mode, including this route. */
export function openApiRoute(routes: () => readonly RouteDefinition[]): RouteDefinition {
  let cached: JsonSchema | undefined;
  return {
    name: 'openapi',
    methods: ['GET'],
    route: 'openapi.json',
    doc: { summary: 'This OpenAPI 3.1 document', tags: ['platform'], auth: 'none' },
    make: () =>
      handle(async () => {
        cached ??= buildOpenApiDocument(routes());
        return json(cached, 200, { 'Cache-Control': 'public, max-age=60' });
      }),
  };
}
