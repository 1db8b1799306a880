/**
 * `npm run package:functions` (after `npm run build`): writes functions/build/functions.zip, what
 * m365agents.yml's deploy stage uploads to the Function App. Exits 1 with the reason on failure.
 */
import path from 'node:path';
import { FUNCTIONS_ZIP, writeFunctionsZip } from './lib/functionsPackage';
import { REPO_ROOT } from './lib/paths';

writeFunctionsZip().then(
  (files) => console.log(`Wrote ${path.relative(REPO_ROOT, FUNCTIONS_ZIP)} (${files.join(', ')}).`),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
