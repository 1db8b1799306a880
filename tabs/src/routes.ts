import type { Role } from '@koers/domain';
import type { MessageKey } from './i18n/locale';

export const ROUTE_IDS = ['home', 'plan', 'prepare', 'canvas', 'pop', 'portfolio', 'catalogue', 'insight', 'rounds', 'templates', 'settings', 'changelog', 'hr-view', 'round-plan'] as const;
export type RouteId = (typeof ROUTE_IDS)[number];

export interface RouteInfo {
  id: RouteId;
  title: MessageKey;
  /**
   * Listed in the navigation only for people with one of these roles: nobody is shown a page they
   * cannot use (the API guards the data itself). Absent: everyone's.
   */
  roles?: readonly Role[];
  /** Listed too for the organisation's administrator (a Global Administrator before anyone holds Koers.Admin). */
  administrator?: boolean;
  /** Reached by a link, not listed in the navigation. */
  unlisted?: true;
}

export const ROUTES: readonly RouteInfo[] = [
  { id: 'home', title: 'route.home' },
  { id: 'plan', title: 'route.plan', roles: ['manager'] },
  { id: 'prepare', title: 'route.prepare' },
  { id: 'canvas', title: 'route.canvas' },
  { id: 'pop', title: 'route.pop' },
  { id: 'portfolio', title: 'route.portfolio' },
  { id: 'catalogue', title: 'route.catalogue' },
  { id: 'insight', title: 'route.insight', roles: ['hr'] },
  { id: 'rounds', title: 'route.rounds', roles: ['hr'] },
  { id: 'templates', title: 'route.templates', roles: ['hr'] },
  { id: 'settings', title: 'route.settings', roles: ['hr', 'admin'], administrator: true },
  { id: 'changelog', title: 'route.changeLog', roles: ['hr', 'admin'] },
  // Every employee may read what HR sees about them; linked from Mijn gegevens and the board.
  { id: 'hr-view', title: 'route.hrView', unlisted: true },
  // The round card's "Plan ze allemaal tegelijk" opens it for one round: #/round-plan/{roundId}.
  { id: 'round-plan', title: 'route.roundPlan', roles: ['manager'], unlisted: true },
];

/**
 * The routes the navigation lists for someone with these roles (none known yet: only the open
 * ones); `administrator`: they may change the organisation's profile.
 */
export function routesFor(roles: readonly Role[] | undefined, options: { administrator?: boolean } = {}): RouteInfo[] {
  return ROUTES.filter((r) => !r.unlisted && (mayOpen(r, roles) || (r.administrator === true && options.administrator === true)));
}

/** Whether someone with these roles can use the page (the navigation's rule; a link to it still opens it). */
export function mayOpen(route: Pick<RouteInfo, 'roles'>, roles: readonly Role[] | undefined): boolean {
  return route.roles === undefined || route.roles.some((role) => roles?.includes(role));
}

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

/** "#/{route}/{id}" → the id, decoded; undefined without one (or with a malformed escape). */
function idFromHash(route: RouteId, hash: string): string | undefined {
  const match = new RegExp(`^#\\/?${route}\\/([^/?]+)`).exec(hash);
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}

/** "#/canvas/{conversationId}" → the conversation id (the links in invites and chat). */
export function canvasIdFromHash(hash: string): string | undefined {
  return idFromHash('canvas', hash);
}

export function canvasHref(conversationId: string): string {
  return `#/canvas/${encodeURIComponent(conversationId)}`;
}

/** "#/pop/{popId}" → the plan's id (the list links to it, and so may the bot's cards). */
export function popIdFromHash(hash: string): string | undefined {
  return idFromHash('pop', hash);
}

export function popHref(popId: string): string {
  return `#/pop/${encodeURIComponent(popId)}`;
}

/** "#/portfolio/{employeeId}" → whose portfolio (absent: the signed-in person's own). */
export function portfolioIdFromHash(hash: string): string | undefined {
  return idFromHash('portfolio', hash);
}

export function portfolioHref(employeeId?: string): string {
  return employeeId ? `${routeHref('portfolio')}/${encodeURIComponent(employeeId)}` : routeHref('portfolio');
}

/** Routes a deep link may carry an id for: `canvas/<conversationId>`, `prepare/<conversationId>`, `pop/<popId>`, `portfolio/<employeeId>`, `round-plan/<roundId>`. */
const ROUTES_WITH_ID: readonly RouteId[] = ['canvas', 'prepare', 'pop', 'portfolio', 'round-plan'];
/** What Koers' own ids look like (UUIDs, slugs); anything else in a link is not ours. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,99}$/;
const MAX_SUB_PAGE_ID = 200;

/**
 * The tab route in a Teams deep link's `subPageId` (links.ts writes it as `subEntityId`), as the
 * hash to open. A link is outside input: anything but a known route with, where the route takes
 * one, a well-formed id opens the home page. No `subPageId` at all: undefined (keep the page the
 * tab was opened on, e.g. a meeting side panel's own address).
 */
export function hashForSubPageId(subPageId: string | null | undefined): string | undefined {
  if (subPageId === undefined || subPageId === null || subPageId.trim() === '') return undefined;
  const home = routeHref('home');
  if (subPageId.length > MAX_SUB_PAGE_ID) return home;
  const segments = subPageId.trim().replace(/^#?\/?/, '').split('/');
  const [route, encodedId, ...rest] = segments;
  if (rest.length > 0 || !route || !(ROUTE_IDS as readonly string[]).includes(route)) return home;
  const id = route as RouteId;
  if (encodedId === undefined) return routeHref(id);
  if (!ROUTES_WITH_ID.includes(id)) return home;
  let decoded: string;
  try {
    decoded = decodeURIComponent(encodedId);
  } catch {
    return home;
  }
  return SAFE_ID.test(decoded) ? `${routeHref(id)}/${encodeURIComponent(decoded)}` : home;
}

/** "#/plan/{employeeId}": the planner with that report chosen (the link on the manager's chat card). */
export function planEmployeeFromHash(hash: string): string | undefined {
  return idFromHash('plan', hash);
}

/** "#/round-plan/{roundId}": the manager's planning of one round (the round card's button). */
export function roundPlanIdFromHash(hash: string): string | undefined {
  return idFromHash('round-plan', hash);
}

export function roundPlanHref(roundId: string): string {
  return `${routeHref('round-plan')}/${encodeURIComponent(roundId)}`;
}
