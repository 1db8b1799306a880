import { koerskaart } from '@koers/domain';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { randomToken, type CanvasSession } from '../../canvas/canvasSession';
import { moveTarget, type CardPlace, type MoveDirection, type SectionsByPhase } from './boardLayout';
import { focusTarget } from './useFocusAfterAction';

/**
 * What can be done to the board's cards. One object for the board's lifetime, so that passing it
 * to every card does not make every card render again: each action reads the session's state and
 * the board's layout when it runs, not when the card rendered.
 */
export interface BoardActions {
  /** `link`: the path or course of "Mogelijke stappen" the card is made from. */
  add(section: koerskaart.SectionId, kind: koerskaart.CardKind, texts?: Partial<Record<koerskaart.FieldName, string>>, link?: koerskaart.CardLink): void;
  /** `refocus`: where focus goes once the moved card is rendered in its new place, in order of preference. */
  move(cardId: string, from: CardPlace, direction: MoveDirection, refocus: readonly string[]): void;
  moveTo(cardId: string, to: CardPlace, refocus: readonly string[]): void;
  remove(cardId: string, section: koerskaart.SectionId): void;
}

export function useBoardActions(
  session: CanvasSession,
  focusAfter: (candidates: readonly string[]) => void,
  layout: SectionsByPhase,
  /** A card went to this phase: a board showing one phase at a time follows it there. */
  onCardInPhase: (phase: koerskaart.PhaseId) => void,
): BoardActions {
  const latest = useRef({ layout, onCardInPhase });
  useLayoutEffect(() => {
    latest.current = { layout, onCardInPhase };
  });

  return useMemo(() => {
    const moveTo = (cardId: string, to: CardPlace, refocus: readonly string[]) => {
      const state = session.state;
      // A moved card is re-inserted (or, in another section, made anew): focus follows it.
      focusAfter([...refocus, focusTarget.firstField(cardId)]);
      latest.current.onCardInPhase(koerskaart.sectionDefinition(to.section).phase);
      session.apply(koerskaart.moveCard(state, { cardId, section: to.section, order: koerskaart.orderAt(state, to.section, to.index, cardId) }));
    };
    return {
      add(section, kind, texts, link) {
        const cardId = randomToken();
        // Straight into the new card: adding one is always followed by writing in it.
        focusAfter([focusTarget.firstField(cardId)]);
        const state = session.state;
        session.addCard({ cardId, section, kind, texts, order: koerskaart.orderAt(state, section, koerskaart.cardsInSection(state, section).length), ...(link ? { link } : {}) });
      },
      move(cardId, from, direction, refocus) {
        const state = session.state;
        const target = moveTarget(latest.current.layout, koerskaart.PHASE_IDS, from, direction, (section) => koerskaart.cardsInSection(state, section).length);
        if (target) moveTo(cardId, target, refocus);
      },
      moveTo,
      remove(cardId, section) {
        focusAfter([focusTarget.addCard(section)]);
        session.apply(koerskaart.deleteCard(session.state, { cardId }));
      },
    };
  }, [session, focusAfter]);
}
