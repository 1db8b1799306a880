import fc from 'fast-check';
import * as Y from 'yjs';
import { applyOperation, seedCard, emptyCanvas } from './apply';
import type { KoerskaartState } from './schema';
import { cardTexts, fromBase64, toBase64 } from './text';

/**
 * Two to four tabs type in one card at once. Each tab's outbox sends its updates in the order they
 * were made (a batch that may have failed goes again: some arrive twice), the tabs' outboxes
 * interleave at random, and the server's broadcasts reach the tabs in any order, some twice. Whatever the order:
 * every tab ends with the server's text, and nothing the server acknowledged is missing.
 */

const SANNE = '0a000000-0000-4000-8000-000000000106';
const NOW = '2026-12-01T09:00:00.000Z';

type Edit = { replica: number; at: number; insert: string } | { replica: number; at: number; remove: number };

const edit = (replicas: number, withDeletes: boolean): fc.Arbitrary<Edit> =>
  withDeletes
    ? fc.oneof(
        fc.record({ replica: fc.nat(replicas - 1), at: fc.nat(), insert: fc.string({ minLength: 1, maxLength: 4 }) }),
        fc.record({ replica: fc.nat(replicas - 1), at: fc.nat(), remove: fc.integer({ min: 1, max: 3 }) }),
      )
    : fc.record({ replica: fc.nat(replicas - 1), at: fc.nat(), insert: fc.string({ minLength: 1, maxLength: 4 }) });

const scenario = (withDeletes: boolean) =>
  fc.integer({ min: 2, max: 4 }).chain((replicas) =>
    fc.record({
      replicas: fc.constant(replicas),
      edits: fc.array(edit(replicas, withDeletes), { minLength: 1, maxLength: 40 }),
      // Before each edit a replica may first take in some of what is in flight: a random schedule.
      schedule: fc.array(fc.nat(), { minLength: 80, maxLength: 80 }),
      duplicate: fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }),
    }),
  );

function run({ replicas, edits, schedule, duplicate }: { replicas: number; edits: Edit[]; schedule: number[]; duplicate: boolean[] }) {
  let server: KoerskaartState = seedCard(emptyCanvas(), { cardId: 'k1', section: 'wensen', order: 'V' }, { userId: SANNE, now: NOW });
  const tabs = Array.from({ length: replicas }, (_, i) => {
    const doc = new Y.Doc();
    doc.clientID = 100 + i;
    return doc;
  });
  const toServer: string[][] = tabs.map(() => []);
  const toTabs: { tab: number; update: string }[] = [];
  const inserted: string[] = [];
  tabs.forEach((doc, tab) => doc.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && toServer[tab]!.push(toBase64(update))));
  let step = 0;
  const pick = <T>(queue: T[]): T | undefined => (queue.length === 0 ? undefined : queue.splice((schedule[step++ % schedule.length] ?? 0) % queue.length, 1)[0]);
  const deliverOne = () => {
    const outbox = pick(toServer.filter((queue) => queue.length > 0));
    const update = outbox?.[0];
    if (outbox && update !== undefined) {
      // A lost answer: the same update goes again later; otherwise it leaves the outbox.
      if (!duplicate[step % duplicate.length]) outbox.shift();
      const applied = applyOperation(server, { type: 'editText', cardId: 'k1', epoch: 0, update }, { userId: SANNE, now: NOW });
      server = applied.state;
      const diff = applied.change?.text?.update;
      if (diff) tabs.forEach((_doc, tab) => toTabs.push({ tab, update: diff }));
    }
    const broadcast = pick(toTabs);
    if (broadcast) Y.applyUpdate(tabs[broadcast.tab]!, fromBase64(broadcast.update), 'remote');
  };
  for (const e of edits) {
    for (let i = (schedule[step % schedule.length] ?? 0) % 3; i > 0; i--) deliverOne();
    const text = tabs[e.replica]!.getText('text');
    const at = e.at % (text.length + 1);
    if ('insert' in e) {
      text.insert(at, e.insert);
      inserted.push(e.insert);
    } else if (text.length > at) {
      text.delete(at, Math.min(e.remove, text.length - at));
    }
  }
  while (toServer.some((queue) => queue.length > 0) || toTabs.length > 0) deliverOne();
  return { server: cardTexts(server.cards.k1!).text, tabs: tabs.map((doc) => doc.getText('text').toJSON()), inserted };
}

const sorted = (text: string) => [...text].sort().join('');

describe('co-editing one card', () => {
  it('ends with the same text on every tab and on the server, in any delivery order', () =>
    fc.assert(
      fc.property(scenario(true), (s) => {
        const result = run(s);
        for (const tab of result.tabs) expect(tab).toBe(result.server);
      }),
      { numRuns: 150 },
    ));

  it('keeps every character anyone typed when nobody deletes', () =>
    fc.assert(
      fc.property(scenario(false), (s) => {
        const result = run(s);
        expect(sorted(result.server)).toBe(sorted(result.inserted.join('')));
        for (const tab of result.tabs) expect(tab).toBe(result.server);
      }),
      { numRuns: 150 },
    ));
});
