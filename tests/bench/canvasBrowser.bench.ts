/**
 * `npm run bench` (Koerskaart in two browsers): keypress → the character painted in the other
 * person's browser, through the whole path — Jeroen types in the built tab in one headless
 * Chromium page; the tab's session sends the Yjs update (POST /operations); the local host checks
 * the token, stores it in the embedded Cosmos server and publishes it through the real Web PubSub
 * SDK to the local stand-in; Ahmed's tab, in a second page, applies it and React paints it. On a
 * board of BENCH_CANVAS_CARDS (≥ 40) cards, one character every 200 ms (a person typing about 5 a
 * second), BENCH_CANVAS_BROWSER_EDITS (≥ 200) characters.
 *
 * One clock for both pages: `performance.timeOrigin + performance.now()` (the machine's clock in
 * high resolution; both pages run on this machine). The breakdown, per character:
 * - client send: keydown in Jeroen's page → the tab's POST /operations starts (React's change
 *   handler, the Yjs update, the outbox);
 * - server: the route's Server-Timing (token check, store, publish);
 * - broadcast: the rest until Ahmed's page receives the frame (request and WebSocket transit, the
 *   stand-in's relay);
 * - render: the frame received → the first animation frame that shows the character (the session
 *   applying the update, React rendering, the paint that follows that frame).
 *
 * Smaller runs for a quick check: BENCH_CANVAS_BROWSER_EDITS=20 BENCH_RESULTS=/tmp/x.json.
 */
import os from 'node:os';
import fs from 'node:fs';
import { SAMPLE_PEOPLE } from '@koers/app';
import { DevTokenResponse } from '@koers/contracts';
import { CanvasView, koerskaart, type CanvasOperation } from '@koers/domain';
import type { Page } from 'playwright-core';
import { launchBrowser, newLocalPage } from '../../scripts/lib/browser';
import { makeDataDir, startStack } from '../../scripts/lib/stack';
import { percentile, record, writeResults } from './stats';

const EDITS = Number(process.env.BENCH_CANVAS_BROWSER_EDITS ?? 200);
const WARMUP = Number(process.env.BENCH_CANVAS_BROWSER_WARMUP ?? 10);
const CARDS = Math.max(40, Number(process.env.BENCH_CANVAS_CARDS ?? 40));
/** A person typing about five characters a second. */
const TYPING_INTERVAL_MS = 200;
/** A character not painted by then counts as lost: the run fails. */
const LOST_AFTER_MS = 5000;
/** The card typed in: the first of the board, in its first section. */
const TYPED_CARD = 'c0';
/** Chromium throttles timers and frames of pages it thinks are hidden; both pages are watched here. */
const FOREGROUND_ARGS = ['--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'];

interface Session {
  email: string;
  displayName: string;
  accessToken: string;
}

async function signIn(api: string, person: { email: string; displayName: string }): Promise<Session> {
  const response = await fetch(`${api}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: person.email }) });
  if (!response.ok) throw new Error(`dev token answered ${response.status}`);
  return { email: person.email, displayName: person.displayName, accessToken: DevTokenResponse.parse(await response.json()).accessToken };
}

/** Jeroen's canvas with Ahmed, with CARDS notes of a few lines spread over every section. */
async function boardOfCards(api: string, jeroen: Session): Promise<string> {
  const headers = { authorization: `Bearer ${jeroen.accessToken}`, 'content-type': 'application/json' };
  const created = await fetch(`${api}/canvases`, { method: 'POST', headers, body: JSON.stringify({ employeeId: SAMPLE_PEOPLE.ahmed.id }) });
  if (!created.ok) throw new Error(`create canvas answered ${created.status}: ${await created.text()}`);
  const canvasId = CanvasView.parse(await created.json()).canvas.id;
  const sections = koerskaart.sectionIdsByPhase('standaard');
  const all = [...sections.uitwisseling, ...sections.voorstellen, ...sections.afspraken];
  const operations: CanvasOperation[] = [];
  let state = koerskaart.emptyCanvas();
  for (let i = 0; i < CARDS; i++) {
    const section = all[i % all.length]!;
    const cardId = `c${i}`;
    const order = koerskaart.orderAt(state, section, Number.MAX_SAFE_INTEGER);
    state = koerskaart.seedCard(state, { cardId, section, order }, { userId: SAMPLE_PEOPLE.jeroen.id, now: new Date().toISOString() });
    const doc = koerskaart.loadTextDoc(undefined, 3000 + i);
    const update = koerskaart.captureUpdate(doc, () => doc.getText('text').insert(0, `Kaart ${i}: ${'wat we bespraken '.repeat(6)}`));
    operations.push({ type: 'addCard', cardId, kind: 'note', section, order }, { type: 'editText', cardId, epoch: 0, update: update ?? '' });
  }
  for (let start = 0; start < operations.length; start += 40) {
    const r = await fetch(`${api}/canvases/${canvasId}/operations`, { method: 'POST', headers, body: JSON.stringify({ replicaId: 'bench-seed', operations: operations.slice(start, start + 40) }) });
    if (!r.ok) throw new Error(`seeding answered ${r.status}: ${await r.text()}`);
  }
  return canvasId;
}

/** Timestamps (shared clock) the page keeps for the bench: keydowns, POST starts, frames received. */
const INSTRUMENT = `(() => {
  const now = () => performance.timeOrigin + performance.now();
  const marks = { keydowns: [], posts: [], frames: [], paints: [] };
  Object.defineProperty(window, '__bench', { value: marks });
  addEventListener('keydown', (e) => marks.keydowns.push(performance.timeOrigin + e.timeStamp), true);
  const fetch0 = window.fetch;
  window.fetch = function (input, init) {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (/\\/operations$/.test(url)) marks.posts.push(now());
    return fetch0.call(this, input, init);
  };
  const Socket = window.WebSocket;
  window.WebSocket = class extends Socket {
    constructor(...args) {
      super(...args);
      // Registered before the tab's own listener: the moment the frame arrives.
      this.addEventListener('message', (e) => {
        if (typeof e.data === 'string' && e.data.includes('"type":"operations"')) marks.frames.push(now());
      });
    }
  };
})();`;

interface Marks {
  keydowns: number[];
  posts: number[];
  frames: number[];
  paints: number[];
}

async function openBoard(page: Page, tab: string, session: Session, canvasId: string): Promise<void> {
  await page.context().addInitScript(`try { sessionStorage.setItem('koers.devSession', ${JSON.stringify(JSON.stringify(session))}); } catch {}`);
  await page.context().addInitScript(INSTRUMENT);
  await page.goto(`${tab}#/canvas/${encodeURIComponent(canvasId)}`, { timeout: 60_000 });
  await page.locator(`[data-card-id="${TYPED_CARD}"] [data-testid="card-text"]`).waitFor({ timeout: 60_000 });
  await page.locator('[data-testid="connection"][data-state="live"]').waitFor({ timeout: 30_000 });
}

/** In the watching page: each animation frame, whether the typed card shows more characters than before. */
async function watchPaints(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    const marks = window.__bench;
    const field = () => document.querySelector('[data-card-id="${TYPED_CARD}"] [data-testid="card-text"]');
    let shown = field().value.length;
    const frame = (t) => {
      const length = field()?.value.length ?? shown;
      // The character is on screen with the paint that follows this frame.
      for (; shown < length; shown++) marks.paints.push(performance.timeOrigin + t);
      shown = length;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  })()`);
}

const marksOf = (page: Page) => page.evaluate<Marks>('window.__bench');

async function main(): Promise<void> {
  const load = os.loadavg()[0] ?? 0;
  const dataDir = makeDataDir('koers-bench-canvas-browser-');
  const [stack, browser] = await Promise.all([startStack(dataDir, 180_000), launchBrowser(FOREGROUND_ARGS)]);
  try {
    const [jeroen, ahmed] = await Promise.all([signIn(stack.urls.api, SAMPLE_PEOPLE.jeroen), signIn(stack.urls.api, SAMPLE_PEOPLE.ahmed)]);
    const canvasId = await boardOfCards(stack.urls.api, jeroen);
    const [typist, watcher] = await Promise.all([newLocalPage(browser), newLocalPage(browser)]);
    for (const page of [typist, watcher]) await page.setViewportSize({ width: 1920, height: 1080 });
    await openBoard(typist, stack.urls.tab, jeroen, canvasId);
    await openBoard(watcher, stack.urls.tab, ahmed, canvasId);
    const cards = await watcher.locator('[data-testid="canvas-card"]').count();
    if (cards < CARDS) throw new Error(`the board shows ${cards} cards, expected ${CARDS}`);

    // Server-Timing of each POST, read where every header is visible (the tab's origin may not read it).
    const serverMs: number[] = [];
    typist.on('response', (response) => {
      if (response.request().method() !== 'POST' || !/\/operations$/.test(response.url())) return;
      const dur = /canvas;dur=([\d.]+)/.exec(response.headers()['server-timing'] ?? '')?.[1];
      serverMs.push(dur === undefined ? Number.NaN : Number(dur));
    });

    const field = typist.locator(`[data-card-id="${TYPED_CARD}"] [data-testid="card-text"]`);
    await field.click();
    await typist.keyboard.press('End');
    await watchPaints(watcher);
    const painted = async (count: number) => {
      const until = Date.now() + LOST_AFTER_MS;
      while (Date.now() < until) {
        if ((await watcher.evaluate<number>('window.__bench.paints.length')) >= count) return;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      throw new Error(`character ${count} was not painted in the other page within ${LOST_AFTER_MS} ms`);
    };
    const keydownsBefore = (await marksOf(typist)).keydowns.length;
    const total = WARMUP + EDITS;
    const letters = 'koerskaart ';
    for (let i = 0; i < total; i++) {
      const next = Date.now() + TYPING_INTERVAL_MS;
      await typist.keyboard.press(letters[i % letters.length]!);
      await painted(i + 1);
      const wait = next - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }

    const sent = await marksOf(typist);
    const seen = await marksOf(watcher);
    const keydowns = sent.keydowns.slice(keydownsBefore);
    if (keydowns.length !== total || seen.paints.length < total) throw new Error(`keydowns ${keydowns.length}, paints ${seen.paints.length}, expected ${total}`);
    // One POST and one frame per character at this pace; pair each with the first after its keydown.
    const firstAfter = (times: number[], t: number) => times.find((x) => x >= t);
    const rows = keydowns.slice(WARMUP).map((down, k) => {
      const i = k + WARMUP;
      const postAt = firstAfter(sent.posts, down) ?? Number.NaN;
      const postIndex = sent.posts.indexOf(postAt);
      const frameAt = firstAfter(seen.frames, postAt) ?? Number.NaN;
      const paintAt = seen.paints[i]!;
      const server = serverMs[postIndex] ?? Number.NaN;
      return { total: paintAt - down, send: postAt - down, server, broadcast: frameAt - postAt - server, render: paintAt - frameAt };
    });
    const column = (key: keyof (typeof rows)[number]) => rows.map((r) => r[key]).filter((v) => Number.isFinite(v));
    const figures = [
      ['keypress → painted in the other browser', column('total')],
      ['  of which: client send (keydown → POST)', column('send')],
      ['  of which: server (Server-Timing)', column('server')],
      ['  of which: broadcast (transit + relay)', column('broadcast')],
      ['  of which: render (frame → painted)', column('render')],
    ] as const;
    const fmt = (v: number) => v.toFixed(1).padStart(8);
    console.log(`Koerskaart in two browsers — ${EDITS} characters after ${WARMUP} warm-up, one per ${TYPING_INTERVAL_MS} ms, ${cards}-card board, node ${process.version}, ${os.cpus().length} cores, load ${load.toFixed(2)}`);
    console.log(`${'what'.padEnd(44)}${'p50 ms'.padStart(8)}${'p95 ms'.padStart(8)}`);
    for (const [label, samples] of figures) {
      const p50 = percentile([...samples], 50);
      const p95 = percentile([...samples], 95);
      console.log(`${label.padEnd(44)}${fmt(p50)}${fmt(p95)}`);
      record({ name: `Koerskaart browsers: ${label.trim()}`, unit: 'ms', value: p50, p50, p95, samples: samples.length });
    }
    const latency = figures[0][1];
    console.log(`target p95 ≤ 100 ms, p50 ≤ 50 ms: ${percentile([...latency], 95) <= 100 && percentile([...latency], 50) <= 50 ? 'met' : 'MISSED'}`);
    record({ name: 'Koerskaart browsers: load average at start', unit: 'load', value: load });
    writeResults('canvas-browser');
  } finally {
    await browser.close();
    await stack.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
