/**
 * `npm run package -- --env sample|local|dev|prod [--out <dir>]`: builds appPackage.<env>.zip (in
 * appPackage/build/ unless --out says otherwise) from appPackage/ and env/.env.<env>, validated
 * against the bundled Teams schema (see lib/appPackage.ts). Exits 1 with the reason on failure.
 */
import path from 'node:path';
import { buildAppPackage } from './lib/appPackage';
import { REPO_ROOT } from './lib/paths';

/** `--name value` or `--name=value`. */
function option(argv: string[], name: string): string | undefined {
  const index = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (index < 0) return undefined;
  const arg = argv[index] ?? '';
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
}

const argv = process.argv.slice(2);
const env = option(argv, 'env');
const out = option(argv, 'out');
if (!env) {
  console.error('Usage: npm run package -- --env <sample|local|dev|prod> [--out <dir>]');
  process.exit(2);
}

buildAppPackage(env, out ? { outDir: path.resolve(out) } : {}).then(
  (file) => console.log(`Wrote ${path.relative(REPO_ROOT, file)}.`),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
