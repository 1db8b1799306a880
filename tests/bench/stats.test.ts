import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BenchResults, describeCommit, mergeFigures, percentile, record, recordedFigures, recordTimes, writeResults, type RunInfo } from './stats';

describe('benchmark percentiles', () => {
  it('takes the nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
  });
  it('refuses an empty sample', () => expect(() => percentile([], 50)).toThrow('no samples'));
});

const run = (bench: string, ranAt = '2026-05-04T10:00:00.000Z'): RunInfo => ({ bench, commit: 'abc123', node: 'v20.20.2', cores: 2, ranAt });

describe('recording figures', () => {
  it('records a timing in ms with its p50 as the value, and how many samples it has', () => {
    const row = recordTimes('GET /api/me', [3, 1, 2, 4]);
    expect(row).toEqual({ label: 'GET /api/me', p50: 2, p95: 4 });
    expect(recordedFigures()).toContainEqual({ name: 'GET /api/me', unit: 'ms', value: 2, p50: 2, p95: 4, samples: 4 });
  });

  it('refuses a second figure of the same name, since names are the keys of the report', () => {
    record({ name: 'wall time', unit: 's', value: 1 });
    expect(() => record({ name: 'wall time', unit: 's', value: 2 })).toThrow('figure recorded twice: wall time');
  });
});

describe('the bench report', () => {
  it('keeps each bench’s figures with the run that measured them', () => {
    const afterApi = mergeFigures(undefined, run('api'), [{ name: 'GET /api/me', unit: 'ms', value: 1.23456, p50: 1.23456, p95: 2.5, samples: 10 }]);
    const afterSlots = mergeFigures(afterApi, run('slots', '2026-05-04T10:01:00.000Z'), [{ name: 'slots, 1 pair', unit: 'ms', value: 0.5 }]);
    expect(afterSlots.figures).toEqual([
      { name: 'GET /api/me', unit: 'ms', value: 1.235, p50: 1.235, p95: 2.5, samples: 10, ...run('api') },
      { name: 'slots, 1 pair', unit: 'ms', value: 0.5, ...run('slots', '2026-05-04T10:01:00.000Z') },
    ]);
  });

  it('replaces everything a bench reported before when it runs again, dropped figures included', () => {
    const first = mergeFigures(undefined, run('reminders'), [
      { name: 'reminders: wall time', unit: 's', value: 200 },
      { name: 'reminders: old figure', unit: 's', value: 1 },
    ]);
    const withApi = mergeFigures(first, run('api'), [{ name: 'GET /api/me', unit: 'ms', value: 1 }]);
    const again = mergeFigures(withApi, run('reminders', '2026-05-05T09:00:00.000Z'), [{ name: 'reminders: wall time', unit: 's', value: 190 }]);
    expect(again.figures.map((f) => [f.bench, f.name, f.value, f.ranAt])).toEqual([
      ['reminders', 'reminders: wall time', 190, '2026-05-05T09:00:00.000Z'],
      ['api', 'GET /api/me', 1, '2026-05-04T10:00:00.000Z'],
    ]);
  });

  it('writes one file that the four bench processes add to in turn', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-bench-results-'));
    try {
      const file = path.join(dir, 'bench', 'results.json');
      writeResults('api', { file, run: run('api'), figures: [{ name: 'GET /api/me', unit: 'ms', value: 2, p50: 2, p95: 3 }] });
      writeResults('canvas', { file, run: run('canvas'), figures: [{ name: 'ratio POST /operations / raw patch', unit: '×', value: 1.5 }] });
      const written = BenchResults.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
      expect(written.figures.map((f) => `${f.bench}: ${f.name} = ${f.value} ${f.unit}`)).toEqual([
        'api: GET /api/me = 2 ms',
        'canvas: ratio POST /operations / raw patch = 1.5 ×',
      ]);
      expect(fs.readdirSync(path.dirname(file))).toEqual(['results.json']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('starts afresh over a results file it cannot read', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-bench-results-'));
    try {
      const file = path.join(dir, 'results.json');
      fs.writeFileSync(file, '{ half written');
      writeResults('slots', { file, run: run('slots'), figures: [{ name: 'slots, 1 pair', unit: 'ms', value: 0.4 }] });
      expect(BenchResults.parse(JSON.parse(fs.readFileSync(file, 'utf8'))).figures).toHaveLength(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the commit a bench ran at', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.org', ...args], { cwd, encoding: 'utf8' }).trim();

  it('is the HEAD commit, marked dirty when a tracked file changed but not when only the results changed', () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-bench-git-'));
    try {
      git(repo, 'init', '-q');
      fs.writeFileSync(path.join(repo, 'code.ts'), 'export const a = 1;\n');
      fs.mkdirSync(path.join(repo, 'bench'));
      fs.writeFileSync(path.join(repo, 'bench/results.json'), '{}\n');
      git(repo, 'add', '.');
      git(repo, 'commit', '-q', '-m', 'first');
      const head = git(repo, 'rev-parse', 'HEAD');
      const results = path.join(repo, 'bench/results.json');

      expect(describeCommit(repo, results)).toBe(head);
      fs.writeFileSync(results, '{"figures":[]}\n');
      expect(describeCommit(repo, results)).toBe(head);
      fs.writeFileSync(path.join(repo, 'untracked.ts'), '');
      expect(describeCommit(repo, results)).toBe(head);
      fs.writeFileSync(path.join(repo, 'code.ts'), 'export const a = 2;\n');
      expect(describeCommit(repo, results)).toBe(`${head}-dirty`);
    } finally {
      fs.rmSync(repo, { recursive: true, force: true });
    }
  });

  it('is "unknown" outside a git working tree', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-bench-nogit-'));
    try {
      expect(describeCommit(dir, path.join(dir, 'results.json'))).toBe('unknown');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
