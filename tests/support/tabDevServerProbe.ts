/**
 * Starts the tab's dev server (as npm start does) with `argv[2]` as its data folder and prints
 * the HTTP status of each path in `argv[3..]` as one JSON line. Run with tsx: Vite and the tab
 * server are ES modules, which the test runner does not load.
 */
import path from 'node:path';
import { startTabServer } from '../../tabs/server';

async function main(): Promise<void> {
  const [dataDir = '', ...paths] = process.argv.slice(2);
  const tab = await startTabServer({ port: 0, apiBase: 'http://localhost:1/api', mode: 'local', cacheDir: path.join(dataDir, 'vite'), logLevel: 'silent' });
  try {
    const statuses: Record<string, number> = {};
    for (const p of paths) statuses[p] = (await fetch(new URL(p, tab.url))).status;
    console.log(JSON.stringify(statuses));
  } finally {
    await tab.close();
  }
}

void main();
