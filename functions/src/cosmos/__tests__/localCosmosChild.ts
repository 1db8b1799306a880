/**
 * Local mode in its own process, for the crash test: it opens the data folder of KOERS_DATA_DIR
 * like `npm start` does (without the sample data), prints its endpoint and certificate as one
 * JSON line, and then only serves. The parent SIGKILLs it: no finally, no last snapshot.
 */
import { openLocalCosmos } from '../local';

async function main(): Promise<void> {
  const dataDir = process.env.KOERS_DATA_DIR;
  if (!dataDir) throw new Error('KOERS_DATA_DIR is required');
  const interval = Number(process.env.SNAPSHOT_INTERVAL_MS ?? '2000');
  const local = await openLocalCosmos({ dataDir, seed: false, snapshotIntervalMs: interval });
  process.stdout.write(`${JSON.stringify({ endpoint: local.endpoint, ca: local.ca })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
