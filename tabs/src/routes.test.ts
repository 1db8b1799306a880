import { describe, expect, it } from '@jest/globals';
import { canvasHref, canvasIdFromHash, ROUTE_IDS, routeFromHash, routeHref, ROUTES } from './routes';

describe('hash routes', () => {
  it('read the page from the hash and fall back to home for anything unknown', () => {
    expect(routeFromHash('#/plan')).toBe('plan');
    expect(routeFromHash('#/pop?goal=3')).toBe('pop');
    expect(routeFromHash('#hr')).toBe('hr');
    expect(routeFromHash('')).toBe('home');
    expect(routeFromHash('#/nope')).toBe('home');
  });

  it('round-trip every route through its link', () => {
    for (const id of ROUTE_IDS) expect(routeFromHash(routeHref(id))).toBe(id);
  });

  it('give every page still to be built a "coming soon" text, and the built ones none', () => {
    const built = ['home', 'plan', 'prepare', 'canvas'];
    expect(ROUTES.filter((r) => !built.includes(r.id)).every((r) => r.comingSoon)).toBe(true);
    expect(ROUTES.filter((r) => built.includes(r.id)).some((r) => r.comingSoon)).toBe(false);
  });

  it('read the conversation id of a Koerskaart link', () => {
    expect(canvasIdFromHash(canvasHref('gesprek 1/2'))).toBe('gesprek 1/2');
    expect(canvasIdFromHash('#/canvas')).toBeUndefined();
    expect(routeFromHash(canvasHref('abc'))).toBe('canvas');
  });
});
