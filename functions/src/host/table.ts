import type { HttpHandler, HttpMethod, TimerHandler } from '@azure/functions';
import type { RouteContract } from '@koers/contracts';

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
  /** The route's contract: what it reads and answers, and what the OpenAPI document says of it. */
  contract?: RouteContract;
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
