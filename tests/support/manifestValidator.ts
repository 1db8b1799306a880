import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { SchemaValidator } from '../../scripts/lib/manifestSchema';

/**
 * @microsoft/app-manifest requires an ESM-only module, which jest's module system cannot load:
 * run the real validator (scripts/validate-manifest.ts) in a child Node process instead.
 */

export const ROOT = path.resolve(__dirname, '../..');
const TSX_LOADER = pathToFileURL(require.resolve('tsx')).href;

/** Runs a TypeScript script of this repository with Node + tsx. */
export function runScript(script: string, args: string[] = [], input?: string) {
  return spawnSync(process.execPath, ['--import', TSX_LOADER, path.join(ROOT, script), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 20_000,
  });
}

const Errors = z.array(z.array(z.string()));

export const validateInChildProcess: SchemaValidator = async (documents) => {
  const run = runScript('scripts/validate-manifest.ts', [], JSON.stringify(documents));
  if (run.status !== 0) throw new Error(`validate-manifest failed (${run.status}): ${run.stderr}`);
  return Errors.parse(JSON.parse(run.stdout));
};
