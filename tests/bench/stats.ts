import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

/** Nearest-rank percentile of a sample in milliseconds. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export async function measure(iterations: number, run: () => Promise<void>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    await run();
    samples.push(performance.now() - t0);
  }
  return samples;
}

export function summary(label: string, samples: number[]): { label: string; p50: number; p95: number } {
  return { label, p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** One number a bench reports. `value` is the headline (the p50 for a timing); `samples`: how many went into p50/p95. */
export const Figure = z.object({
  name: z.string().min(1),
  unit: z.string(),
  value: z.number(),
  p50: z.number().optional(),
  p95: z.number().optional(),
  samples: z.number().int().optional(),
});
export type Figure = z.infer<typeof Figure>;

/** Which run measured a figure: figures of different runs sit side by side in one file. */
export const RunInfo = z.object({
  bench: z.string(),
  commit: z.string(),
  node: z.string(),
  cores: z.number().int(),
  ranAt: z.string(),
});
export type RunInfo = z.infer<typeof RunInfo>;

export const BenchResults = z.object({ figures: z.array(Figure.extend(RunInfo.shape)) });
export type BenchResults = z.infer<typeof BenchResults>;

const recorded: Figure[] = [];

/** Adds a figure to this bench's report (written by `writeResults` at the end of the bench). Names are the figures' keys. */
export function record(figure: Figure): Figure {
  if (recorded.some((f) => f.name === figure.name)) throw new Error(`figure recorded twice: ${figure.name}`);
  recorded.push(figure);
  return figure;
}

/** `summary` that also records the timing as a figure in ms (value = p50). */
export function recordTimes(label: string, samples: number[]): { label: string; p50: number; p95: number } {
  const row = summary(label, samples);
  record({ name: label, unit: 'ms', value: row.p50, p50: row.p50, p95: row.p95, samples: samples.length });
  return row;
}

export function recordedFigures(): readonly Figure[] {
  return recorded;
}

const REPO_ROOT = path.resolve(__dirname, '../..');
export const RESULTS_FILE = path.join(REPO_ROOT, 'bench/results.json');

/**
 * The commit the working tree at `repo` is at, with "-dirty" when tracked files differ from it.
 * The results file itself does not count: the bench scripts of one run write it one after another.
 */
export function describeCommit(repo: string, resultsFile = RESULTS_FILE): string {
  try {
    const git = (args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const head = git(['rev-parse', 'HEAD']);
    const inside = path.relative(git(['rev-parse', '--show-toplevel']), path.resolve(resultsFile));
    const exclude = inside.startsWith('..') || path.isAbsolute(inside) ? [] : [`:(exclude)${inside}`];
    const changes = git(['status', '--porcelain', '--untracked-files=no', '--', '.', ...exclude]);
    return changes === '' ? head : `${head}-dirty`;
  } catch {
    return 'unknown';
  }
}

export function currentRun(bench: string, resultsFile = RESULTS_FILE, now = new Date()): RunInfo {
  return { bench, commit: describeCommit(REPO_ROOT, resultsFile), node: process.version, cores: os.cpus().length, ranAt: now.toISOString() };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * The report after one bench's run: that bench's figures replace everything it reported before
 * (a renamed or dropped figure does not linger), and any figure of the same name; the other
 * benches' figures stay, each with the run that measured it.
 */
export function mergeFigures(previous: BenchResults | undefined, run: RunInfo, figures: readonly Figure[]): BenchResults {
  const names = new Set(figures.map((f) => f.name));
  const kept = (previous?.figures ?? []).filter((f) => f.bench !== run.bench && !names.has(f.name));
  const fresh = figures.map((f) => ({
    ...f,
    value: round(f.value),
    ...(f.p50 === undefined ? {} : { p50: round(f.p50) }),
    ...(f.p95 === undefined ? {} : { p95: round(f.p95) }),
    ...run,
  }));
  // A bench keeps its place in the file when it runs again.
  const order = [...new Set([...(previous?.figures ?? []), ...fresh].map((f) => f.bench))];
  return { figures: [...kept, ...fresh].sort((a, b) => order.indexOf(a.bench) - order.indexOf(b.bench)) };
}

/** The results file as written before; a missing or unreadable one counts as empty. */
function readResults(file: string): BenchResults | undefined {
  try {
    return BenchResults.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return undefined;
  }
}

/**
 * Merges this bench's recorded figures into the results file (`BENCH_RESULTS` names another file,
 * e.g. for a quick run with small sizes that should not replace the full-size figures).
 */
export function writeResults(bench: string, options: { file?: string; figures?: readonly Figure[]; run?: RunInfo } = {}): string {
  const file = path.resolve(options.file ?? process.env.BENCH_RESULTS ?? RESULTS_FILE);
  const merged = mergeFigures(readResults(file), options.run ?? currentRun(bench, file), options.figures ?? recorded);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(partial, `${JSON.stringify(merged, null, 2)}\n`);
  fs.renameSync(partial, file);
  return file;
}
