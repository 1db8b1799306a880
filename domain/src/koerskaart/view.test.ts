import { applyOperation, emptyCanvas } from './merge';
import { addCard, deleteCard, orderAt, type Writer } from './operations';
import { sectionIdsByPhase } from './structure';
import { SANNE } from './test-dsl';
import { shownSectionIdsByPhase } from './view';

const writer = (nonce: string): Writer => ({ userId: SANNE, replicaId: 'sanne-tab', nonce });

describe('the sections a Koerskaart shows', () => {
  it('are those of its variant while nothing else holds a card', () => {
    expect(shownSectionIdsByPhase(emptyCanvas(), 'standaard')).toEqual(sectionIdsByPhase('standaard'));
    expect(shownSectionIdsByPhase(emptyCanvas(), 'langer-werken')).toEqual(sectionIdsByPhase('langer-werken'));
  });

  it('keep the vitality section with its cards after a switch back to the standard conversation, until it is empty', () => {
    let state = emptyCanvas();
    state = applyOperation(state, addCard(state, { cardId: 'v', section: 'vitaliteit', order: orderAt(state, 'vitaliteit', 0), texts: { text: 'Minder nachtdiensten' } }, writer('1')));
    const shown = shownSectionIdsByPhase(state, 'standaard').uitwisseling;
    expect(shown).toContain('vitaliteit');
    // In its place in the conversation, between competentie and wensen.
    expect(shown.slice(shown.indexOf('competentie'), shown.indexOf('wensen') + 1)).toEqual(['competentie', 'vitaliteit', 'wensen']);

    state = applyOperation(state, deleteCard(state, { cardId: 'v' }, writer('2')));
    expect(shownSectionIdsByPhase(state, 'standaard')).toEqual(sectionIdsByPhase('standaard'));
  });
});
