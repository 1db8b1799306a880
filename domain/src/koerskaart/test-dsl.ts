/**
 * Test helpers (not exported from the folder's index): a person writing on a canvas through the
 * server's rules (apply.ts), for tests of what reads the cards.
 */
import { applyOperation, emptyCanvas, seedCard } from './apply';
import { orderAt } from './operations';
import type { CardLink, KoerskaartState } from './schema';
import type { SectionId } from './structure';

export const SANNE = '0a000000-0000-4000-8000-000000000106';
export const JEROEN = '0a000000-0000-4000-8000-000000000101';
export const NOW = '2026-12-01T09:00:00.000Z';

export class Replica {
  state: KoerskaartState = emptyCanvas();

  constructor(
    readonly userId: string,
    readonly sessionId: string,
  ) {}

  add(cardId: string, section: SectionId, text: string, link?: CardLink): void {
    const order = orderAt(this.state, section, Number.MAX_SAFE_INTEGER);
    this.state = seedCard(this.state, { cardId, section, order, texts: { text }, ...(link ? { link } : {}) }, { userId: this.userId, now: NOW });
  }

  delete(cardId: string): void {
    this.state = applyOperation(this.state, { type: 'deleteCard', cardId }, { userId: this.userId, now: NOW }).state;
  }
}
