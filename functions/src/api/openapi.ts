import { STATUS_CODES } from 'node:http';
import { contracts, Problem, type RouteContract } from '@koers/contracts';
import { z } from 'zod';
import { answer, defineRoute } from '../http/defineRoute';
import { PROBLEM_CONTENT_TYPE } from '../http/problem';
import { VERSIONS } from './health';
import type { RouteDefinition } from './services';

/**
 * The OpenAPI 3.1 document, generated from the route table's contracts (@koers/contracts): the
 * same objects the routes parse their requests with (zod 4's JSON Schema output is draft
 * 2020-12, which is OpenAPI 3.1's dialect). Nothing here is written by hand except the prose.
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

function problemStatuses(contract: RouteContract): number[] {
  const statuses = new Set<number>([500, ...(contract.problems ?? [])]);
  if (contract.auth !== 'none') statuses.add(401);
  if (contract.auth === 'bearer' || contract.auth === 'token') statuses.add(403);
  if (contract.body) [400, 413, 415].forEach((s) => statuses.add(s));
  if (contract.ifMatch === 'required') statuses.add(428);
  return [...statuses].sort((a, b) => a - b);
}

function successResponses(contract: RouteContract, schemas: Record<string, JsonSchema>): Record<string, unknown> {
  const response = contract.response;
  switch (response.kind) {
    case 'json':
      schemas[response.name] = schemaOf(response.schema, 'output');
      return {
        [String(response.status)]: {
          description: STATUS_CODES[response.status] ?? 'OK',
          content: { [response.contentType ?? 'application/json']: { schema: { $ref: `#/components/schemas/${response.name}` } } },
        },
      };
    case 'binary':
      schemas[response.name] = schemaOf(z.string(), 'output');
      return {
        '200': {
          description: STATUS_CODES[200] ?? 'OK',
          content: { [response.contentType]: { schema: { $ref: `#/components/schemas/${response.name}` } } },
        },
      };
    case 'noContent':
      return { '204': { description: STATUS_CODES[204] ?? 'No Content' } };
    case 'opaque':
      return { '200': { description: 'OK' } };
  }
}

/** The If-Match header as a parameter, where the route reads one. */
function ifMatchParameter(contract: RouteContract) {
  if (!contract.ifMatch) return [];
  return [
    {
      name: 'If-Match',
      in: 'header',
      required: contract.ifMatch === 'required',
      description: 'The etag the client read; 412 when the resource changed since',
      schema: { type: 'string' },
    },
  ];
}

export function buildOpenApiDocument(routes: readonly RouteDefinition[]): JsonSchema {
  const schemas: Record<string, JsonSchema> = { Problem: schemaOf(Problem, 'output') };
  const paths: Record<string, Record<string, unknown>> = {};

  for (const route of routes) {
    const contract = route.contract;
    if (!contract) continue;
    const responses = successResponses(contract, schemas);
    for (const status of problemStatuses(contract)) {
      responses[String(status)] = { $ref: `#/components/responses/Problem${status}` };
    }
    const operation: Record<string, unknown> = {
      operationId: contract.name,
      summary: contract.summary,
      tags: contract.tags,
      security: contract.auth === 'bearer' || contract.auth === 'token' ? [{ entraId: [] }] : contract.auth === 'bot' ? [{ botFramework: [] }] : [],
      parameters: [...parameters('path', contract.params), ...parameters('query', contract.query), ...ifMatchParameter(contract)],
      ...(contract.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(contract.body, 'input') } } } }
        : {}),
      responses,
    };
    const item = (paths[`/${contract.path}`] ??= {});
    item[contract.method.toLowerCase()] = operation;
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
  return defineRoute(contracts.openapi, async () => {
    cached ??= buildOpenApiDocument(routes());
    return answer(cached, { headers: { 'Cache-Control': 'public, max-age=60' } });
  });
}
