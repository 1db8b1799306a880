import { useEffect, useEffectEvent, useState } from 'react';
import type { RouteId } from '../routes';
import { routeFromHash, routeHref } from '../routes';

/**
 * Hash routing: works from any static host (and inside Teams' iframe) without server rewrites.
 * `block` may veto a change (unsaved changes): the address is put back and the page stays.
 */
export function useHashRoute(block?: (targetHash: string) => boolean): RouteId {
  const [route, setRoute] = useState<RouteId>(() => routeFromHash(window.location.hash));
  const blocks = useEffectEvent((target: string) => block?.(target) ?? false);

  useEffect(() => {
    const onChange = (event: HashChangeEvent) => {
      const target = window.location.hash;
      if (routeFromHash(target) !== routeFromHash(new URL(event.oldURL).hash) && blocks(target)) {
        // replaceState fires no hashchange: the page simply stays where it was.
        window.history.replaceState(window.history.state, '', event.oldURL);
        return;
      }
      setRoute(routeFromHash(target));
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);

  return route;
}

/** Something read from the address (the id after a route), kept current as the hash changes. */
export function useFromHash<T>(read: (hash: string) => T): T {
  const [value, setValue] = useState(() => read(window.location.hash));
  const readHash = useEffectEvent(() => read(window.location.hash));
  useEffect(() => {
    const onChange = () => setValue(readHash());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return value;
}

export function navigate(route: RouteId): void {
  window.location.hash = routeHref(route);
}

export function navigateToHash(hash: string): void {
  window.location.hash = hash;
}
