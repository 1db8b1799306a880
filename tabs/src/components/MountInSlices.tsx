import { useDeferredValue, type ReactNode } from 'react';

/**
 * Shows `fallback` first and mounts `children` in a transition: React then renders them in slices
 * of a few milliseconds and gives the main thread back in between, instead of one long task that
 * blocks every tap and keypress until a large screen (the Koerskaart's board) is built. Once
 * mounted, updates render as usual. Key it by what it shows, so a new one is mounted in slices too.
 */
export function MountInSlices({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const mounted = useDeferredValue(true, false);
  return mounted ? children : fallback;
}
