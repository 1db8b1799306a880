import type { koerskaart } from '@koers/domain';
import type { CanvasLayout } from './layout';

type PhaseId = koerskaart.PhaseId;
type SectionId = koerskaart.SectionId;

/** The sections shown, per phase, in conversation order: the board's columns and their areas. */
export type SectionsByPhase = Readonly<Record<PhaseId, readonly SectionId[]>>;

/**
 * How the canvas is laid out: the whole board (three phase columns side by side), or one phase at
 * a time where there is no room for three columns (the 320 px side panel, a narrow window).
 */
export type BoardMode = 'board' | 'phase';

/** Below this width three columns of notes get too narrow to read and write in. */
export const BOARD_MIN_WIDTH = 960;

export function boardMode(layout: CanvasLayout, width: number): BoardMode {
  if (layout === 'panel') return 'phase';
  return width >= BOARD_MIN_WIDTH ? 'board' : 'phase';
}

/** Where a phase stands in the conversation, as the stepper shows it. */
export type StepState = 'done' | 'current' | 'next';

export function stepState(phases: readonly PhaseId[], phase: PhaseId, current: PhaseId): StepState {
  const at = phases.indexOf(phase);
  const now = phases.indexOf(current);
  if (at === now) return 'current';
  return at < now ? 'done' : 'next';
}

/**
 * Up and down walk a phase's column: within a section, and past its top or bottom into the
 * neighbouring section of the same phase. The previous and next phase put the card at the end of
 * that phase's first section, where the conversation picks it up.
 */
export type MoveDirection = 'up' | 'down' | 'previous-phase' | 'next-phase';

export const MOVE_DIRECTIONS: readonly MoveDirection[] = ['up', 'down', 'previous-phase', 'next-phase'];

/** A card's place: its section and its index among that section's cards. */
export interface CardPlace {
  section: SectionId;
  index: number;
}

function phaseOf(layout: SectionsByPhase, section: SectionId): PhaseId | undefined {
  return (Object.keys(layout) as PhaseId[]).find((phase) => layout[phase].includes(section));
}

/**
 * Where a card at `from` goes when moved in `direction`, as the index it ends up at (among the
 * target section's other cards); undefined where it cannot go further. `count` is the number of
 * cards a section holds now.
 */
export function moveTarget(
  layout: SectionsByPhase,
  phases: readonly PhaseId[],
  from: CardPlace,
  direction: MoveDirection,
  count: (section: SectionId) => number,
): CardPlace | undefined {
  const phase = phaseOf(layout, from.section);
  if (phase === undefined) return undefined;
  const column = layout[phase];
  const at = column.indexOf(from.section);
  if (direction === 'up') {
    if (from.index > 0) return { section: from.section, index: from.index - 1 };
    const above = column[at - 1];
    return above === undefined ? undefined : { section: above, index: count(above) };
  }
  if (direction === 'down') {
    if (from.index < count(from.section) - 1) return { section: from.section, index: from.index + 1 };
    const below = column[at + 1];
    return below === undefined ? undefined : { section: below, index: 0 };
  }
  const neighbour = phases[phases.indexOf(phase) + (direction === 'next-phase' ? 1 : -1)];
  const section = neighbour === undefined ? undefined : layout[neighbour][0];
  return section === undefined ? undefined : { section, index: count(section) };
}

/** The move a key press asks for: Alt with an arrow key, nothing else held. */
export function moveShortcut(key: { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }): MoveDirection | undefined {
  if (!key.altKey || key.ctrlKey || key.metaKey || key.shiftKey) return undefined;
  const directions: Record<string, MoveDirection> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'previous-phase', ArrowRight: 'next-phase' };
  return directions[key.key];
}

/** Where a dragged card lands: before the first card whose middle is below the pointer. */
export function dropIndex(middles: readonly number[], pointerY: number): number {
  const index = middles.findIndex((middle) => pointerY < middle);
  return index === -1 ? middles.length : index;
}

/**
 * Per card: the names of the others typing in it now, one a line, each once (one person may have
 * the canvas open twice). A string per card, so a card nobody started or stopped typing in gets the
 * same value as before and need not render again.
 */
export function editorsByCard(
  presence: readonly { userId: string; editing?: { cardId: string } | null }[],
  myUserId: string,
  names: Readonly<Record<string, string>>,
): Map<string, string> {
  const result = new Map<string, string[]>();
  for (const p of presence) {
    if (!p.editing || p.userId === myUserId) continue;
    const list = result.get(p.editing.cardId) ?? [];
    const name = names[p.userId] ?? '?';
    if (!list.includes(name)) list.push(name);
    result.set(p.editing.cardId, list);
  }
  return new Map([...result].map(([cardId, list]) => [cardId, list.join('\n')]));
}
