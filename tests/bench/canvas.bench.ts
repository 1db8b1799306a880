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
import { CanvasView, koerskaart, NegotiateResponse } from '@koers/domain';
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
    const waiting = new Map<string, () => void>();
    socket.on('message', (raw) => {
      const frame = JSON.parse(frameText(raw)) as { data?: { type?: string; operations?: { write?: { versionNonce?: string } }[] } };
      for (const op of frame.data?.operations ?? []) {
        const nonce = op.write?.versionNonce;
        if (nonce) waiting.get(nonce)?.();
      }
    });
    await new Promise<void>((resolve, reject) => {
      socket?.once('open', () => resolve());
      socket?.once('error', reject);
    });

    let state = koerskaart.emptyCanvas();
    let n = 0;
    const writer = () => ({ userId: SAMPLE_PEOPLE.jeroen.id, replicaId: 'bench-jeroen', nonce: `e${++n}` });
    const post = async (operations: koerskaart.KoerskaartOperation[]) => {
      const r = await fetch(`${host.apiUrl}/canvases/${canvasId}/operations`, {
        method: 'POST',
        headers: { authorization: `Bearer ${jeroen}`, 'content-type': 'application/json' },
        body: JSON.stringify({ replicaId: 'bench-jeroen', operations }),
      });
      if (r.status !== 200) throw new Error(`operations answered ${r.status}: ${await r.text()}`);
      await r.arrayBuffer();
    };
    // A realistic canvas: 40 cards, then typing into one of them.
    const adds = Array.from({ length: 40 }, (_v, i) => {
      const op = koerskaart.addCard(state, { cardId: `c${i}`, section: 'wensen', order: koerskaart.orderAt(state, 'wensen', i), texts: { text: `Kaart ${i}: ${'tekst '.repeat(20)}` } }, writer());
      state = koerskaart.applyOperation(state, op);
      return op;
    });
    await post(adds);

    let typed = '';
    const keystroke = async () => {
      typed = (typed + 'a').slice(-200);
      const op = koerskaart.editText(state, { cardId: 'c0', text: typed }, writer());
      state = koerskaart.applyOperation(state, op);
      const visible = new Promise<void>((resolve) => waiting.set(op.write.versionNonce, resolve));
      await post([op]);
      await visible;
      waiting.delete(op.write.versionNonce);
    };

    const container = cosmos.database.container('canvases');
    const partition = employeeKey(SAMPLE_PEOPLE.jeroen.tenantId, SAMPLE_PEOPLE.ahmed.id);
    const rawCard = state.cards.c1;
    let etag = (await container.item(canvasId, partition).read()).etag;
    const rawPatch = async () => {
      const { resource } = await container
        .item(canvasId, partition)
        .patch<{ _etag: string }>({ operations: [{ op: 'set', path: '/state/cards/c1', value: rawCard }, { op: 'set', path: '/updatedAt', value: new Date().toISOString() }] }, { accessCondition: { type: 'IfMatch', condition: etag } });
      etag = resource?._etag ?? etag;
    };

    await measure(WARMUP, keystroke);
    const latency = recordTimes('edit → visible at the other client', await measure(EDITS, keystroke));
    const write = recordTimes('POST /operations (one keystroke)', await measure(EDITS, () => post([koerskaart.editText(state, { cardId: 'c2', text: `x${n}` }, writer())].map((op) => ((state = koerskaart.applyOperation(state, op)), op)))));
    etag = (await container.item(canvasId, partition).read()).etag;
    await measure(WARMUP, rawPatch);
    const raw = recordTimes('raw Cosmos conditional patch', await measure(EDITS, rawPatch));

    const fmt = (v: number) => v.toFixed(2).padStart(8);
    console.log(`Koerskaart bench — ${EDITS} sequential edits each after ${WARMUP} warm-up, 40-card canvas, node ${process.version}, ${os.cpus().length} cores`);
    console.log(`${'what'.padEnd(40)}${'p50 ms'.padStart(8)}${'p95 ms'.padStart(8)}`);
    for (const row of [latency, write, raw]) console.log(`${row.label.padEnd(40)}${fmt(row.p50)}${fmt(row.p95)}`);
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
