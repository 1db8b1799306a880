import { ReplicaId } from './clock';
import { CardId, KoerskaartOperation, KoerskaartOperationBatch, KoerskaartState, MAX_CARDS, MAX_TEXT_LENGTH, type Card } from './schema';
import { applyOperation } from './merge';
import { fromCommonStart } from './test-dsl';

function sample() {
  const { sanne, jeroen } = fromCommonStart((s) => {
    s.add('c1', 'wensen', 'Meer leiding');
    s.addKernkwadrant('k1', { kernkwaliteit: 'Zorgvuldig' });
  });
  sanne.edit('c1', 'Meer leiding geven');
  jeroen.edit('c1', 'Leiding over de planning');
  jeroen.delete('k1');
  sanne.sync(jeroen);
  return { state: sanne.state, ops: [...sanne.sent, ...jeroen.sent] };
}

const card = (state: KoerskaartState, id: string): Card => structuredClone(state.cards[id]!);

describe('validating canvases and operations', () => {
  it('accepts a canvas with a conflict and a tombstone, as stored', () => {
    const { state } = sample();
    expect(KoerskaartState.parse(state)).toEqual(state);
  });

  it('accepts every operation the replicas made, unchanged', () => {
    const { ops } = sample();
    for (const op of ops) expect(KoerskaartOperation.parse(op)).toEqual(op);
    expect(KoerskaartOperationBatch.safeParse(ops).success).toBe(true);
  });

  it('refuses text over 4000 characters', () => {
    const { state } = sample();
    const c1 = card(state, 'c1');
    c1.fields.text![0]!.value = 'x'.repeat(MAX_TEXT_LENGTH + 1);
    expect(KoerskaartState.safeParse({ cards: { ...state.cards, c1 } }).success).toBe(false);
  });

  it('refuses more than 500 cards', () => {
    const { state } = sample();
    const cards: Record<string, Card> = {};
    for (let i = 0; i <= MAX_CARDS; i++) cards[`c${i}`] = { ...card(state, 'c1'), id: `c${i}` };
    expect(KoerskaartState.safeParse({ cards }).success).toBe(false);
    delete cards.c0;
    expect(KoerskaartState.safeParse({ cards }).success).toBe(true);
  });

  it('refuses a card stored under another id', () => {
    const { state } = sample();
    expect(KoerskaartState.safeParse({ cards: { other: card(state, 'c1') } }).success).toBe(false);
  });

  it('refuses a note with a kernkwadrant field', () => {
    const { state } = sample();
    const c1 = card(state, 'c1');
    c1.fields.valkuil = c1.fields.text;
    expect(KoerskaartState.safeParse({ cards: { c1 } }).success).toBe(false);
  });

  it('refuses a write whose clock does not count the write itself', () => {
    const { state } = sample();
    const c1 = card(state, 'c1');
    const write = c1.fields.text![0]!;
    write.clock = { someone: 3 };
    expect(KoerskaartState.safeParse({ cards: { c1 } }).success).toBe(false);
  });

  it('refuses alternatives of which one supersedes another', () => {
    const { state } = sample();
    const c1 = card(state, 'c1');
    const [first] = c1.fields.text!;
    c1.fields.text = [first!, { ...first!, versionNonce: 'older', clock: { [first!.replicaId]: 1 } }];
    expect(KoerskaartState.safeParse({ cards: { c1 } }).success).toBe(false);
  });

  it('refuses an unknown section, a bad order key and a bad author', () => {
    const { state } = sample();
    const bad = [
      (c: Card) => Object.assign(c.place, { section: 'functionering' }),
      (c: Card) => Object.assign(c.place, { order: 'V0' }),
      (c: Card) => Object.assign(c, { authorId: 'sanne' }),
    ];
    for (const spoil of bad) {
      const c1 = card(state, 'c1');
      spoil(c1);
      expect(KoerskaartState.safeParse({ cards: { c1 } }).success).toBe(false);
    }
  });

  it('refuses an edit of a field the card kind does not have, and an add that is already deleted', () => {
    const { ops } = sample();
    const edit = ops.find((op) => op.type === 'editText')!;
    expect(KoerskaartOperation.safeParse({ ...edit, field: 'valkuil' }).success).toBe(false);
    const add = { type: 'addCard', card: { ...card(sample().state, 'k1') } };
    expect(KoerskaartOperation.safeParse(add).success).toBe(false);
  });

  it('parses a stored canvas back to the same bytes, so a re-delivered operation is seen as no change', () => {
    const { state, ops } = sample();
    const stored = KoerskaartState.parse(JSON.parse(JSON.stringify(state)));
    expect(JSON.stringify(stored)).toBe(JSON.stringify(state));
    for (const op of ops) expect(applyOperation(stored, op)).toBe(stored);
  });

  it('keeps ids away from object prototypes', () => {
    expect(CardId.safeParse('__proto__').success).toBe(false);
    expect(ReplicaId.safeParse('__proto__').success).toBe(false);
    const parsed = KoerskaartState.parse(JSON.parse('{"cards":{"__proto__":{"id":"x"}}}'));
    expect(Object.keys(parsed.cards)).toEqual([]);
    expect(Object.getPrototypeOf(parsed.cards)).toBe(Object.prototype);
  });
});
