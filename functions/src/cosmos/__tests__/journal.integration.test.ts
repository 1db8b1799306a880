import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Database } from '@azure/cosmos';
import { JournalFileError } from '../journal';
import { openLocalCosmos } from '../local';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'koers-journal-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const organisations = (local: { database: Database }) => local.database.container('organisations');
const entry = (id: string, value: number) => JSON.stringify({ op: 'put', coll: 'organisations', doc: { id, tenantId: 't-1', value } });

describe('the write journal of local mode', () => {
  it('replays the writes of a crashed run and skips the last line the crash cut off', async () => {
    const torn = entry('half', 3).slice(0, 30);
    await writeFile(path.join(dataDir, 'cosmos-journal.1.jsonl'), `${entry('a', 1)}\n${entry('b', 2)}\n${JSON.stringify({ op: 'delete', coll: 'organisations', id: 'b', partitionKey: 't-1' })}\n${torn}`);

    const local = await openLocalCosmos({ dataDir, seed: false, snapshotIntervalMs: 60_000 });
    try {
      const { resources } = await organisations(local).items.query<{ id: string }>('SELECT c.id FROM c').fetchAll();
      expect(resources.map((d) => d.id)).toEqual(['a']);
      // Compacted at once: the snapshot holds the replayed writes and the old journal is gone.
      expect(await readFile(path.join(dataDir, 'cosmos-snapshot.json'), 'utf8')).toContain('"id":"a"');
      const journals = (await readdir(dataDir)).filter((f) => f.startsWith('cosmos-journal.'));
      const left = await Promise.all(journals.map((f) => readFile(path.join(dataDir, f), 'utf8')));
      expect(left.join('')).toBe('');
    } finally {
      await local.close();
    }
  });

  it('refuses to start over a journal damaged before its end, and leaves it as it was', async () => {
    const damaged = `${entry('a', 1)}\nnot json\n${entry('b', 2)}\n`;
    const file = path.join(dataDir, 'cosmos-journal.4.jsonl');
    await writeFile(file, damaged);

    await expect(openLocalCosmos({ dataDir, seed: false })).rejects.toThrow(JournalFileError);
    expect(await readFile(file, 'utf8')).toBe(damaged);
  });

  it('has every write on disk before answering, and leaves only the snapshot after a clean close', async () => {
    const local = await openLocalCosmos({ dataDir, seed: false, snapshotIntervalMs: 60_000 });
    await organisations(local).items.create({ id: 'c', tenantId: 't-1', value: 1 });
    const journals = (await readdir(dataDir)).filter((f) => f.startsWith('cosmos-journal.'));
    const onDisk = await Promise.all(journals.map((f) => readFile(path.join(dataDir, f), 'utf8')));
    expect(onDisk.join('')).toContain('"id":"c"');

    await local.close();
    expect((await readdir(dataDir)).filter((f) => f.startsWith('cosmos-journal.'))).toEqual([]);
    expect(await readFile(path.join(dataDir, 'cosmos-snapshot.json'), 'utf8')).toContain('"id":"c"');
  });
});
