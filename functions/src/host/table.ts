import type { HttpHandler, HttpMethod, TimerHandler } from '@azure/functions';
import type { z } from 'zod';

/**
 * The one list of everything the Functions app exposes. `functions/src/index.ts` registers it with
 * the real runtime (app.http / app.timer); the local host (node:http) serves the same list.
 */
export interface HttpRoute {
  /** Function name, unique in the app. */
  name: string;
  methods: HttpMethod[];
  /** Route below /api, in the Functions syntax: "people/{id}". */
  route: string;
  handler: HttpHandler;
  /** What the OpenAPI document says about the route (api/openapi.ts); built from the same zod schemas. */
  doc?: RouteDoc;
}

export interface RouteDoc {
  summary: string;
  tags: string[];
  /** bearer: an Entra ID access token; bot: the Bot Connector's token; none: public. */
  auth: 'bearer' | 'bot' | 'none';
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Named response schema (its name becomes the component name). */
  response?: { name: string; schema: z.ZodType; status?: number; contentType?: string };
  /** Success is 204 No Content (no `response`). */
  noContent?: boolean;
  /** Problem statuses this route answers besides the ones every route can. */
  problems?: number[];
}

export interface TimerTrigger {
  name: string;
  /** NCRONTAB, six fields with seconds: "0 *\/5 * * * *". */
  schedule: string;
  handler: TimerHandler;
}

export interface FunctionTable {
  http: HttpRoute[];
  timers: TimerTrigger[];
}
