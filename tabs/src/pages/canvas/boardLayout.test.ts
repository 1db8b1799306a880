import { describe, expect, it } from '@jest/globals';
import type { koerskaart } from '@koers/domain';
import { boardMode, dropIndex, editorsByCard, moveShortcut, moveTarget, stepState, type SectionsByPhase } from './boardLayout';

const PHASES: readonly koerskaart.PhaseId[] = ['uitwisseling', 'voorstellen', 'afspraken'];
const LAYOUT: SectionsByPhase = {
  uitwisseling: ['opening', 'autonomie', 'wensen'],
  voorstellen: ['mogelijkheden', 'ondersteuning'],
  afspraken: ['afspraken'],
};
const COUNTS: Partial<Record<koerskaart.SectionId, number>> = { opening: 2, autonomie: 0, wensen: 3, mogelijkheden: 1, ondersteuning: 0, afspraken: 4 };
const count = (section: koerskaart.SectionId) => COUNTS[section] ?? 0;
const move = (section: koerskaart.SectionId, index: number, direction: Parameters<typeof moveTarget>[3]) => moveTarget(LAYOUT, PHASES, { section, index }, direction, count);

describe('moving a card on the board with the keyboard', () => {
  it('moves a card up and down within its section', () => {
    expect(move('wensen', 1, 'up')).toEqual({ section: 'wensen', index: 0 });
    expect(move('wensen', 1, 'down')).toEqual({ section: 'wensen', index: 2 });
  });

  it('moves a card past the top or bottom of its section into the neighbouring section of the same phase', () => {
    expect(move('wensen', 0, 'up')).toEqual({ section: 'autonomie', index: 0 });
    expect(move('opening', 1, 'down')).toEqual({ section: 'autonomie', index: 0 });
    // Into a section with cards from below: at its end, right above where the card came from.
    expect(move('mogelijkheden', 0, 'down')).toEqual({ section: 'ondersteuning', index: 0 });
    expect(move('autonomie', 0, 'up')).toEqual({ section: 'opening', index: 2 });
  });

  it('stops at the top and bottom of a phase', () => {
    expect(move('opening', 0, 'up')).toBeUndefined();
    expect(move('wensen', 2, 'down')).toBeUndefined();
  });

  it('moves a card to the end of the first section of the next or previous phase', () => {
    expect(move('wensen', 1, 'next-phase')).toEqual({ section: 'mogelijkheden', index: 1 });
    expect(move('mogelijkheden', 0, 'next-phase')).toEqual({ section: 'afspraken', index: 4 });
    expect(move('afspraken', 3, 'previous-phase')).toEqual({ section: 'mogelijkheden', index: 1 });
    expect(move('ondersteuning', 0, 'previous-phase')).toEqual({ section: 'opening', index: 2 });
  });

  it('goes no further than the first and the last phase', () => {
    expect(move('opening', 0, 'previous-phase')).toBeUndefined();
    expect(move('afspraken', 0, 'next-phase')).toBeUndefined();
  });

  it('reads Alt with an arrow key as a move, and nothing else', () => {
    const key = (k: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}) =>
      moveShortcut({ key: k, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });
    expect(key('ArrowUp', { altKey: true })).toBe('up');
    expect(key('ArrowDown', { altKey: true })).toBe('down');
    expect(key('ArrowLeft', { altKey: true })).toBe('previous-phase');
    expect(key('ArrowRight', { altKey: true })).toBe('next-phase');
    expect(key('ArrowUp')).toBeUndefined();
    expect(key('ArrowUp', { altKey: true, shiftKey: true })).toBeUndefined();
    expect(key('ArrowUp', { altKey: true, ctrlKey: true })).toBeUndefined();
    expect(key('a', { altKey: true })).toBeUndefined();
  });
});

describe('the board’s layout', () => {
  it('shows the three phases side by side on the stage and in a wide tab, one at a time in the side panel and a narrow window', () => {
    expect(boardMode('stage', 1920)).toBe('board');
    expect(boardMode('page', 1280)).toBe('board');
    expect(boardMode('page', 320)).toBe('phase');
    expect(boardMode('panel', 1280)).toBe('phase');
  });

  it('marks the phases before the current one done and the ones after it next', () => {
    expect(PHASES.map((p) => stepState(PHASES, p, 'voorstellen'))).toEqual(['done', 'current', 'next']);
    expect(PHASES.map((p) => stepState(PHASES, p, 'uitwisseling'))).toEqual(['current', 'next', 'next']);
  });

  it('drops a dragged card before the first card whose middle is below the pointer', () => {
    expect(dropIndex([100, 200, 300], 50)).toBe(0);
    expect(dropIndex([100, 200, 300], 150)).toBe(1);
    expect(dropIndex([100, 200, 300], 350)).toBe(3);
    expect(dropIndex([], 10)).toBe(0);
  });
});

describe('who is typing in which card', () => {
  const names = { me: 'Linda de Wit', sanne: 'Sanne Bakker', jeroen: 'Jeroen Hendriks' };

  it('names the others typing in a card, each once, and never the reader', () => {
    const editors = editorsByCard(
      [
        { userId: 'sanne', editing: { cardId: 'a' } },
        { userId: 'sanne', editing: { cardId: 'a' } },
        { userId: 'jeroen', editing: { cardId: 'a' } },
        { userId: 'me', editing: { cardId: 'b' } },
        { userId: 'jeroen', editing: null },
      ],
      'me',
      names,
    );
    expect(editors.get('a')).toBe('Sanne Bakker\nJeroen Hendriks');
    expect(editors.has('b')).toBe(false);
  });
});
