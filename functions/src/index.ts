// First, for its side effect: in Azure mode Azure Monitor must patch http and the SDKs before
// the modules below load them (telemetry/bootstrap.ts; a no-op locally).
import './telemetry/bootstrap';
import { app, type HttpHandler, type TimerHandler } from '@azure/functions';
import { apiSecurityHeaders } from '@koers/contracts';
import type { Services } from './api/services';
import { createServices, routeDefinitions, timerDefinitions } from './composition';
import { loadConfig, type KoersConfig } from './config';
import { createCosmosClient } from './cosmos/client';
import { fromGateway } from './http/gatewayKey';
import { problemResponse } from './http/problem';
import { withSecurityHeaders } from './http/securityHeaders';
import { consoleStyle, createAppLogger, redactingContext } from './telemetry';

/**
 * Entry point for the real Azure Functions runtime. Registration must happen synchronously when
 * the module loads, so every route and timer of the table is registered at once with a handler
 * that builds the services on first use (once, shared by all functions; a failed build is retried
 * by the next invocation instead of poisoning the instance).
 *
 * `npm start` does not come through here: scripts/start.ts composes the same table and serves it
 * with host/localHost.ts.
 */

const config: KoersConfig = loadConfig();

// A Function App without COSMOS_ENDPOINT would otherwise come up in local mode, with a public
// token minting route and an anonymous bot. Refuse instead.
if (config.mode === 'local' && process.env.WEBSITE_INSTANCE_ID) {
  throw new Error('Koers is running in Azure without COSMOS_ENDPOINT: refusing to start in local mode.');
}

async function buildServices(): Promise<Services> {
  // Bot turn errors and other messages outside an invocation: through the redacting logger.
  const log = consoleStyle(await createAppLogger(process.env));
  if (config.mode === 'azure') {
    const client = createCosmosClient({ mode: 'azure', endpoint: config.cosmos.endpoint ?? '', key: config.cosmos.key });
    // Containers come from infra/ (Entra ID data-plane roles cannot create them).
    const database = client.database(config.cosmos.database);
    return (await createServices({ config, database, log })).services;
  }
  // Local mode under the real runtime (`func start`, where Core Tools are installed): an
  // in-process embedded server with the sample data, saved to the data folder. Loaded lazily so the
  // Azure bundle never initialises the embedded server (the build keeps it external).
  const { openLocalCosmos } = await import('./cosmos/local.js');
  const cosmos = await openLocalCosmos({ dataDir: config.dataDir, now: config.clockStart ? new Date(config.clockStart) : undefined });
  const built = await createServices({ config, database: cosmos.database, log });
  built.setPublicUrl(config.apiUrl ?? 'http://localhost:7071/api');
  return built.services;
}

/** On every answer of the API (contracts/src/securityHeaders.ts); HSTS in Azure. */
const securityHeaders = apiSecurityHeaders(config.mode);

/** Only Koers' own API Management gateway knows the key (http/gatewayKey.ts); without one configured, everyone passes. */
const admitted = fromGateway(config.gatewayKey);

let services: Promise<Services> | undefined;
function getServices(): Promise<Services> {
  services ??= buildServices().catch((error: unknown) => {
    services = undefined;
    throw error;
  });
  return services;
}

for (const definition of routeDefinitions(config.mode)) {
  let handler: HttpHandler | undefined;
  app.http(definition.name, {
    methods: definition.methods,
    route: definition.route,
    authLevel: 'anonymous',
    handler: async (request, runtimeContext) => {
      if (!admitted(request)) return withSecurityHeaders(problemResponse(request, 403, 'forbidden'), securityHeaders);
      const context = redactingContext(runtimeContext);
      try {
        handler ??= definition.make(await getServices());
      } catch (error) {
        context.error('Koers could not start:', error);
        return withSecurityHeaders(problemResponse(request, 503, 'internal', { headers: { 'Retry-After': '10' } }), securityHeaders);
      }
      return withSecurityHeaders(await handler(request, context), securityHeaders);
    },
  });
}

for (const definition of timerDefinitions(config.mode)) {
  let handler: TimerHandler | undefined;
  app.timer(definition.name, {
    schedule: definition.schedule,
    handler: async (timer, context) => {
      handler ??= definition.make(await getServices());
      return handler(timer, redactingContext(context));
    },
  });
}
