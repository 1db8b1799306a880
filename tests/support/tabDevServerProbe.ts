/**
 * Starts the tab's dev server (as npm start does) with `argv[2]` as its data folder and prints
 * the HTTP status of each path in `argv[3..]`, and the page's security headers, as one JSON line. Run with tsx: Vite and the tab
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
    const page = await fetch(tab.url);
    const html = await page.text();
    const headers = Object.fromEntries(['content-security-policy', 'x-content-type-options', 'referrer-policy'].map((name) => [name, page.headers.get(name)]));
    const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1] ?? '');
    console.log(JSON.stringify({ statuses, headers, inlineScripts }));
  } finally {
    await tab.close();
  }
}

void main();
