import { z } from 'zod';
import { defineContracts, json, opaque } from './contract';

/** What the platform itself answers: health, this API's description, and the bot endpoint. */

export const HealthResponse = z.object({
  status: z.enum(['ok', 'degraded']),
  mode: z.enum(['local', 'azure']),
  versions: z.record(z.string(), z.string()),
  checks: z.record(z.string(), z.enum(['ok', 'failed'])),
});
export type HealthResponse = z.infer<typeof HealthResponse>;

/** Just enough to refuse junk with a 400 before botbuilder sees it; botbuilder validates the rest. */
export const ActivityBody = z.looseObject({
  type: z.string().min(1).max(100),
  serviceUrl: z.string().url().max(2000).optional(),
});

/** Bot Framework activities are small; Teams caps messages at about 100 KB including cards. */
export const MAX_ACTIVITY_BYTES = 512 * 1024;

export const platformContracts = defineContracts({
  health: {
    method: 'GET',
    path: 'health',
    summary: 'Liveness and versions; 503 with status "degraded" when the database does not answer',
    tags: ['platform'],
    auth: 'none',
    response: json('HealthResponse', HealthResponse),
    problems: [503],
  },
  messages: {
    method: 'POST',
    path: 'messages',
    summary: 'Bot Framework activities from Teams (the bot endpoint)',
    tags: ['bot'],
    auth: 'bot',
    body: ActivityBody,
    maxBodyBytes: MAX_ACTIVITY_BYTES,
    response: opaque,
  },
  openapi: {
    method: 'GET',
    path: 'openapi.json',
    summary: 'This OpenAPI 3.1 document',
    tags: ['platform'],
    auth: 'none',
    response: opaque,
  },
});
