import { KoerskaartError } from './errors';
import { applyOperation, emptyCanvas } from './merge';
import { addCard, editText, orderAt, resolveConflict, type Writer } from './operations';
import { MAX_CARDS, MAX_TEXT_LENGTH, operationId, type KoerskaartState } from './schema';
import { fromCommonStart, JEROEN, Replica, SANNE } from './test-dsl';
import { cardsInSection, fieldText, hasConflict } from './view';

const writer = (nonce: string): Writer => ({ userId: SANNE, replicaId: 'sanne-tab', nonce });

function codeOf(make: () => unknown): string | undefined {
  try {
    make();
  } catch (error) {
    if (error instanceof KoerskaartError) return error.code;
    throw error;
  }
  return undefined;
}

describe('making operations', () => {
  it('adds a card under its author, with a first version of its place and every field', () => {
    const op = addCard(emptyCanvas(), { cardId: 'c1', section: 'wensen', order: 'V', texts: { text: 'Meer leiding' } }, writer('n1'));
    expect(op.card.authorId).toBe(SANNE);
    expect(op.card.place).toEqual({ section: 'wensen', order: 'V', version: 1, versionNonce: 'n1', updatedBy: SANNE });
    expect(op.card.fields.text).toEqual([
      { value: 'Meer leiding', version: 1, versionNonce: 'n1', updatedBy: SANNE, replicaId: 'sanne-tab', clock: { 'sanne-tab': 1 } },
    ]);
    expect(operationId(op)).toBe('n1');
  });

  it('gives a new kernkwadrant all four quadrants, empty where nothing was typed yet', () => {
    const op = addCard(
      emptyCanvas(),
      { cardId: 'k1', kind: 'kernkwadrant', section: 'competentie', order: 'V', texts: { kernkwaliteit: 'Behulpzaam' } },
      writer('n1'),
    );
    expect(Object.keys(op.card.fields)).toEqual(['kernkwaliteit', 'valkuil', 'uitdaging', 'allergie']);
    expect(op.card.fields.valkuil?.[0]?.value).toBe('');
  });

  it('refuses a second card with the same id', () => {
    const state = applyOperation(emptyCanvas(), addCard(emptyCanvas(), { cardId: 'c1', section: 'wensen', order: 'V' }, writer('n1')));
    expect(codeOf(() => addCard(state, { cardId: 'c1', section: 'noden', order: 'V' }, writer('n2')))).toBe('card-exists');
  });

  it('refuses the card after the 500th, also when the add arrives from elsewhere', () => {
    let state: KoerskaartState = emptyCanvas();
    for (let i = 0; i < MAX_CARDS; i++) {
      state = applyOperation(state, addCard(state, { cardId: `c${i}`, section: 'wensen', order: orderAt(state, 'wensen', i) }, writer(`n${i}`)));
    }
    expect(codeOf(() => addCard(state, { cardId: 'extra', section: 'wensen', order: 'V' }, writer('x')))).toBe('canvas-full');
    const elsewhere = addCard(emptyCanvas(), { cardId: 'extra', section: 'wensen', order: 'V' }, writer('x'));
    expect(codeOf(() => applyOperation(state, elsewhere))).toBe('canvas-full');
  });

  it('refuses text longer than 4000 characters', () => {
    const { sanne } = fromCommonStart((s) => s.add('c1', 'wensen'));
    expect(codeOf(() => sanne.edit('c1', 'x'.repeat(MAX_TEXT_LENGTH + 1)))).toBe('text-too-long');
    expect(codeOf(() => sanne.edit('c1', 'x'.repeat(MAX_TEXT_LENGTH)))).toBeUndefined();
  });

  it('refuses an order key that is not a fractional key', () =>
    expect(codeOf(() => addCard(emptyCanvas(), { cardId: 'c1', section: 'wensen', order: 'V0' }, writer('n1')))).toBe('invalid-order-key'));

  it('refuses a field the card does not have', () => {
    const { sanne } = fromCommonStart((s) => s.add('c1', 'wensen'));
    expect(codeOf(() => sanne.edit('c1', 'x', { field: 'valkuil' }))).toBe('field-not-on-card');
    expect(codeOf(() => sanne.edit('nope', 'x'))).toBe('unknown-card');
  });

  it('asks a session with no alternative of its own in a conflict to resolve instead of typing over', () => {
    const { sanne, jeroen } = fromCommonStart((s) => s.add('c1', 'afspraken', 'Cursus'));
    sanne.edit('c1', 'Cursus in juni');
    jeroen.edit('c1', 'Meelopen');
    const stage = new Replica(SANNE, 'sanne-stage', sanne.state);
    stage.sync(jeroen);
    expect(hasConflict(stage.state.cards.c1!)).toBe(true);
    expect(codeOf(() => editText(stage.state, { cardId: 'c1', text: 'x' }, { userId: SANNE, replicaId: 'sanne-stage', nonce: 'n' }))).toBe(
      'conflict-needs-resolution',
    );
    const stageWriter = { userId: SANNE, replicaId: 'sanne-stage', nonce: 'r' };
    const resolved = applyOperation(stage.state, resolveConflict(stage.state, { cardId: 'c1', text: 'Meelopen' }, stageWriter));
    expect(fieldText(resolved.cards.c1!)).toEqual({ value: 'Meelopen' });
  });

  it('shows a conflict with the newest alternative as the value and each author', () => {
    const { sanne, jeroen } = fromCommonStart((s) => s.add('c1', 'afspraken', 'Cursus'));
    sanne.edit('c1', 'Cursus in juni');
    sanne.edit('c1', 'Cursus in juni bij het ROC');
    jeroen.edit('c1', 'Meelopen');
    sanne.sync(jeroen);
    const text = fieldText(sanne.state.cards.c1!);
    expect(text.value).toBe('Cursus in juni bij het ROC');
    expect(text.conflict?.alternatives.map((a) => [a.value, a.updatedBy])).toEqual([
      ['Cursus in juni bij het ROC', SANNE],
      ['Meelopen', JEROEN],
    ]);
  });

  it('refuses an operation that contradicts the card it names', () => {
    const { sanne, jeroen } = fromCommonStart((s) => s.add('c1', 'wensen', 'x'));
    const op = jeroen.edit('c1', 'y');
    const forged = { ...op, card: { ...op.card, authorId: JEROEN } } as typeof op;
    expect(codeOf(() => applyOperation(sanne.state, forged))).toBe('card-mismatch');
  });

  it('computes positions from the visible cards, leaving the moving card out', () => {
    const { sanne } = fromCommonStart((s) => {
      s.add('a', 'wensen', 'a');
      s.add('b', 'wensen', 'b');
      s.add('c', 'wensen', 'c');
    });
    sanne.move('c', 'wensen', 0);
    sanne.move('a', 'wensen', 2);
    expect(cardsInSection(sanne.state, 'wensen').map((c) => c.id)).toEqual(['c', 'b', 'a']);
    sanne.delete('b');
    expect(cardsInSection(sanne.state, 'wensen').map((c) => c.id)).toEqual(['c', 'a']);
  });

  it('treats ids that happen to be Object.prototype names as ordinary ids', () => {
    const odd = new Replica(SANNE, 'toString');
    const id: string = 'constructor';
    expect(codeOf(() => odd.edit(id, 'x'))).toBe('unknown-card');
    odd.add(id, 'wensen', 'eerste');
    odd.edit(id, 'tweede');
    expect(fieldText(odd.state.cards[id]!)).toEqual({ value: 'tweede' });
    expect(odd.state.cards[id]?.fields.text?.[0]?.clock).toEqual({ toString: 2 });
  });
});
