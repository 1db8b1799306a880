/**
 * HR's insight for an organisation of 10,000 employees (1,000 managers, 40 departments) with a
 * year of conversation rounds: the generated demo organisation written into embedded Cosmos
 * through the stores, then the insight page's reads through the API (the rounds, one closed
 * round's figures, the named talent list). Prints the seed time and p50/p95 of each read; target
 * p95 ≤ 1 s on this machine.
 *
 *   npx tsx tests/bench/insight.bench.ts                 (10,000 employees)
 *   EMPLOYEES=1000 npx tsx tests/bench/insight.bench.ts  (a quicker run)
 */
import { BENCH_SIZE, createInsightService, demoSizeFor, generateDemoOrganisation, seedDemoOrganisation } from '@koers/app';
import type { Actor } from '@koers/domain';
import { createCosmosClient, ensureSchema } from '../../functions/src/cosmos/client';
import { startEmbeddedCosmos } from '../../functions/src/cosmos/embedded';
import { createCosmosStores } from '../../functions/src/cosmos/stores';
import { percentile, record, recordTimes, writeResults } from './stats';

const EMPLOYEES = Number(process.env.EMPLOYEES ?? BENCH_SIZE.employees);
const READS = Number(process.env.READS ?? 30);
const TARGET_MS = 1000;

async function timed(reads: number, read: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < reads; i++) {
    const t0 = performance.now();
    await read();
    times.push(performance.now() - t0);
  }
  return times;
}

async function main(): Promise<void> {
  const cosmos = await startEmbeddedCosmos({ port: 0 });
  const client = createCosmosClient({ mode: 'local', endpoint: cosmos.endpoint, ca: cosmos.ca });
  try {
    const stores = createCosmosStores(await ensureSchema(client));
    const size = EMPLOYEES === BENCH_SIZE.employees ? BENCH_SIZE : demoSizeFor(EMPLOYEES);
    const generateStarted = performance.now();
    const demo = generateDemoOrganisation({ seed: 1, size, now: new Date() });
    const generateMs = performance.now() - generateStarted;
    const seedStarted = performance.now();
    await seedDemoOrganisation(stores, demo, { concurrency: 64 });
    const seedMs = performance.now() - seedStarted;

    const insight = createInsightService({ stores, clock: { now: () => new Date() } });
    const hr: Actor = { ...demo.hr, roles: ['hr'] };
    const round = demo.rounds[demo.rounds.length - 1]?.id ?? '';
    const rounds = await timed(READS, () => insight.rounds(hr));
    const figures = await timed(READS, () => insight.insight(hr, round, { columns: 'soort' }));
    const named = await timed(READS, () => insight.namedTalent(hr));
    const fmt = (n: number) => n.toFixed(1);
    console.log(`organisation              ${demo.people.length} people, ${demo.conversations.length} conversations, ${demo.pops.length} agreed plans`);
    console.log(`generated / written in    ${fmt(generateMs / 1000)} s / ${fmt(seedMs / 1000)} s`);
    for (const [name, times] of [['rounds', rounds], ['one round', figures], ['named talent', named]] as const) {
      console.log(`${name.padEnd(26)}p50 ${fmt(percentile(times, 50))} ms, p95 ${fmt(percentile(times, 95))} ms (target ≤ ${TARGET_MS} ms)`);
      recordTimes(`insight: ${name}`, times);
    }
    record({ name: 'insight: demo organisation written', unit: 's', value: seedMs / 1000 });
    writeResults('insight');
  } finally {
    client.dispose();
    await cosmos.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
