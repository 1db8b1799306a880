import { expect } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HENDRIKS_TENANT_ID, SAMPLE_PEOPLE } from '@koers/app';
import { openLocalCosmos } from '../local';
import { SnapshotFileError } from '../snapshot';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'koers-local-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('local mode across a restart', () => {
  it('keeps what a user changed after close and reopen, and does not seed over it', async () => {
    const first = await openLocalCosmos({ dataDir, snapshotIntervalMs: 60_000 });
    expect(first.seeded?.seeded).toHaveLength(2);
    const sanne = await first.stores.people.get(HENDRIKS_TENANT_ID, SAMPLE_PEOPLE.sanne.id);
    if (!sanne) throw new Error('sample data missing');
    await first.stores.people.replace({ ...sanne.value, jobTitle: 'Eerste monteur' }, sanne.etag);
    await first.close();

    const second = await openLocalCosmos({ dataDir, snapshotIntervalMs: 60_000 });
    try {
      expect(second.seeded).toEqual({ seeded: [], skipped: expect.arrayContaining([HENDRIKS_TENANT_ID]) });
      expect((await second.stores.people.get(HENDRIKS_TENANT_ID, SAMPLE_PEOPLE.sanne.id))?.value.jobTitle).toBe('Eerste monteur');
      expect((await second.stores.people.listTenant(HENDRIKS_TENANT_ID)).items).toHaveLength(8);
    } finally {
      await second.close();
    }
  });

  it('refuses to start over an unreadable snapshot and leaves it alone', async () => {
    const file = path.join(dataDir, 'cosmos-snapshot.json');
    await writeFile(file, 'kapot');

    await expect(openLocalCosmos({ dataDir })).rejects.toThrow(SnapshotFileError);
    expect(await readFile(file, 'utf8')).toBe('kapot');
  });
});
