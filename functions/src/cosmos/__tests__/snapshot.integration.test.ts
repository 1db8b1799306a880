import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createCosmosClient, ensureSchema } from '../client';
import { startEmbeddedCosmos } from '../embedded';
import { restoreSnapshot, saveSnapshot, SnapshotFileError, startSnapshotSchedule } from '../snapshot';
import { createCosmosStores } from '../stores';
import { conversation, guid, person, reminder } from '@koers/app/src/testing/storeFixtures';

/** Two tenants with deliberately overlapping data: same people ids, same conversation ids. */
const TENANT_A = 'aaaaaaaa-0000-4000-8000-000000000001';
const TENANT_B = 'bbbbbbbb-0000-4000-8000-000000000002';

/** A server + client + stores that a test can stop and replace, like a restart of `npm start`. */
async function startLocal() {
  const server = await startEmbeddedCosmos({ port: 0 });
  const client = createCosmosClient({ mode: 'local', endpoint: server.endpoint, ca: server.ca });
  const database = await ensureSchema(client);
  return {
    database,
    stores: createCosmosStores(database),
    async stop() {
      client.dispose();
      await server.close();
    },
  };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'koers-snapshot-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('local data across a restart', () => {
  it('comes back the same after snapshot, a new server and restore', async () => {
    const file = path.join(dir, 'restart.json');
    const first = await startLocal();
    const created = await first.stores.people.create(person(TENANT_A, 1, { displayName: 'Sanne Bakker' }));
    await first.stores.people.replace({ ...created.value, jobTitle: 'Monteur' }, created.etag);
    await first.stores.people.create(person(TENANT_B, 1, { displayName: 'Wout Claes' }));
    await first.stores.conversations.create(conversation(TENANT_A, guid(1), 'g-1', { start: '2026-03-02T09:00:00+01:00' }));
    await first.stores.reminders.create(reminder(TENANT_A, 'r-1', '2026-03-02T06:00:00.000Z'));
    const saved = await saveSnapshot(first.database, file);
    await first.stop();

    const second = await startLocal();
    try {
      await expect(second.stores.people.get(TENANT_A, guid(1))).resolves.toBeUndefined();
      const restored = await restoreSnapshot(second.database, file);

      expect(restored?.documents).toBe(saved.documents);
      // Two people, the conversation and the claim on its id (recordIds), the reminder.
      expect(saved.documents).toBe(5);
      expect((await second.stores.people.get(TENANT_A, guid(1)))?.value).toEqual(
        person(TENANT_A, 1, { displayName: 'Sanne Bakker', jobTitle: 'Monteur' }),
      );
      expect((await second.stores.people.listTenant(TENANT_B)).items.map((p) => p.displayName)).toEqual(['Wout Claes']);
      // Derived keys came back too: the partition-scoped and range queries still find the data.
      expect((await second.stores.conversations.listForEmployee(TENANT_A, guid(1))).items.map((c) => c.id)).toEqual(['g-1']);
      expect((await second.stores.reminders.listDue(TENANT_A, '2026-03-02', '2026-03-02T23:59:59.000Z')).items.map((r) => r.id)).toEqual(['r-1']);
      expect((await second.stores.people.findByEmail(TENANT_A, 'PERSOON1@AAAAAAAA.example'))?.value.id).toBe(guid(1));
    } finally {
      await second.stop();
    }
  });

  it('writes no Cosmos system properties into the file', async () => {
    const file = path.join(dir, 'clean.json');
    const local = await startLocal();
    try {
      await local.stores.people.create(person(TENANT_A, 2));
      await saveSnapshot(local.database, file);
    } finally {
      await local.stop();
    }
    const text = await readFile(file, 'utf8');

    expect(text).toContain(guid(2));
    expect(text).not.toMatch(/"_(rid|self|etag|ts|attachments)"/);
  });

  it('treats a missing snapshot as a first start', async () => {
    const local = await startLocal();
    try {
      await expect(restoreSnapshot(local.database, path.join(dir, 'does-not-exist.json'))).resolves.toBeUndefined();
    } finally {
      await local.stop();
    }
  });

  it('refuses a corrupt snapshot with a clear error and leaves the file as it was', async () => {
    const file = path.join(dir, 'corrupt.json');
    const corrupt = '{"format":"koers-cosmos-snapshot","version":1,"containers":{"people":[{"id":"x"'; // cut off mid-write
    await writeFile(file, corrupt);
    const local = await startLocal();
    try {
      await expect(restoreSnapshot(local.database, file)).rejects.toThrow(SnapshotFileError);
      await expect(restoreSnapshot(local.database, file)).rejects.toThrow(/left untouched/);
      // Nor may a save schedule start over it: that would replace the user's data with nothing.
      await expect(startSnapshotSchedule(local.database, file, 1000)).rejects.toThrow(SnapshotFileError);
    } finally {
      await local.stop();
    }
    expect(await readFile(file, 'utf8')).toBe(corrupt);
  });

  it('refuses valid JSON that is not a Koers snapshot, without touching it', async () => {
    const file = path.join(dir, 'other.json');
    await writeFile(file, '{"hello":"world"}');
    const local = await startLocal();
    try {
      await expect(restoreSnapshot(local.database, file)).rejects.toThrow(/not a Koers snapshot/);
    } finally {
      await local.stop();
    }
    expect(await readFile(file, 'utf8')).toBe('{"hello":"world"}');
  });
});

describe('the snapshot schedule', () => {
  it('saves only when the data changed, and once more when stopped', async () => {
    const file = path.join(dir, 'schedule.json');
    const local = await startLocal();
    try {
      // A long interval: the test drives the saves through flush and stop.
      const schedule = await startSnapshotSchedule(local.database, file, 60_000);
      await local.stores.people.create(person(TENANT_A, 3));
      await schedule.flush();
      const firstSave = await readFile(file, 'utf8');

      await schedule.flush();
      expect(await readFile(file, 'utf8')).toBe(firstSave); // unchanged data: no rewrite (savedAt would differ)

      await local.stores.people.create(person(TENANT_A, 4));
      await schedule.stop();
      const last = await readFile(file, 'utf8');
      expect(last).not.toBe(firstSave);
      expect(last).toContain(guid(4));
      await schedule.stop(); // a second stop is harmless
    } finally {
      await local.stop();
    }
  });

  it('saves on its own on every interval in which something changed', async () => {
    const file = path.join(dir, 'interval.json');
    const local = await startLocal();
    try {
      const schedule = await startSnapshotSchedule(local.database, file, 50);
      await local.stores.people.create(person(TENANT_A, 5));
      const deadline = Date.now() + 5000;
      let text = '';
      while (Date.now() < deadline && !text.includes(guid(5))) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        text = await readFile(file, 'utf8').catch(() => '');
      }
      await schedule.stop();

      expect(text).toContain(guid(5));
    } finally {
      await local.stop();
    }
  });
});
