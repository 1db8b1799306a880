import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { bundleId } from '@koers/domain';
import { useEmbeddedCosmos } from '../cosmos/__tests__/embeddedCosmos';
import { bundleMarker } from './card';
import { startConnectorStandIn, type ConnectorStandIn } from './__tests__/connectorStandIn';
import { FakeClock, harness, seedTenant, states } from './__tests__/dispatchKit';

/**
 * A real crash: the dispatcher runs in a child process and is SIGKILLed mid-run, when the Bot
 * Connector stand-in receives the k-th message (before it takes that message, so the kill is
 * outside the residual window). A fresh dispatcher then finishes: every reminder sent, every
 * bundle delivered exactly once.
 */
const cosmos = useEmbeddedCosmos();
let standIn: ConnectorStandIn;
beforeAll(async () => {
  standIn = await startConnectorStandIn();
});
afterAll(() => standIn.close());

const NOW = '2026-03-09T08:00:00.000Z';

function runChild(): { child: ChildProcess; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, '__tests__', 'dispatchChild.ts')], {
    env: { ...process.env, COSMOS_ENDPOINT: cosmos.server.endpoint, COSMOS_CA: cosmos.server.ca, NOW },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ? null : code)));
  return { child, exited };
}

describe('a dispatcher process killed mid-run', () => {
  it.each([1, 3, 6])('killed at message %i: the restarted dispatcher delivers every due reminder exactly once', async (k) => {
    const seeded = await seedTenant(cosmos.stores, standIn, { people: 8, dueAt: '2026-03-09T07:00:00.000Z', twoEach: true });
    const { child, exited } = runChild();
    let seen = 0;
    standIn.rule = () => {
      if (++seen !== k) return undefined;
      child.kill('SIGKILL');
      return { kind: 'drop-before' };
    };

    expect(await exited).toBeNull(); // killed, not finished
    standIn.rule = undefined;
    const clock = new FakeClock(Date.parse(NOW) + 3 * 60_000); // claims and lease have run out
    await harness(cosmos, clock).dispatcher().run();

    const counts = seeded.people.map((p) => standIn.deliveries.filter((d) => d.marker === bundleMarker(bundleId(p.id, '2026-03-09'))).length);
    expect(counts).toEqual(seeded.people.map(() => 1));
    expect(Object.values(await states(cosmos.stores, seeded)).every((s) => s === 'sent')).toBe(true);
  }, 60_000);
});
