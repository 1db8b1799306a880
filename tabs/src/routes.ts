import type { MessageKey } from './i18n/nl';

export const ROUTE_IDS = ['home', 'plan', 'prepare', 'canvas', 'pop', 'portfolio', 'hr'] as const;
export type RouteId = (typeof ROUTE_IDS)[number];

export interface RouteInfo {
  id: RouteId;
  title: MessageKey;
  /** Pages still to be built show this text under "Komt binnenkort". */
  comingSoon?: MessageKey;
}

export const ROUTES: readonly RouteInfo[] = [
  { id: 'home', title: 'route.home' },
  { id: 'plan', title: 'route.plan' },
  { id: 'prepare', title: 'route.prepare' },
  { id: 'canvas', title: 'route.canvas' },
  { id: 'pop', title: 'route.pop', comingSoon: 'comingSoon.pop' },
  { id: 'portfolio', title: 'route.portfolio', comingSoon: 'comingSoon.portfolio' },
  { id: 'hr', title: 'route.hr', comingSoon: 'comingSoon.hr' },
];

export function routeInfo(id: RouteId): RouteInfo {
  return ROUTES.find((r) => r.id === id) ?? { id: 'home', title: 'route.home' };
}

export function routeHref(id: RouteId): string {
  return id === 'home' ? '#/' : `#/${id}`;
}

/** "#/plan" → plan; anything unknown → home. */
export function routeFromHash(hash: string): RouteId {
  const segment = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return (ROUTE_IDS as readonly string[]).includes(segment) ? (segment as RouteId) : 'home';
}

/** "#/canvas/{conversationId}" → the conversation id (the links in invites and chat). */
export function canvasIdFromHash(hash: string): string | undefined {
  const match = /^#\/?canvas\/([^/?]+)/.exec(hash);
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}

export function canvasHref(conversationId: string): string {
  return `#/canvas/${encodeURIComponent(conversationId)}`;
}
