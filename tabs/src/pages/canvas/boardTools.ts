import { startTransition, useEffect, useState } from 'react';
import type * as BoardToolsChunk from './BoardToolsChunk';

/**
 * What a person opens or uses after the Koerskaart shows (the cards' menus, the time box and
 * variant, "Mogelijke stappen", "Gesprek afronden" with its dialog): one chunk, fetched right after
 * the board's first paint (`startBoardTools` in an effect), so its Fluent menus, dialogs, form
 * controls and the focus machinery they bring do not hold up the board. Until it is there each
 * place shows what stands in for it.
 */
export type BoardTools = typeof BoardToolsChunk;

let tools: BoardTools | undefined;
let loading: Promise<BoardTools> | undefined;
const listeners = new Set<() => void>();

/** Starts fetching the tools, once; a failed fetch is tried again on the next call. */
export function startBoardTools(): Promise<BoardTools> {
  loading ??= import('./BoardToolsChunk').then(
    (module) => {
      tools = module;
      listeners.forEach((listener) => listener());
      return module;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

const subscribe = (onChange: () => void) => {
  listeners.add(onChange);
  return () => {
    listeners.delete(onChange);
  };
};

/**
 * The tools once they arrived, else undefined (the caller shows its stand-in). Their arrival
 * renders the board again as a transition: in slices, not one long task while it is opening.
 */
export function useBoardTools(): BoardTools | undefined {
  const [arrived, setArrived] = useState(tools);
  useEffect(() => {
    const update = () => startTransition(() => setArrived(tools));
    // They may have arrived between this render and this effect.
    update();
    return subscribe(update);
  }, []);
  return arrived;
}
