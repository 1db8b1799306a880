/**
 * `npm run infra:containers`: writes infra/generated/containers.json from containers.ts.
 * `npm run infra:containers -- --check` only compares and exits 1 when the file is stale.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { COSMOS_SCHEMA_JSON_PATH, renderCosmosSchemaJson } from './lib/cosmosSchemaJson';
import { REPO_ROOT } from './lib/paths';

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

const wanted = renderCosmosSchemaJson();
const current = readIfExists(COSMOS_SCHEMA_JSON_PATH);
const relative = path.relative(REPO_ROOT, COSMOS_SCHEMA_JSON_PATH);

if (process.argv.includes('--check')) {
  if (current !== wanted) {
    console.error(`${relative} is stale: run \`npm run infra:containers\` and commit the result.`);
    process.exitCode = 1;
  } else {
    console.log(`${relative} is up to date.`);
  }
} else if (current === wanted) {
  console.log(`${relative} is up to date.`);
} else {
  mkdirSync(path.dirname(COSMOS_SCHEMA_JSON_PATH), { recursive: true });
  writeFileSync(COSMOS_SCHEMA_JSON_PATH, wanted);
  console.log(`Wrote ${relative}.`);
}
