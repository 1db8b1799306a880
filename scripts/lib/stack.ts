import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { REPO_ROOT } from './paths';
import { ensureTabBuild } from './tabBuild';

const root = REPO_ROOT;

export const ReadyLine = z.object({ api: z.string().url(), tab: z.string().url(), cosmos: z.string().url() });
export type StackUrls = z.infer<typeof ReadyLine>;

export interface RunningStack {
  urls: StackUrls;
  /** Everything the process printed so far (stdout + stderr). */
  output(): string;
  /** Ctrl-C, as a user would; resolves with the exit code. */
  stop(): Promise<number | null>;
}

export function makeDataDir(prefix = 'koers-e2e-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface StackOptions {
  /** 'built' (default): the tab as `vite build` makes it (tabBuild.ts); 'dev': Vite's dev server, as plain `npm start`. */
  tab?: 'built' | 'dev';
}

/**
 * Starts the real stack exactly as `npm start` does (scripts/start.ts), on free ports and a data
 * folder of the test's own, and waits for its ready line. `env`: more settings, e.g. KOERS_CLOCK_START.
 */
export async function startStack(dataDir: string, timeoutMs = 60_000, env: Record<string, string> = {}, options: StackOptions = {}): Promise<RunningStack> {
  const tabDist = options.tab === 'dev' ? {} : { KOERS_TAB_DIST: await ensureTabBuild() };
  // tsx as a loader in this one process, not the tsx CLI: the CLI is a parent that relays a
  // SIGINT to its child and SIGKILLs it (exit 130, no snapshot saved) when the child has not
  // acknowledged within 30 ms, which a busy machine misses.
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: root,
    env: {
      ...process.env,
      KOERS_DATA_DIR: dataDir,
      KOERS_API_PORT: '0',
      KOERS_TAB_PORT: '0',
      KOERS_COSMOS_PORT: '0',
      KOERS_PUBSUB_PORT: '0',
      COSMOS_ENDPOINT: '',
      ...tabDist,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const urls = await new Promise<StackUrls>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`stack not ready after ${timeoutMs} ms:\n${log}`)), timeoutMs);
    const check = () => {
      const match = /^KOERS_READY (.+)$/m.exec(log);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(ReadyLine.parse(JSON.parse(match[1])));
      }
    };
    child.stdout?.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`stack exited with ${code} before it was ready:\n${log}`));
    });
  });

  return {
    urls,
    output: () => log,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGINT');
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const code = await exited;
      clearTimeout(killer);
      return code;
    },
  };
}
