import fc from 'fast-check';
import * as Y from 'yjs';
import { applyOperation, compactState, emptyCanvas, seedCard } from './apply';
import { KoerskaartError } from './errors';
import { LegacyCard, StoredKoerskaartState } from './legacy';
import { KoerskaartOperation, KoerskaartState } from './schema';
import { cardTexts, loadTextDoc, MAX_DOC_CLIENTS, MAX_FIELD_LENGTH, SERVER_CLIENT_ID, toBase64 } from './text';

const SANNE = '0a000000-0000-4000-8000-000000000106';
const JEROEN = '0a000000-0000-4000-8000-000000000101';
const NOW = '2026-12-01T09:00:00.000Z';
const sanne = { userId: SANNE, now: NOW };
const jeroen = { userId: JEROEN, now: NOW };

function typed(state: KoerskaartState, cardId: string, write: (doc: Y.Doc) => void, clientId = 4242): string {
  const doc = loadTextDoc(state.cards[cardId]?.text, clientId);
  const before = Y.encodeStateVector(doc);
  write(doc);
  return toBase64(Y.encodeStateAsUpdate(doc, before));
}

function refusal(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (error instanceof KoerskaartError) return error.code;
    throw error;
  }
}

const withCard = () => applyOperation(emptyCanvas(), { type: 'addCard', cardId: 'k1', kind: 'note', section: 'wensen', order: 'V' }, sanne).state;
const edit = (state: KoerskaartState, update: string, epoch = 0): KoerskaartOperation => ({ type: 'editText', cardId: 'k1', epoch, update });

describe('the server applying Koerskaart operations', () => {
  it('keeps the path and course a card was made from, through a move, and refuses a link to nothing', () => {
    const link = { targetFunctionId: 'werkvoorbereider', learningItemId: 'werkvoorbereiding-ew' };
    const added = applyOperation(emptyCanvas(), { type: 'addCard', cardId: 'k1', kind: 'note', section: 'mogelijkheden', order: 'V', link }, sanne);
    expect(added.change?.meta.link).toEqual(link);
    const moved = applyOperation(added.state, { type: 'moveCard', cardId: 'k1', section: 'afspraken', order: 'a' }, jeroen).state;
    expect(KoerskaartState.parse(moved).cards.k1?.link).toEqual(link);
    expect(KoerskaartOperation.safeParse({ type: 'addCard', cardId: 'k2', kind: 'note', section: 'wensen', order: 'V', link: {} }).success).toBe(false);
  });

  it('writes the author and the versions from the signed-in person, whatever a client claims', () => {
    const state = withCard();
    const moved = applyOperation(state, { type: 'moveCard', cardId: 'k1', section: 'noden', order: 'a' }, jeroen).state;
    expect(moved.cards.k1).toMatchObject({ authorId: SANNE, place: { section: 'noden', version: 2, updatedBy: JEROEN } });
    // Someone else's add under the same id is not a way to take the card over.
    expect(refusal(() => applyOperation(moved, { type: 'addCard', cardId: 'k1', kind: 'note', section: 'wensen', order: 'V' }, jeroen))).toBe('card-exists');
    // The author's own add sent twice changes nothing.
    expect(applyOperation(moved, { type: 'addCard', cardId: 'k1', kind: 'note', section: 'wensen', order: 'V' }, sanne).change).toBeUndefined();
  });

  it('merges what two people type into one field, character by character', () => {
    let state = withCard();
    state = applyOperation(state, edit(state, typed(state, 'k1', (d) => d.getText('text').insert(0, 'Meer klantcontact'))), sanne).state;
    const base = state;
    const a = typed(base, 'k1', (d) => d.getText('text').insert(0, 'Graag '), 11);
    const b = typed(base, 'k1', (d) => d.getText('text').insert(17, ' en reizen'), 12);
    state = applyOperation(state, edit(state, a), sanne).state;
    state = applyOperation(state, edit(state, b), jeroen).state;
    expect(cardTexts(state.cards.k1!).text).toBe('Graag Meer klantcontact en reizen');
  });

  it('refuses updates that are no plain text of this card: other fields, structure, the server\'s id, too much text, garbage', () => {
    const state = withCard();
    expect(refusal(() => applyOperation(state, edit(state, typed(state, 'k1', (d) => d.getText('valkuil').insert(0, 'x'))), sanne))).toBe('field-not-on-card');
    expect(refusal(() => applyOperation(state, edit(state, typed(state, 'k1', (d) => d.getMap('text').set('a', 1))), sanne))).toBe('invalid-update');
    expect(refusal(() => applyOperation(state, edit(state, typed(state, 'k1', (d) => d.getText('text').insert(0, 'x', { bold: true }))), sanne))).toBe('invalid-update');
    expect(refusal(() => applyOperation(state, edit(state, typed(state, 'k1', (d) => d.getText('text').insert(0, 'x'), SERVER_CLIENT_ID)), sanne))).toBe('invalid-update');
    expect(refusal(() => applyOperation(state, edit(state, typed(state, 'k1', (d) => d.getText('text').insert(0, 'x'.repeat(MAX_FIELD_LENGTH + 1)))), sanne))).toBe('text-too-long');
    expect(refusal(() => applyOperation(state, edit(state, toBase64(new Uint8Array([200, 1, 2, 3]))), sanne))).toBe('invalid-update');
    expect(refusal(() => applyOperation(state, edit(state, 'AAAAA'), sanne))).toBe('invalid-update');
    expect(refusal(() => applyOperation(state, edit(state, toBase64(new Uint8Array([1, 1, 5, 0, 4, 1, 255, 255, 255, 255, 15]))), sanne))).toBe('invalid-update');
  });

  it('refuses an update that builds on text the server never had, and one made on an older document', () => {
    const state = withCard();
    const doc = loadTextDoc(undefined, 77);
    doc.getText('text').insert(0, 'eerst');
    const sv = Y.encodeStateVector(doc);
    doc.getText('text').insert(5, ' dan');
    const second = toBase64(Y.encodeStateAsUpdate(doc, sv));
    expect(refusal(() => applyOperation(state, edit(state, second), sanne))).toBe('update-needs-resync');
    expect(refusal(() => applyOperation(state, edit(state, typed(state, 'k1', (d) => d.getText('text').insert(0, 'x')), 3), sanne))).toBe('stale-epoch');
  });

  it('erases a deleted card\'s text from what is stored, and keeps later typing out of it', () => {
    let state = withCard();
    const secret = 'Ik wil eigenlijk weg bij dit bedrijf';
    const late = typed(state, 'k1', (d) => d.getText('text').insert(0, 'nog meer'), 99);
    state = applyOperation(state, edit(state, typed(state, 'k1', (d) => d.getText('text').insert(0, secret))), sanne).state;
    state = applyOperation(state, { type: 'deleteCard', cardId: 'k1' }, jeroen).state;
    expect(state.cards.k1).toMatchObject({ id: 'k1', kind: 'note', authorId: SANNE, epoch: 0, deleted: { by: JEROEN, at: NOW } });
    expect(state.cards.k1?.text).toBeUndefined();
    const after = applyOperation(state, edit(state, late), sanne);
    expect(after.change).toBeUndefined();
    expect(JSON.stringify(after.state)).not.toContain('weg bij');
  });

  it('compacts a card typed in from many page sessions into a document without history', () => {
    let state = withCard();
    for (let client = 0; client <= MAX_DOC_CLIENTS; client++) {
      state = applyOperation(state, edit(state, typed(state, 'k1', (d) => d.getText('text').insert(0, 'a'), 1000 + client), state.cards.k1!.epoch), sanne).state;
    }
    const card = state.cards.k1!;
    expect(card.epoch).toBe(1);
    expect(cardTexts(card).text).toBe('a'.repeat(MAX_DOC_CLIENTS + 1));
    expect(loadTextDoc(card.text).store.clients.size).toBe(1);
    const locked = compactState(state);
    expect(locked.state.cards.k1!.epoch).toBe(2);
    expect(locked.changes).toHaveLength(1);
  });

  it('refuses a card beyond the limit, and a kind the section does not offer', () => {
    let state = emptyCanvas();
    for (let i = 0; i < 500; i++) state = seedCard(state, { cardId: `k${i}`, section: 'wensen', order: 'V' }, sanne);
    expect(refusal(() => applyOperation(state, { type: 'addCard', cardId: 'extra', kind: 'note', section: 'wensen', order: 'V' }, sanne))).toBe('canvas-full');
    expect(refusal(() => applyOperation(emptyCanvas(), { type: 'addCard', cardId: 'kk', kind: 'kernkwadrant', section: 'wensen', order: 'V' }, sanne))).toBe('kind-not-in-section');
  });
});

describe('any bytes a client sends as text', () => {
  it('are applied or refused with a reason, never an unexpected error', () => {
    const base = withCard();
    const valid = fromBase64Bytes(typed(base, 'k1', (d) => d.getText('text').insert(0, 'Meer klantcontact')));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 120 }),
          // A real update with a few bytes changed: the shapes a decoder meets least often.
          fc.array(fc.tuple(fc.nat(valid.length - 1), fc.nat(255)), { minLength: 1, maxLength: 4 }).map((flips) => {
            const bytes = Uint8Array.from(valid);
            for (const [at, value] of flips) bytes[at] = value;
            return bytes;
          }),
        ),
        (bytes) => {
          const code = refusal(() => applyOperation(base, edit(base, toBase64(bytes)), sanne));
          expect(code === undefined || typeof code === 'string').toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

function fromBase64Bytes(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

describe('reading a canvas stored before co-editing', () => {
  const write = (value: string, version: number, nonce: string, replicaId: string, clock: Record<string, number>) => ({ value, version, versionNonce: nonce, updatedBy: SANNE, replicaId, clock });
  const place = { section: 'wensen', order: 'V', version: Number.MAX_SAFE_INTEGER, versionNonce: 'n0', updatedBy: JEROEN };

  it('keeps every card\'s text, both alternatives of a conflict, and no text of a deleted card', () => {
    const stored = {
      cards: {
        gewoon: { id: 'gewoon', kind: 'note', authorId: SANNE, place, fields: { text: [write('Meer klantcontact', 3, 'a', 'r1', { r1: 3 })] } },
        conflict: { id: 'conflict', kind: 'note', authorId: SANNE, place, fields: { text: [write('Versie A', 2, 'a', 'r1', { r1: 2 }), write('Versie B', 3, 'b', 'r2', { r1: 1, r2: 1 })] } },
        weg: {
          id: 'weg',
          kind: 'note',
          authorId: SANNE,
          place,
          fields: { text: [write('Geheim', 1, 'a', 'r1', { r1: 1 })] },
          tombstone: { seen: { text: { r1: 1 } }, version: 1, versionNonce: 't', updatedBy: JEROEN },
        },
      },
    };
    expect(LegacyCard.safeParse(stored.cards.gewoon).success).toBe(true);
    const state = StoredKoerskaartState.parse(stored);
    expect(cardTexts(state.cards.gewoon!).text).toBe('Meer klantcontact');
    expect(cardTexts(state.cards.conflict!).text).toBe('Versie B\nVersie A');
    expect(state.cards.weg).toMatchObject({ deleted: { by: JEROEN } });
    expect(JSON.stringify(state)).not.toContain('Geheim');
    // The old versions came from clients; the migrated ones start again.
    expect(state.cards.gewoon!.place.version).toBe(1);
    // Reading twice gives the same document: tabs that load it at different times agree.
    expect(StoredKoerskaartState.parse(stored)).toEqual(state);
    expect(KoerskaartState.safeParse(state).success).toBe(true);
  });
});
