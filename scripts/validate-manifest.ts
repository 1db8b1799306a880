/**
 * Validates Teams manifest / localisation documents against the bundled schemas, for callers
 * that cannot load @microsoft/app-manifest themselves (jest: see lib/manifestSchema.ts).
 * stdin: a JSON array of documents; stdout: a JSON array with the errors of each ([] = valid).
 */
import { validateInProcess } from './lib/manifestSchema';

async function main(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const documents = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  if (!Array.isArray(documents)) throw new Error('stdin must be a JSON array of documents');
  process.stdout.write(JSON.stringify(await validateInProcess(documents as Record<string, unknown>[])));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
