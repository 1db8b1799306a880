/**
 * HR's progress board at the size of a large customer: 10,000 employees under 1,000 managers in 40
 * departments, with a year of conversations (last year's round held, this round's partly planned,
 * prepared and held), on the embedded Cosmos server, through the whole local stack. Measures the
 * board's first paint as the tab makes it — GET /api/progress, then the round's counts, then the
 * first page of people — and how long one booking takes to move the board. Target: first paint
 * ≤ 1 s p95 on this machine. The summaries are seeded through the stores' write paths (the
 * tracker's own rules, computed in memory), not by replaying every booking.
 *
 *   npm run bench                                                   (all benches)
 *   EMPLOYEES=1000 MANAGERS=100 npx tsx tests/bench/progress.bench.ts   (a quicker run)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SAMPLE_ORGANISATIONS } from '@koers/app';
import { runningRound } from '@koers/app/src/testing/roundFixtures';
import { DevTokenResponse } from '@koers/contracts';
import {
  countInCell,
  derivePersonProgress,
  emptyCell,
  KOERS_APP_ROLES,
  personProgressId,
  progressCellId,
  type Conversation,
  type Person,
  type PersonProgress,
  type ProgressCell,
} from '@koers/domain';
import { createKoersApp } from '../../functions/src/composition';
import { loadConfig } from '../../functions/src/config';
import { createCosmosClient, ensureSchema } from '../../functions/src/cosmos/client';
import { startEmbeddedCosmos } from '../../functions/src/cosmos/embedded';
import { createCosmosStores } from '../../functions/src/cosmos/stores';
import { startFunctionsHost } from '../../functions/src/host/localHost';
import { measure, recordTimes, writeResults } from './stats';

const EMPLOYEES = Number(process.env.EMPLOYEES ?? 10_000);
const MANAGERS = Number(process.env.MANAGERS ?? 1_000);
const DEPARTMENTS = Number(process.env.DEPARTMENTS ?? 40);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 40);
const BOOKINGS = Number(process.env.BOOKINGS ?? 10);
const WRITERS = 16;
const TARGET_MS = 1_000;

const TENANT = '6f1c2a7e-0000-4000-8000-0000000b0a4d';
const ROUND = 'voorjaar-2027';
const NOW = new Date('2027-03-01T09:00:00.000Z');
const id = (n: number) => `0b0a0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const HR_ID = id(0);

function person(n: number): Person {
  const isManager = n <= MANAGERS;
  // Managers report to the first manager of their department; employees spread over the managers.
  const department = `Afdeling ${String(((isManager ? n : n % MANAGERS) % DEPARTMENTS) + 1).padStart(2, '0')}`;
  const managerId = n === 1 ? undefined : isManager ? id(1 + ((n - 1) % DEPARTMENTS)) : id(1 + (n % MANAGERS));
  return {
    id: id(n),
    tenantId: TENANT,
    displayName: `${isManager ? 'Leidinggevende' : 'Medewerker'} ${n}`,
    email: `m${n}@bench.example`,
    ...(managerId && managerId !== id(n) ? { managerId } : {}),
    department,
    locale: 'nl-NL',
    timeZone: 'Europe/Amsterdam',
    workingHours: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' },
  };
}

/** Last spring's conversation, held; and in this round: nothing, planned, or held (a few in every state). */
function conversationsOf(p: Person, n: number): Conversation[] {
  const at = (iso: string) => ({ createdAt: iso, updatedAt: iso });
  const base = { tenantId: TENANT, employeeId: p.id, managerId: p.managerId ?? id(1), kind: 'loopbaangesprek' as const };
  const last: Conversation = { ...base, id: `c-${n}-2026`, status: 'gehouden', start: '2026-03-10T09:00:00.000Z', end: '2026-03-10T10:00:00.000Z', ...at('2026-02-20T09:00:00.000Z') };
  const phase = n % 4;
  if (phase === 0) return [last];
  const start = phase === 1 ? '2027-03-20T09:00:00.000Z' : '2027-02-15T09:00:00.000Z';
  const end = start.replace('T09', 'T10');
  return [last, { ...base, id: `c-${n}-2027`, status: phase === 3 ? 'gehouden' : 'gepland', start, end, ...at('2027-02-02T09:00:00.000Z') }];
}

async function inBatches<T>(items: readonly T[], write: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      for (let i = next++; i < items.length; i = next++) await write(items[i] as T);
    }),
  );
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-bench-progress-'));
  const cosmos = await startEmbeddedCosmos({ port: 0 });
  const client = createCosmosClient({ mode: 'local', endpoint: cosmos.endpoint, ca: cosmos.ca });
  try {
    const database = await ensureSchema(client);
    const stores = createCosmosStores(database);
    const round = runningRound({ id: ROUND, tenantId: TENANT, name: 'Voorjaarsronde 2027', period: { from: '2027-02-01', to: '2027-04-30' }, createdBy: HR_ID, createdAt: '2027-01-15T09:00:00.000Z' });

    const started = performance.now();
    await stores.organisations.create({ ...SAMPLE_ORGANISATIONS.hendriks, id: TENANT, tenantId: TENANT, name: 'Bench B.V.' });
    const hr: Person = { ...person(EMPLOYEES + 1), id: HR_ID, displayName: 'HR Bench', email: 'hr@bench.example', department: 'HR' };
    delete hr.managerId;
    await stores.people.create(hr);
    await stores.roleAssignments.upsert({ id: 'bench-hr', tenantId: TENANT, principalId: HR_ID, appRoleId: KOERS_APP_ROLES.find((r) => r.role === 'hr')?.id ?? '' });
    const people = Array.from({ length: EMPLOYEES }, (_, i) => person(i + 1));
    await inBatches(people, (p) => stores.people.create(p));
    const conversations = people.map((p, i) => conversationsOf(p, i + 1));
    await inBatches(conversations.flat(), (c) => stores.conversations.create(c));
    await stores.rounds.create(round);

    // The summaries as the tracker writes them, from the same rules, and their count cells.
    const names = new Map(people.map((p) => [p.id, p.displayName]));
    const cells = new Map<string, ProgressCell>();
    const summaries: PersonProgress[] = people.flatMap((p, i) => {
      if (!p.managerId) return [];
      const derived = derivePersonProgress({ round, timeZone: 'Europe/Amsterdam', exempt: (i + 1) % 50 === 0, conversations: conversations[i] ?? [], preparedConversationIds: new Set(), pops: [], now: NOW });
      const summary: PersonProgress = {
        id: personProgressId(ROUND, p.id),
        tenantId: TENANT,
        roundId: ROUND,
        personId: p.id,
        displayName: p.displayName,
        ...(p.department ? { department: p.department } : {}),
        managerId: p.managerId,
        ...(names.get(p.managerId) ? { managerName: names.get(p.managerId) } : {}),
        status: derived.status,
        ...(derived.heldFrom ? { heldFrom: derived.heldFrom } : {}),
        dates: derived.dates,
        updatedAt: NOW.toISOString(),
      };
      const cellId = progressCellId(ROUND, summary);
      const cell = cells.get(cellId) ?? emptyCell({ id: cellId, tenantId: TENANT, roundId: ROUND, department: summary.department, managerId: summary.managerId, managerName: summary.managerName, updatedAt: summary.updatedAt });
      cells.set(cellId, countInCell(cell, summary, 1));
      return [summary];
    });
    await inBatches(summaries, (s) => stores.roundProgress.create(s));
    await inBatches([...cells.values()], (c) => stores.roundProgress.createCell(c));
    const seedS = (performance.now() - started) / 1000;

    const config = loadConfig({ KOERS_DATA_DIR: dataDir, KOERS_CLOCK_START: NOW.toISOString() });
    const app = await createKoersApp({ config, database, dataDir, quotas: 'off' });
    const host = await startFunctionsHost(app.table, { port: 0, corsOrigins: app.corsOrigins, log: () => undefined });
    app.setPublicUrl(host.url);
    try {
      const token = DevTokenResponse.parse(
        await (await fetch(`${host.apiUrl}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: hr.email }) })).json(),
      ).accessToken;
      const get = async (pathBelowApi: string) => {
        const response = await fetch(`${host.apiUrl}${pathBelowApi}`, { headers: { authorization: `Bearer ${token}` } });
        if (response.status !== 200) throw new Error(`GET ${pathBelowApi} answered ${response.status}: ${await response.text()}`);
        const body: unknown = await response.json();
        return body;
      };
      // What the tab asks, in its order: the rounds, the round's counts, the first page of people.
      const firstPaint = async () => {
        await get('/progress');
        await get(`/progress/${ROUND}`);
        await get(`/progress/${ROUND}/people?maxItems=50`);
      };
      const board = (await get(`/progress/${ROUND}`)) as { total: Record<string, number>; departments: unknown[]; managers: unknown[] };
      await measure(3, firstPaint);
      const paint = recordTimes(`progress board first paint (${EMPLOYEES} employees, ${MANAGERS} managers, ${DEPARTMENTS} departments)`, await measure(ITERATIONS, firstPaint));
      const counts = recordTimes('progress board: counts only', await measure(ITERATIONS, () => get(`/progress/${ROUND}`).then(() => undefined)));
      const filtered = recordTimes('progress board: people filtered by status and department', await measure(ITERATIONS, () => get(`/progress/${ROUND}/people?status=gepland&department=${encodeURIComponent('Afdeling 07')}`).then(() => undefined)));

      // One booking through the app's stores moves one person and their cell.
      let booked = 0;
      const book = async () => {
        const n = 4 * (booked++ + 1) + MANAGERS;
        const p = people[n - 1];
        if (!p) return;
        await app.stores.conversations.create({ id: `bench-booking-${n}`, tenantId: TENANT, employeeId: p.id, managerId: p.managerId ?? id(1), kind: 'loopbaangesprek', status: 'gepland', start: '2027-03-25T09:00:00.000Z', end: '2027-03-25T10:00:00.000Z', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() });
      };
      const update = recordTimes('progress board: one booking moves the board (write + recount)', await measure(BOOKINGS, book));

      const fmt = (n: number) => n.toFixed(1).padStart(9);
      console.log(`seeded ${EMPLOYEES} people, ${conversations.flat().length} conversations, ${summaries.length} summaries in ${cells.size} cells in ${seedS.toFixed(1)} s`);
      console.log(`board: ${board.departments.length} departments, ${board.managers.length} managers, total ${JSON.stringify(board.total)}`);
      console.log(`${'what'.padEnd(64)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}`);
      for (const row of [paint, counts, filtered, update]) console.log(`${row.label.padEnd(64)}${fmt(row.p50)}${fmt(row.p95)}`);
      console.log(`first paint p95 ${paint.p95.toFixed(0)} ms (target ≤ ${TARGET_MS} ms)`);
      writeResults('progress');
      if (board.departments.length !== DEPARTMENTS) process.exitCode = 1;
    } finally {
      await host.close();
      await app.close();
    }
  } finally {
    client.dispose();
    await cosmos.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
