/**
 * `npm run bench` (lighthouse): Lighthouse 12, mobile (its default: a mid-range phone on a slow 4G
 * line, throttling simulated), on the built tab served by the local stack exactly as `npm start`
 * serves it with KOERS_TAB_DIST, signed in as a sample manager: the home page and the Koerskaart of
 * a booked conversation. Lighthouse drives the same Chromium the browser tests use, through
 * puppeteer-core (its own dependency). Each page is a cold load, in a browser context of its own
 * (Lighthouse also empties the cache and the origin's storage first); the persona's session is then put in place before any of the tab's
 * scripts runs, as the persona switch would have left it.
 *
 * Scores bend under a busy CPU even with simulated throttling: run it on a quiet machine (the
 * script says so when the load average is above LOAD_LIMIT, and records the load it saw).
 * LIGHTHOUSE_REPORTS=<folder> keeps each run's full report (JSON) there. Each page is loaded
 * LIGHTHOUSE_RUNS times (default 5); the run with the median performance score is recorded, with
 * the lowest score next to it.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SAMPLE_PEOPLE } from '@koers/app';
import { DevTokenResponse } from '@koers/contracts';
import { ConversationResponse, SlotProposalsResponse } from '@koers/domain';
import type { Flags, Result } from 'lighthouse';
import { makeDataDir, startStack } from '../../scripts/lib/stack';
import { ensureTabBuild } from '../../scripts/lib/tabBuild';
import { gzippedBytes, homeRouteFiles, readManifest } from '../../scripts/lib/tabBundle';
import { record, writeResults } from './stats';

const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const LOAD_LIMIT = 1.5;
/** Cold loads per page (LIGHTHOUSE_RUNS): scores vary from run to run, the median stands. */
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 5));
/** The product's targets (shown next to each score). */
const TARGETS = { performance: 95, accessibility: 100 } as const;

interface Session {
  email: string;
  displayName: string;
  accessToken: string;
}

async function json(response: Response): Promise<unknown> {
  if (!response.ok) throw new Error(`${response.url} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

async function signIn(api: string, email: string, displayName: string): Promise<Session> {
  const body = await json(await fetch(`${api}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: email }) }));
  return { email, displayName, accessToken: DevTokenResponse.parse(body).accessToken };
}

/** A conversation Jeroen books with Ahmed in the first slot offered: the Koerskaart to open. */
async function bookConversation(api: string, session: Session, employeeId: string): Promise<string> {
  const headers = { authorization: `Bearer ${session.accessToken}`, 'content-type': 'application/json' };
  const proposals = SlotProposalsResponse.parse(await json(await fetch(`${api}/bookings/proposals?employeeId=${employeeId}`, { headers })));
  const slot = proposals.slots[0];
  if (!slot) throw new Error('no slot offered');
  const booked = await fetch(`${api}/conversations`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ employeeId, start: slot.start, end: slot.end, requestId: randomUUID() }),
  });
  return ConversationResponse.parse(await json(booked)).conversation.id;
}

interface Measured {
  page: string;
  runs: Result[];
}

/** The audits that cost points, worst first: what to fix. */
function shortfalls(lhr: Result, category: 'performance' | 'accessibility'): string[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit): audit is NonNullable<typeof audit> => audit !== undefined && audit.score !== null && audit.score < 1)
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0))
    .map((audit) => `${audit.id} ${Math.round((audit.score ?? 0) * 100)}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
}

async function main(): Promise<void> {
  const load = os.loadavg()[0] ?? 0;
  if (load > LOAD_LIMIT) console.warn(`Let op: load average ${load.toFixed(2)} > ${LOAD_LIMIT}; Lighthouse scores are lower on a busy machine.`);
  const { default: puppeteer } = await import('puppeteer-core');
  const { navigation } = await import('lighthouse');
  const dataDir = makeDataDir('koers-lighthouse-');
  const stack = await startStack(dataDir, 180_000);
  const browser = await puppeteer.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const { jeroen, ahmed } = SAMPLE_PEOPLE;
    const session = await signIn(stack.urls.api, jeroen.email, jeroen.displayName);
    const conversationId = await bookConversation(stack.urls.api, session, ahmed.id);
    // Every run in a browser context of its own: a first visit, as a new user's phone makes it. In
    // one tab, a page loaded again finds its scripts in the renderer's memory, runs them before its
    // first paint, and Lighthouse then dates that paint after the scripts' download.
    const freshPage = async () => {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      // The persona switch keeps the session in sessionStorage (tabs/src/auth/devSession.ts).
      await page.evaluateOnNewDocument((value: string) => {
        try {
          (globalThis as unknown as { sessionStorage: { setItem(key: string, value: string): void } }).sessionStorage.setItem('koers.devSession', value);
        } catch {
          // about:blank has no storage; the tab's own pages do.
        }
      }, JSON.stringify(session));
      return { page, close: () => context.close() };
    };
    const flags: Flags = { onlyCategories: ['performance', 'accessibility'], logLevel: 'error' };
    const pages = [
      { page: 'home (Jeroen)', url: stack.urls.tab },
      { page: 'Koerskaart (Jeroen)', url: `${stack.urls.tab}#/canvas/${encodeURIComponent(conversationId)}` },
    ];
    const measured: Measured[] = [];
    for (const { page: name, url } of pages) {
      const runs: Result[] = [];
      for (let run = 1; run <= RUNS; run++) {
        const { page, close } = await freshPage();
        const result = await navigation(page, url, { flags }).finally(close);
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${result.lhr.runtimeError.message}`);
        runs.push(result.lhr);
        const reports = process.env.LIGHTHOUSE_REPORTS;
        if (reports) {
          fs.mkdirSync(reports, { recursive: true });
          fs.writeFileSync(path.join(reports, `${name.replace(/\W+/g, '-').replace(/^-|-$/g, '').toLowerCase()}-${run}.json`), JSON.stringify(result.lhr, null, 1));
        }
      }
      measured.push({ page: name, runs });
    }

    console.log(`Koers Lighthouse ${measured[0]?.runs[0]?.lighthouseVersion ?? ''} — mobile, built tab, node ${process.version}, ${os.cpus().length} cores, load ${load.toFixed(2)}, ${RUNS} runs per page`);
    for (const { page: name, runs } of measured) {
      const score = (lhr: Result, category: 'performance' | 'accessibility') => Math.round((lhr.categories[category]?.score ?? 0) * 100);
      const metric = (lhr: Result, id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      // The run with the median performance score stands for the page, as Lighthouse's own advice on
      // variability has it; its LCP and TBT go with it. Accessibility is the worst run's.
      const byScore = [...runs].sort((a, b) => score(a, 'performance') - score(b, 'performance'));
      const median = byScore[Math.floor((byScore.length - 1) / 2)];
      if (!median) throw new Error(`no Lighthouse run for ${name}`);
      const scores = byScore.map((lhr) => score(lhr, 'performance'));
      const accessibility = Math.min(...runs.map((lhr) => score(lhr, 'accessibility')));
      record({ name: `lighthouse performance, ${name}`, unit: 'score', value: score(median, 'performance') });
      record({ name: `lighthouse performance lowest run, ${name}`, unit: 'score', value: scores[0] ?? Number.NaN });
      record({ name: `lighthouse accessibility, ${name}`, unit: 'score', value: accessibility });
      record({ name: `lighthouse LCP, ${name}`, unit: 'ms', value: metric(median, 'largest-contentful-paint') });
      record({ name: `lighthouse TBT, ${name}`, unit: 'ms', value: metric(median, 'total-blocking-time') });
      console.log(
        `${name.padEnd(22)} performance ${score(median, 'performance')} (median of ${scores.join(', ')}; target ${TARGETS.performance}), accessibility ${accessibility} (target ${TARGETS.accessibility}), ` +
          `FCP ${Math.round(metric(median, 'first-contentful-paint'))} ms, LCP ${Math.round(metric(median, 'largest-contentful-paint'))} ms, TBT ${Math.round(metric(median, 'total-blocking-time'))} ms`,
      );
      for (const category of ['performance', 'accessibility'] as const) {
        const missing = shortfalls(median, category);
        if (missing.length > 0) console.log(`  ${category}: ${missing.join('; ')}`);
      }
    }
    // The same build the stack served: what the home route downloads (see tests/tabBundle.test.ts).
    const dist = await ensureTabBuild();
    const homeKb = gzippedBytes(dist, homeRouteFiles(readManifest(dist))) / 1024;
    record({ name: 'tab home route JavaScript, gzipped', unit: 'KB', value: homeKb });
    console.log(`home route JavaScript: ${homeKb.toFixed(1)} KB gzipped`);
    record({ name: 'lighthouse load average at start', unit: 'load', value: load });
    writeResults('lighthouse');
  } finally {
    await browser.close();
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
