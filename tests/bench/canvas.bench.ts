/**
 * `npm run bench` (Koerskaart part): edit-to-visible latency between two clients through the full
 * path — Jeroen's POST of one keystroke → local host → token check → conditional Cosmos patch →
 * publish through the real @azure/web-pubsub SDK → local Web PubSub stand-in → Ahmed's
 * WebSocket — and the API's overhead of a canvas write as a ratio to a raw Cosmos patch of the
 * same card. Loopback only; browser rendering is not included.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SAMPLE_PEOPLE } from '@koers/app';
import { DevTokenResponse } from '@koers/contracts';
import { CanvasOperationsMessage, CanvasView, koerskaart, NegotiateResponse, type CanvasOperation } from '@koers/domain';
import WebSocket from 'ws';
import { createKoersApp } from '../../functions/src/composition';
import { loadConfig } from '../../functions/src/config';
import { openLocalCosmos } from '../../functions/src/cosmos';
import { startFunctionsHost } from '../../functions/src/host/localHost';
import { frameText, startLocalWebPubSub } from '../../functions/src/realtime/localWebPubSub';
import { createWebPubSubPublisher } from '../../functions/src/realtime/webPubSub';
import { employeeKey } from '@koers/domain';
import { measure, record, recordTimes, writeResults } from './stats';

const EDITS = Number(process.env.BENCH_CANVAS_EDITS ?? 300);
const WARMUP = 30;

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-bench-canvas-'));
  const config = loadConfig({ KOERS_DATA_DIR: dataDir });
  const cosmos = await openLocalCosmos({ dataDir, snapshotIntervalMs: 3_600_000 });
  const pubsub = await startLocalWebPubSub();
  const realtime = createWebPubSubPublisher({ connectionString: pubsub.connectionString, allowInsecureConnection: true });
  const app = await createKoersApp({ config, database: cosmos.database, dataDir, realtime, quotas: 'off' });
  const host = await startFunctionsHost(app.table, { port: 0, corsOrigins: app.corsOrigins, log: () => undefined });
  app.setPublicUrl(host.url);
  let socket: WebSocket | undefined;
  try {
    const token = async (email: string) => {
      const r = await fetch(`${host.apiUrl}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: email }) });
      return DevTokenResponse.parse(await r.json()).accessToken;
    };
    const [jeroen, ahmed] = await Promise.all([token(SAMPLE_PEOPLE.jeroen.email), token(SAMPLE_PEOPLE.ahmed.email)]);
    const created = await fetch(`${host.apiUrl}/canvases`, {
      method: 'POST',
      headers: { authorization: `Bearer ${jeroen}`, 'content-type': 'application/json' },
      body: JSON.stringify({ employeeId: SAMPLE_PEOPLE.ahmed.id }),
    });
    const view = CanvasView.parse(await created.json());
    const canvasId = view.canvas.id;

    const negotiated = NegotiateResponse.parse(
      await (await fetch(`${host.apiUrl}/canvases/${canvasId}/negotiate`, { headers: { authorization: `Bearer ${ahmed}` } })).json(),
    );
    socket = new WebSocket(negotiated.url, negotiated.protocol);
    // Ahmed's copy of card c0, fed only by the server's broadcasts: an edit is visible when it is in here.
    const observer = koerskaart.loadTextDoc(undefined, 2002);
    let seen: () => void = () => undefined;
    socket.on('message', (raw) => {
      const frame = JSON.parse(frameText(raw)) as { from?: string; data?: unknown };
      const message = CanvasOperationsMessage.safeParse(frame.data);
      if (frame.from !== 'server' || !message.success) return;
      const updates = message.data.texts.filter((t) => t.cardId === 'c0').map((t) => t.update);
      if (updates.length === 0) return;
      koerskaart.applyTextUpdates(observer, updates);
      seen();
    });
    await new Promise<void>((resolve, reject) => {
      socket?.once('open', () => resolve());
      socket?.once('error', reject);
    });

    const docs = new Map<string, ReturnType<typeof koerskaart.loadTextDoc>>();
    const doc = (cardId: string) => docs.get(cardId) ?? (docs.set(cardId, koerskaart.loadTextDoc(undefined, 1001)), docs.get(cardId)!);
    const typing = (cardId: string, text: string): CanvasOperation => ({
      type: 'editText',
      cardId,
      epoch: 0,
      update: koerskaart.captureUpdate(doc(cardId), () => doc(cardId).getText('text').insert(doc(cardId).getText('text').length, text)) ?? '',
    });
    const serverTimes: number[] = [];
    const post = async (operations: CanvasOperation[]) => {
      const r = await fetch(`${host.apiUrl}/canvases/${canvasId}/operations`, {
        method: 'POST',
        headers: { authorization: `Bearer ${jeroen}`, 'content-type': 'application/json' },
        body: JSON.stringify({ replicaId: 'bench-jeroen', operations }),
      });
      if (r.status !== 200) throw new Error(`operations answered ${r.status}: ${await r.text()}`);
      const server = /canvas;dur=([\d.]+)/.exec(r.headers.get('server-timing') ?? '')?.[1];
      if (server !== undefined) serverTimes.push(Number(server));
      await r.arrayBuffer();
    };
    // A realistic canvas: 40 cards, then typing into one of them.
    const adds = Array.from({ length: 40 }, (_v, i): CanvasOperation[] => [
      { type: 'addCard', cardId: `c${i}`, kind: 'note', section: 'wensen', order: koerskaart.orderKeyForIndex([], 0) },
      typing(`c${i}`, `Kaart ${i}: ${'tekst '.repeat(20)}`),
    ]).flat();
    await post(adds);

    // Per keystroke: the server's share (Server-Timing: check, store, publish), until the POST is
    // answered (adds sending and the answer), and until the other client has it (the broadcast),
    // so the next slowdown shows where it is.
    const roundTrips: number[] = [];
    const broadcastAfterAnswer: number[] = [];
    const keystroke = async () => {
      const expected = doc('c0').getText('text').length + 1;
      const visible = new Promise<void>((resolve) => {
        seen = () => observer.getText('text').length >= expected && resolve();
        seen();
      });
      const started = performance.now();
      await post([typing('c0', 'a')]);
      const answered = performance.now();
      roundTrips.push(answered - started);
      await visible;
      // About 0 when the broadcast beat the answer (it often does: it is published before the answer).
      broadcastAfterAnswer.push(performance.now() - answered);
    };

    const container = cosmos.database.container('canvases');
    const partition = employeeKey(SAMPLE_PEOPLE.jeroen.tenantId, SAMPLE_PEOPLE.ahmed.id);
    const rawCard = (await container.item(canvasId, partition).read<{ state: { cards: Record<string, unknown> } }>()).resource?.state.cards.c1;
    let etag = (await container.item(canvasId, partition).read()).etag;
    const rawPatch = async () => {
      const { resource } = await container
        .item(canvasId, partition)
        .patch<{ _etag: string }>({ operations: [{ op: 'set', path: '/state/cards/c1', value: rawCard }, { op: 'set', path: '/updatedAt', value: new Date().toISOString() }] }, { accessCondition: { type: 'IfMatch', condition: etag } });
      etag = resource?._etag ?? etag;
    };

    await measure(WARMUP, keystroke);
    const latency = recordTimes('edit → visible at the other client', await measure(EDITS, keystroke));
    const server = recordTimes('  of which: server (check, store, publish)', serverTimes.slice(-EDITS));
    const sendAndAnswer = recordTimes('  of which: POST answered (send + server)', roundTrips.slice(-EDITS));
    const broadcast = recordTimes('  of which: visible after the answer', broadcastAfterAnswer.slice(-EDITS));
    const write = recordTimes('POST /operations (one keystroke)', await measure(EDITS, () => post([typing('c2', 'x')])));
    etag = (await container.item(canvasId, partition).read()).etag;
    await measure(WARMUP, rawPatch);
    const raw = recordTimes('raw Cosmos conditional patch', await measure(EDITS, rawPatch));

    const fmt = (v: number) => v.toFixed(2).padStart(8);
    console.log(`Koerskaart bench — ${EDITS} sequential edits each after ${WARMUP} warm-up, 40-card canvas, node ${process.version}, ${os.cpus().length} cores`);
    console.log(`${'what'.padEnd(40)}${'p50 ms'.padStart(8)}${'p95 ms'.padStart(8)}`);
    for (const row of [latency, server, sendAndAnswer, broadcast, write, raw]) console.log(`${row.label.padEnd(40)}${fmt(row.p50)}${fmt(row.p95)}`);
    console.log(`ratio API write / raw patch: p50 ${(write.p50 / raw.p50).toFixed(1)}×, p95 ${(write.p95 / raw.p95).toFixed(1)}×`);
    console.log(`edit-to-visible target p95 ≤ 150 ms: ${latency.p95 <= 150 ? 'met' : 'MISSED'}`);
    record({ name: 'ratio POST /operations / raw patch', unit: '×', value: write.p50 / raw.p50, p50: write.p50 / raw.p50, p95: write.p95 / raw.p95 });
    writeResults('canvas');
  } finally {
    socket?.close();
    await host.close();
    await app.close();
    await pubsub.close();
    await cosmos.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
