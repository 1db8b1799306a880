import { useCallback, useEffect, useRef } from 'react';

/**
 * Keeps keyboard focus where the user is after an action that re-renders its own control away:
 * a card moved (React re-inserts it, which blurs it), moved to another section (a new element),
 * deleted, or a conflict resolved (its buttons vanish). The action names, in order of
 * preference, where focus should go; after the next render the first present, enabled one gets
 * it. Never left on <body>, so a keyboard user never has to start again from the top.
 */
export function useFocusAfterAction(): (candidates: readonly string[]) => void {
  const pending = useRef<readonly string[] | null>(null);
  useEffect(() => {
    const candidates = pending.current;
    if (!candidates) return;
    pending.current = null;
    for (const selector of candidates) {
      const element = document.querySelector<HTMLElement>(selector);
      if (!element || element.matches(':disabled')) continue;
      if (element !== document.activeElement) element.focus();
      return;
    }
  });
  return useCallback((candidates) => {
    pending.current = candidates;
  }, []);
}

/** Selectors for the places of the canvas an action can send focus to. */
export const focusTarget = {
  card: (cardId: string, part: string) => `[data-card-id="${CSS.escape(cardId)}"] [data-focus="${part}"]`,
  field: (cardId: string, field: string) => `[data-card-id="${CSS.escape(cardId)}"] [data-testid="card-text"][data-field="${CSS.escape(field)}"]`,
  firstField: (cardId: string) => `[data-card-id="${CSS.escape(cardId)}"] [data-testid="card-text"]`,
  addCard: (section: string) => `[data-testid="canvas-section"][data-section="${CSS.escape(section)}"] [data-testid="add-card"]`,
};
