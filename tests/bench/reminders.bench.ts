/**
 * Reminder dispatch: N due reminders for one tenant (one per person, so N bundles)
 * dispatched through the production transport (botbuilder ConnectorClient) against a local Bot
 * Connector stand-in that enforces Teams' limits (429 above 50/s per tenant or 7/s per chat).
 * Reports the achieved rate as a share of the 50 rps ceiling, 429s received, duplicates and lost
 * reminders (both must be 0), and the p50/p95 of one send's round trip. Then the sending path
 * alone (limiter + transport + stand-in, no storage) for the share of the ceiling it reaches.
 *
 *   npm run bench                     (all benches; 10,000 reminders, the load to carry)
 *   REMINDERS=1000 npx tsx tests/bench/reminders.bench.ts   (a quicker run)
 */
import { createCosmosClient, ensureSchema } from '../../functions/src/cosmos/client';
import { startEmbeddedCosmos } from '../../functions/src/cosmos/embedded';
import { createDispatchStore } from '../../functions/src/cosmos/repositories/dispatch';
import { createCosmosStores } from '../../functions/src/cosmos/stores';
import { createBotConnectorClient } from '../../functions/src/botConnector/connectorClient';
import { createReminderDispatcher } from '../../functions/src/reminders/dispatcher';
import { CONVERSATION_WINDOWS, RateLimiter, TENANT_WINDOWS } from '../../functions/src/reminders/rateLimiter';
import type { ReminderTransport } from '../../functions/src/reminders/transport';
import { maxPerSecond, startConnectorStandIn } from '../../functions/src/reminders/__tests__/connectorStandIn';
import { FakeClock, seedTenant } from '../../functions/src/reminders/__tests__/dispatchKit';
import { percentile, record, writeResults } from './stats';

const COUNT = Number(process.env.REMINDERS ?? 10000);
const CEILING_RPS = 50;
const PATH_SENDS = Number(process.env.PATH_SENDS ?? 500);

async function main(): Promise<void> {
  const cosmos = await startEmbeddedCosmos({ port: 0 });
  const client = createCosmosClient({ mode: 'local', endpoint: cosmos.endpoint, ca: cosmos.ca });
  const standIn = await startConnectorStandIn({ enforceTeamsLimits: true });
  try {
    const database = await ensureSchema(client);
    const stores = createCosmosStores(database);
    const clock = new FakeClock(Date.parse('2026-03-09T08:00:00.000Z')); // Monday 09:00 in Amsterdam
    const seedStarted = performance.now();
    const seeded = await seedTenant(stores, standIn, { people: COUNT, dueAt: '2026-03-09T07:00:00.000Z' });
    const seedMs = performance.now() - seedStarted;

    const inner = createBotConnectorClient({ tokens: async () => undefined });
    const roundTrips: number[] = [];
    const timed: ReminderTransport = {
      async send(reference, activity) {
        const t0 = performance.now();
        try {
          return await inner.send(reference, activity);
        } finally {
          roundTrips.push(performance.now() - t0);
        }
      },
    };
    const dispatcher = createReminderDispatcher({
      stores, dispatch: createDispatchStore(database), transport: timed, clock, links: { tabUrl: 'http://localhost:53000' }, concurrency: Number(process.env.CONCURRENCY ?? 32), maxPerRun: COUNT * 2,
    });

    const started = performance.now();
    const summary = await dispatcher.run();
    const seconds = (performance.now() - started) / 1000;

    const sentStates = await Promise.all(seeded.reminders.map((r) => stores.reminders.get(seeded.tenantId, r.dueAt, r.id)));
    const lost = sentStates.filter((s) => s?.value.state !== 'sent').length;
    const markers = standIn.deliveries.map((d) => d.marker);
    const duplicates = markers.length - new Set(markers).size;
    const rate = standIn.deliveries.length / seconds;
    const fmt = (n: number, d = 1) => n.toFixed(d);
    console.log(`reminders dispatched      ${COUNT} (${summary.bundles} bundles; seeding took ${fmt(seedMs / 1000)} s)`);
    console.log(`wall time                 ${fmt(seconds, 2)} s`);
    const sends = standIn.deliveries.map((d) => d.at);
    const firstAfter = ((sends[0] ?? 0) - (started + performance.timeOrigin)) / 1000;
    const steady = sends.length > 1 ? (sends.length - 1) / (((sends.at(-1) ?? 0) - (sends[0] ?? 0)) / 1000) : 0;
    console.log(`first send after          ${fmt(firstAfter, 2)} s; from first to last send ${fmt(steady)} msg/s = ${fmt((100 * steady) / CEILING_RPS)} %`);
    console.log(`achieved rate             ${fmt(rate)} msg/s = ${fmt((100 * rate) / CEILING_RPS)} % of the ${CEILING_RPS} rps ceiling`);
    console.log(`429s received             ${standIn.tooManyRequests}`);
    console.log(`duplicates / lost         ${duplicates} / ${lost}`);
    console.log(`send round trip p50/p95   ${fmt(percentile(roundTrips, 50), 2)} / ${fmt(percentile(roundTrips, 95), 2)} ms`);
    record({ name: 'reminders dispatched', unit: 'reminders', value: COUNT });
    record({ name: 'reminders: wall time', unit: 's', value: seconds });
    record({ name: 'reminders: first send after', unit: 's', value: firstAfter });
    record({ name: 'reminders: rate from first to last send', unit: 'msg/s', value: steady });
    record({ name: 'reminders: achieved rate', unit: 'msg/s', value: rate });
    record({ name: 'reminders: achieved rate, share of the ceiling', unit: '%', value: (100 * rate) / CEILING_RPS });
    record({ name: 'reminders: 429s received', unit: 'responses', value: standIn.tooManyRequests });
    record({ name: 'reminders: duplicates', unit: 'messages', value: duplicates });
    record({ name: 'reminders: lost', unit: 'reminders', value: lost });
    const p50 = percentile(roundTrips, 50);
    record({ name: 'reminders: send round trip', unit: 'ms', value: p50, p50, p95: percentile(roundTrips, 95), samples: roundTrips.length });

    // The sending path alone (rate limiter + botbuilder transport + stand-in, no Cosmos): shows
    // what the limiter allows when storage is not the bottleneck.
    const limiter = new RateLimiter();
    const before = { delivered: standIn.deliveries.length, limited: standIn.tooManyRequests };
    const activity = { type: 'message' as const, attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', body: [] } }] };
    let next = 0;
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        while (next < PATH_SENDS) {
          const i = next++;
          const settle = await limiter.acquire([{ key: 'tenant', windows: TENANT_WINDOWS }, { key: `chat-${i}`, windows: CONVERSATION_WINDOWS }]);
          await inner.send({ serviceUrl: standIn.serviceUrl, conversation: { id: `a:path-${i}` } }, activity).finally(settle);
        }
      }),
    );
    // Arrivals over the time between the first and the last one: a first-second burst, if the
    // limiter ever let one through, is not credited as a rate.
    const pathDeliveries = standIn.deliveries.slice(before.delivered);
    const span = ((pathDeliveries.at(-1)?.at ?? 0) - (pathDeliveries[0]?.at ?? 0)) / 1000;
    const pathRate = span > 0 ? (pathDeliveries.length - 1) / span : 0;
    const busiest = maxPerSecond(pathDeliveries);
    console.log(`sending path alone        ${fmt(pathRate)} msg/s sustained = ${fmt((100 * pathRate) / CEILING_RPS)} % of the ceiling; busiest second ${busiest}; ${standIn.tooManyRequests - before.limited} 429s (${PATH_SENDS} sends)`);
    record({ name: 'sending path alone: sustained rate', unit: 'msg/s', value: pathRate });
    record({ name: 'sending path alone: busiest second', unit: 'msg', value: busiest });
    record({ name: 'sending path alone: 429s received', unit: 'responses', value: standIn.tooManyRequests - before.limited });
    writeResults('reminders');
    if (duplicates > 0 || lost > 0) process.exitCode = 1;
  } finally {
    await standIn.close();
    client.dispose();
    await cosmos.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
