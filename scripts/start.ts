/**
 * `npm start`: the whole app on this machine with no Azure account — embedded Cosmos (through
 * @azure/cosmos), the Functions app on the local host (API + bot endpoint + timers) and the tab.
 * Ctrl-C stops everything after saving local data. Machine-readable ready line for the e2e tests:
 * `KOERS_READY {"api":…,"tab":…,"cosmos":…}`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DEMO_SEED, DEMO_SIZE, demoSizeFor, generateDemoOrganisation, HENDRIKS_TENANT_ID, PEETERS_TENANT_ID, seedDemoOrganisation, seedSampleData, type DemoOrganisation } from '@koers/app';
import { createKoersApp } from '../functions/src/composition';
import { loadConfig } from '../functions/src/config';
import { sampleDirectoryTenant, standInActivityFeed, standInDirectory, startSampleDirectory } from '../functions/src/graph/sampleDirectory';
import { openLocalCosmos } from '../functions/src/cosmos';
import { loopbackOrigins, startFunctionsHost } from '../functions/src/host/localHost';
import { startLocalWebPubSub } from '../functions/src/realtime/localWebPubSub';
import { createWebPubSubPublisher } from '../functions/src/realtime/webPubSub';
import { consoleStyle, createLogger, hostLogger, jsonLinesSink, parseLogLevel } from '../functions/src/telemetry';

const Port = z.coerce.number().int().min(0).max(65535);
const Ports = z.object({
  KOERS_API_PORT: Port.default(7071),
  KOERS_TAB_PORT: Port.default(53000),
  KOERS_COSMOS_PORT: Port.default(8081),
  KOERS_PUBSUB_PORT: Port.default(7072),
});

/**
 * KOERS_SAMPLE_ONBOARDING: sample organisations (hendriks, peeters; comma-separated) Koers should
 * not know at start, so their head (a Global Administrator in the local Graph) can set them up
 * through the onboarding wizard.
 */
function onboardingSamples(value: string | undefined): string[] {
  const names = (value ?? '').split(',').map((n) => n.trim().toLowerCase()).filter(Boolean);
  const known: Record<string, string> = { hendriks: HENDRIKS_TENANT_ID, peeters: PEETERS_TENANT_ID };
  return names.map((name) => {
    const tenantId = known[name];
    if (!tenantId) throw new Error(`KOERS_SAMPLE_ONBOARDING: onbekende voorbeeldorganisatie "${name}" (kies uit hendriks, peeters)`);
    return tenantId;
  });
}

/**
 * KOERS_DEMO_ORG: 1 = the generated demo organisation of a few hundred people (DEMO_SIZE); a
 * number of 20 or more = one of that many employees. Unset or 0: only the sample organisations.
 */
const DemoOrg = z
  .string()
  .trim()
  .regex(/^\d{0,6}$/, 'KOERS_DEMO_ORG: 1, of een aantal medewerkers (20 of meer)')
  .transform((text) => Number(text || '0'))
  .refine((n) => n <= 1 || n >= 20, 'KOERS_DEMO_ORG: 1, of een aantal medewerkers (20 of meer)');

/** The demo organisation asked for, generated from a fixed seed: the same on every start. */
function demoOrganisation(value: string | undefined, now: Date): DemoOrganisation | undefined {
  const employees = DemoOrg.parse(value ?? '');
  if (employees === 0) return undefined;
  return generateDemoOrganisation({ seed: DEMO_SEED, size: employees === 1 ? DEMO_SIZE : demoSizeFor(employees), now });
}

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig(process.env);
  if (config.mode !== 'local') {
    throw new Error('npm start runs the local stack; unset COSMOS_ENDPOINT/KOERS_MODE=azure (Azure uses the Functions runtime).');
  }
  // Structured JSON lines for everything the app and the host log (ids only, see telemetry/redact.ts);
  // the human-readable banner below stays plain text.
  const logger = createLogger(jsonLinesSink(), { level: parseLogLevel(process.env.KOERS_LOG_LEVEL) });
  const ports = Ports.parse(Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== '')));
  const stops: (() => Promise<void>)[] = [];
  let stopping = false;
  const stopAll = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nKoers stopt (${signal}); lokale gegevens worden bewaard…`);
    for (const stop of stops.reverse()) {
      try {
        await stop();
      } catch (error) {
        console.error('Stoppen mislukt:', error);
      }
    }
    process.exit(0);
  };
  process.on('SIGINT', () => void stopAll('SIGINT'));
  process.on('SIGTERM', () => void stopAll('SIGTERM'));

  // The sample organisations arrive through the directory sync below, not a direct seed.
  const cosmos = await openLocalCosmos({ dataDir: config.dataDir, port: ports.KOERS_COSMOS_PORT, seed: false });
  stops.push(() => cosmos.close());

  // The directory: a local Microsoft Graph serving the sample organisations from a file in the
  // data folder; edit it (a new hire, a manager change, a leaver) and press *Nu synchroniseren*.
  const graphLog = logger.child({ component: 'graph' });
  const now = config.clockStart ? new Date(config.clockStart) : new Date();
  const demo = demoOrganisation(process.env.KOERS_DEMO_ORG, now);
  const demoDirectory = demo ? [sampleDirectoryTenant(demo, '5e000000-0000-4000-8000-0000000000d0')] : [];
  const sampleDirectory = await startSampleDirectory(config.dataDir, (message) => graphLog.warn(message), demoDirectory);
  stops.push(() => sampleDirectory.standIn.close());

  // The live canvas: a local stand-in for Azure Web PubSub, spoken to through the real SDK.
  const pubsub = await startLocalWebPubSub({ port: ports.KOERS_PUBSUB_PORT });
  stops.push(() => pubsub.close());
  const realtime = createWebPubSubPublisher({ connectionString: pubsub.connectionString, allowInsecureConnection: true });

  const app = await createKoersApp({
    config,
    database: cosmos.database,
    dataDir: config.dataDir,
    realtime,
    directory: standInDirectory(sampleDirectory.standIn, { appId: config.auth.clientId, log: (event, fields) => graphLog.info(event, fields) }),
    devDirectory: sampleDirectory.standIn,
    // The Teams activity feed: the same local Graph takes the notifications; the tab's bell lists them.
    activityFeed: standInActivityFeed(sampleDirectory.standIn, { log: (event, fields) => graphLog.info(event, fields) }),
    devActivityFeed: sampleDirectory.standIn,
    log: consoleStyle(logger.child({ component: 'app' })),
  });
  stops.push(() => app.close());
  // The sample calendars start from the local clock's "now" (KOERS_CLOCK_START when set).
  const directorySync = app.directorySync;
  if (!directorySync) throw new Error('the local directory sync is not configured');
  const seeded = await seedSampleData(cosmos.stores, now, {
    loadPeople: (tenantId) => directorySync.syncTenant(tenantId),
    leaveForOnboarding: onboardingSamples(process.env.KOERS_SAMPLE_ONBOARDING),
  });
  // The demo organisation's people arrive through the same directory sync; its history through
  // the app's tracked stores, so each round's progress board counts the year that was seeded.
  const demoSeeded = demo ? await seedDemoOrganisation(app.stores, demo, { loadPeople: (tenantId) => directorySync.syncTenant(tenantId) }) : false;
  const requestLog = logger.child({ component: 'http' });
  const host = await startFunctionsHost(app.table, {
    port: ports.KOERS_API_PORT,
    corsOrigins: app.corsOrigins,
    log: hostLogger(logger.child({ component: 'functions' })),
    onRequest: ({ method, route, functionName, status, durationMs, invocationId }) =>
      requestLog[status >= 500 ? 'error' : 'info']('request', { method, route, functionName, status, durationMs, invocationId }),
  });
  stops.push(() => host.close());
  app.setPublicUrl(host.url);
  const apiBase = `http://localhost:${host.port}/api`;

  // KOERS_TAB_DIST: serve a built tab (`npm run build -w tabs`) instead of the dev server; the
  // browser tests do, since a built page loads in a fraction of the time.
  const tabDist = process.env.KOERS_TAB_DIST?.trim() || undefined;
  if (tabDist && !existsSync(path.join(tabDist, 'index.html'))) {
    throw new Error(`KOERS_TAB_DIST=${tabDist} bevat geen gebouwde tab (index.html ontbreekt); bouw hem met npm run build -w tabs.`);
  }
  // vite is ESM-only; the dynamic import keeps this script loadable as CommonJS.
  const { startTabServer } = await import('../tabs/server.js');
  const tab = await startTabServer({
    port: ports.KOERS_TAB_PORT,
    apiBase,
    mode: 'local',
    cacheDir: path.join(config.dataDir, 'vite'),
    ...(tabDist ? { dist: tabDist } : {}),
  });
  // Invitations and chat cards link to the tab where it really listens (KOERS_TAB_PORT, 0 = any).
  app.setTabUrl(tab.url);
  stops.push(() => tab.close());
  // The tab's own origin, exactly: no other local page may call the API.
  host.allowOrigins(loopbackOrigins(tab.url));

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    [
      '',
      `Koers draait lokaal (klaar in ${seconds} s):`,
      `  Tab (persona kiezen):  ${tab.url}`,
      `  Functions-app (API):   ${apiBase}   — ${apiBase}/health, ${apiBase}/openapi.json`,
      `  Bot-endpoint:          ${apiBase}/messages`,
      `  Cosmos (embedded):     ${cosmos.endpoint}`,
      `  Web PubSub (lokaal):   ${pubsub.endpoint}`,
      `  Graph (lokaal):        ${sampleDirectory.standIn.baseUrl} — directory: ${sampleDirectory.file}`,
      `  Gegevens:              ${config.dataDir}`,
      config.clockStart ? `  Klok (KOERS_CLOCK_START): gestart op ${config.clockStart}; verzetten: POST ${apiBase}/dev/clock` : '',
      seeded.seeded.length ? `  Voorbeeldorganisaties aangemaakt (via de directory-synchronisatie): ${seeded.seeded.join(', ')}` : '',
      demo ? `  Demo-organisatie (KOERS_DEMO_ORG): ${demo.organisation.name}, ${demo.people.length} mensen${demoSeeded ? ' — zojuist aangemaakt' : ''}; HR: ${demo.hr.email}` : '',
      'Stoppen: Ctrl-C',
      '',
    ]
      .filter((line) => line !== '')
      .join('\n'),
  );
  console.log(`KOERS_READY ${JSON.stringify({ api: apiBase, tab: tab.url, cosmos: cosmos.endpoint })}`);
}

main().catch((error: unknown) => {
  console.error('Koers kon niet starten:', error instanceof Error ? error.message : error);
  process.exit(1);
});
