import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './paths';

/**
 * The built tab the browser tests serve (KOERS_TAB_DIST, see scripts/start.ts): built once per
 * change of its sources, kept under node_modules/.cache. A dev-server page load is some two
 * hundred module requests (measured 2.6 s per fresh browser context); a built one is a handful of
 * files. It is also what users get in Teams. restart.e2e keeps `npm start`'s dev server covered.
 */

const root = REPO_ROOT;
const tabs = path.join(root, 'tabs');
const cache = path.join(root, 'node_modules', '.cache', 'koers-e2e-tab');

/** Everything the build reads from this repository: the tab, the workspaces it imports, the lockfile. */
const INPUTS = [
  'tabs/src',
  'tabs/public',
  'tabs/index.html',
  'tabs/vite.config.ts',
  'tabs/buildTimeStyles.ts',
  'tabs/firstScreenModules.ts',
  // The home route, which the build keeps the first screen's UI chunk to.
  'scripts/lib/tabBundle.ts',
  'tabs/package.json',
  ...['domain', 'contracts', 'texts'].flatMap((workspace) => [`${workspace}/src`, `${workspace}/package.json`]),
  'package-lock.json',
  // How it builds (the flags below) is part of what it is.
  'scripts/lib/tabBuild.ts',
];

function filesUnder(relative: string): string[] {
  const full = path.join(root, relative);
  if (!fs.existsSync(full)) return [];
  if (!fs.statSync(full).isDirectory()) return [relative];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => filesUnder(path.join(relative, entry.name)));
}

export function tabSourceHash(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(filesUnder)) {
    hash.update(file).update('\0').update(fs.readFileSync(path.join(root, file))).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

function build(outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'warn'], {
      cwd: tabs,
      // What users get: jest runs with NODE_ENV=test, which would make Vite bundle React's development build.
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build of the tab failed (${code}):\n${output}`))));
  });
}

/** The folder of a build of the current sources; builds it when there is none yet. */
export async function ensureTabBuild(): Promise<string> {
  const target = path.join(cache, tabSourceHash());
  if (fs.existsSync(path.join(target, 'index.html'))) return target;
  fs.mkdirSync(cache, { recursive: true });
  // Built beside and renamed into place: a parallel test file never sees half a build.
  const scratch = `${target}.tmp-${process.pid}`;
  await build(scratch);
  try {
    fs.renameSync(scratch, target);
  } catch {
    fs.rmSync(scratch, { recursive: true, force: true }); // another file's build won; it is the same
  }
  for (const old of fs.readdirSync(cache)) {
    if (path.join(cache, old) !== target && !old.includes('.tmp-')) fs.rmSync(path.join(cache, old), { recursive: true, force: true });
  }
  return target;
}
