import { useEffect, useState } from 'react';
import type { RouteId } from '../routes';
import { routeFromHash, routeHref } from '../routes';

/** Hash routing: works from any static host (and inside Teams' iframe) without server rewrites. */
export function useHashRoute(): RouteId {
  const [route, setRoute] = useState<RouteId>(() => routeFromHash(window.location.hash));

  useEffect(() => {
    const onChange = () => setRoute(routeFromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);

  return route;
}

export function navigate(route: RouteId): void {
  window.location.hash = routeHref(route);
}
