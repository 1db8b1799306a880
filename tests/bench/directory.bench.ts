/**
 * Directory sync: the first sync of an organisation of 10,000 people (managers, mailbox settings:
 * some part-time, some without a mailbox) from the local Graph stand-in into embedded Cosmos,
 * through the production adapter (JSON batching for mailbox settings, 20 per request) and use
 * case; then a delta round of 100 changes. Prints the wall time and the Graph requests of each.
 * Targets on this machine: initial ≤ 60 s, delta ≤ 2 s.
 *
 *   npm run bench                                   (all benches)
 *   USERS=1000 npx tsx tests/bench/directory.bench.ts   (a quicker run)
 */
import https from 'node:https';
import { createDirectorySync, SAMPLE_ORGANISATIONS } from '@koers/app';
import { createCosmosClient, ensureSchema } from '../../functions/src/cosmos/client';
import { startEmbeddedCosmos } from '../../functions/src/cosmos/embedded';
import { createCosmosStores } from '../../functions/src/cosmos/stores';
import { createGraphDirectory } from '../../functions/src/graph/directory';
import { standInToken, startDirectoryStandIn, type DirectoryFixture, type FixtureUser } from '../../functions/src/graph/directoryStandIn';
import { record, writeResults } from './stats';

const USERS = Number(process.env.USERS ?? 10_000);
const CHANGES = Number(process.env.CHANGES ?? 100);
const TENANT = '6f1c2a7e-0000-4000-8000-0000000b0e0c';
const INITIAL_TARGET_S = 60;
const DELTA_TARGET_S = 2;

const id = (n: number) => `0b000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const WEEK = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

/** One director, a manager per 50 people, everyone else under a manager; 1 in 10 part-time, 1 in 20 without a mailbox. */
function user(n: number): FixtureUser {
  const managerId = n === 1 ? null : n <= USERS / 50 ? id(1) : id(2 + (n % Math.max(1, Math.floor(USERS / 50) - 1)));
  return {
    id: id(n),
    displayName: `Medewerker ${n}`,
    mail: `medewerker${n}@bench.example`,
    userPrincipalName: `medewerker${n}@bench.example`,
    jobTitle: n <= USERS / 50 ? 'Teamleider' : 'Monteur',
    department: `Afdeling ${n % 12}`,
    preferredLanguage: n % 7 === 0 ? 'nl-BE' : 'nl-NL',
    accountEnabled: true,
    employeeHireDate: '2020-03-01T00:00:00Z',
    managerId,
    mailboxSettings:
      n % 20 === 0
        ? null
        : {
            timeZone: 'W. Europe Standard Time',
            language: { locale: 'nl-NL' },
            workingHours: { daysOfWeek: n % 10 === 0 ? WEEK.slice(0, 4) : WEEK, startTime: '08:00:00.0000000', endTime: '17:00:00.0000000', timeZone: { name: 'W. Europe Standard Time' } },
          },
  };
}

async function main(): Promise<void> {
  const cosmos = await startEmbeddedCosmos({ port: 0 });
  const client = createCosmosClient({ mode: 'local', endpoint: cosmos.endpoint, ca: cosmos.ca });
  const users = Array.from({ length: USERS }, (_, i) => user(i + 1));
  let fixture: DirectoryFixture = { tenants: [{ tenantId: TENANT, servicePrincipalId: id(999_999), users, appRoleAssignments: [] }] };
  const standIn = await startDirectoryStandIn({ load: () => fixture });
  try {
    const database = await ensureSchema(client);
    const stores = createCosmosStores(database);
    await stores.organisations.create({ ...SAMPLE_ORGANISATIONS.hendriks, id: TENANT, tenantId: TENANT, name: 'Bench B.V.' });
    const directory = createGraphDirectory({
      getToken: async (tenantId) => standInToken(tenantId),
      baseUrl: standIn.baseUrl,
      agent: new https.Agent({ ca: standIn.ca, keepAlive: true }),
      appId: '4b0e7a1c-3d2f-4e5a-9b8c-000000000c0e',
    });
    const sync = createDirectorySync({ stores, directory, clock: { now: () => new Date() } });

    const requestsOf = (from: number) => {
      const made = standIn.requests.slice(from);
      return { http: made.filter((r) => !r.inBatch).length, batched: made.filter((r) => r.inBatch).length };
    };
    let started = performance.now();
    const initial = await sync.syncTenant(TENANT);
    const initialS = (performance.now() - started) / 1000;
    const initialRequests = requestsOf(0);

    // A hundred changes: new hires, job titles, manager changes, leavers.
    const mark = standIn.requests.length;
    const quarter = Math.floor(CHANGES / 4);
    const changed = users.map((u, i) => {
      if (i >= 100 && i < 100 + quarter) return { ...u, jobTitle: 'Senior monteur' };
      if (i >= 200 && i < 200 + quarter) return { ...u, managerId: id(1) };
      if (i >= 300 && i < 300 + quarter) return { ...u, accountEnabled: false };
      return u;
    });
    const hires = Array.from({ length: CHANGES - 3 * quarter }, (_, i) => user(USERS + 1 + i));
    fixture = { tenants: [{ tenantId: TENANT, servicePrincipalId: id(999_999), users: [...changed, ...hires], appRoleAssignments: [] }] };
    started = performance.now();
    const delta = await sync.syncTenant(TENANT);
    const deltaS = (performance.now() - started) / 1000;
    const deltaRequests = requestsOf(mark);

    const fmt = (n: number, d = 1) => n.toFixed(d);
    console.log(`initial sync              ${USERS} people in ${fmt(initialS, 2)} s (target ≤ ${INITIAL_TARGET_S} s): ${initial.added} added, ${initial.pages} pages, ${initial.withoutMailbox} without a mailbox`);
    console.log(`  Graph requests          ${initialRequests.http} HTTP requests (${initialRequests.batched} of them inside $batch, 20 per request)`);
    console.log(`delta of ${CHANGES} changes       ${fmt(deltaS, 2)} s (target ≤ ${DELTA_TARGET_S} s): ${delta.added} added, ${delta.updated} changed, ${delta.left} left`);
    console.log(`  Graph requests          ${deltaRequests.http} HTTP requests (${deltaRequests.batched} of them inside $batch)`);
    record({ name: 'directory: initial sync', unit: 's', value: initialS });
    record({ name: 'directory: initial sync, people', unit: 'people', value: initial.added });
    record({ name: 'directory: initial sync, Graph requests', unit: 'requests', value: initialRequests.http });
    record({ name: 'directory: initial sync, requests inside $batch', unit: 'requests', value: initialRequests.batched });
    record({ name: 'directory: delta of 100 changes', unit: 's', value: deltaS });
    record({ name: 'directory: delta, Graph requests', unit: 'requests', value: deltaRequests.http });
    writeResults('directory');
    if (initial.added !== USERS || delta.added + delta.updated + delta.left !== CHANGES) process.exitCode = 1;
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
