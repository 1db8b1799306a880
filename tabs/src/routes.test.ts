import { describe, expect, it } from '@jest/globals';
import { canvasLink, prepareLink } from '@koers/domain';
import { canvasHref, canvasIdFromHash, hashForSubPageId, popHref, popIdFromHash, portfolioHref, portfolioIdFromHash, ROUTE_IDS, roundPlanHref, roundPlanIdFromHash, routeFromHash, routeHref, routesFor } from './routes';

describe('hash routes', () => {
  it('read the page from the hash and fall back to home for anything unknown', () => {
    expect(routeFromHash('#/plan')).toBe('plan');
    expect(routeFromHash('#/pop?goal=3')).toBe('pop');
    expect(routeFromHash('#portfolio')).toBe('portfolio');
    // A page that is not built is not a route: its old link lands on the start page.
    expect(routeFromHash('#/hr')).toBe('home');
    expect(routeFromHash('')).toBe('home');
    expect(routeFromHash('#/nope')).toBe('home');
  });

  it('round-trip every route through its link', () => {
    for (const id of ROUTE_IDS) expect(routeFromHash(routeHref(id))).toBe(id);
  });

  it('list "Instellingen" only for HR and the administrator, and nothing role-bound before the roles are known', () => {
    const ids = (roles?: ('manager' | 'hr' | 'admin')[], administrator?: boolean) => routesFor(roles, { administrator }).map((r) => r.id);
    expect(ids(['hr'])).toContain('settings');
    expect(ids(['manager', 'hr'])).toContain('settings');
    expect(ids(['admin'])).toContain('settings');
    expect(ids(['manager'], true)).toContain('settings');
    expect(ids([])).not.toContain('settings');
    expect(ids(['manager'])).not.toContain('settings');
    expect(ids(undefined)).not.toContain('settings');
    expect(ids([])).toContain('pop');
  });

  it('show each person only the pages they can use: planning for managers, HR-inzicht for HR, "Wat ziet HR?" by link for everyone', () => {
    const ids = (roles?: ('manager' | 'hr' | 'admin')[]) => routesFor(roles).map((r) => r.id);
    expect(ids([])).toEqual(['home', 'prepare', 'canvas', 'pop', 'portfolio', 'catalogue']);
    expect(ids(['manager'])).toEqual(['home', 'plan', 'prepare', 'canvas', 'pop', 'portfolio', 'catalogue']);
    expect(ids(['hr'])).toEqual(['home', 'prepare', 'canvas', 'pop', 'portfolio', 'catalogue', 'insight', 'rounds', 'templates', 'settings', 'changelog']);
    expect(ids(['manager', 'hr'])).toContain('plan');
    expect(ids(['admin'])).not.toContain('insight');
    expect(ids(['admin'])).toContain('changelog');
    expect(ids(undefined)).not.toContain('plan');
    for (const roles of [[], ['manager'], ['hr']] as const) expect(ids([...roles])).not.toContain('hr-view');
    expect(routeFromHash(routeHref('hr-view'))).toBe('hr-view');
  });

  it('read the plan id of a POP link', () => {
    expect(popIdFromHash(popHref('pop-gesprek 1'))).toBe('pop-gesprek 1');
    expect(popIdFromHash('#/pop')).toBeUndefined();
    expect(popIdFromHash('#/pop/%E0%A4%A')).toBeUndefined();
    expect(routeFromHash(popHref('pop-1'))).toBe('pop');
  });

  it('read the conversation id of a Koerskaart link', () => {
    expect(canvasIdFromHash(canvasHref('gesprek 1/2'))).toBe('gesprek 1/2');
    expect(canvasIdFromHash('#/canvas')).toBeUndefined();
    expect(routeFromHash(canvasHref('abc'))).toBe('canvas');
  });

  it('read whose portfolio a link opens: someone’s by id, else one’s own', () => {
    const id = '0a000000-0000-4000-8000-000000000104';
    expect(portfolioIdFromHash(portfolioHref(id))).toBe(id);
    expect(portfolioIdFromHash(portfolioHref())).toBeUndefined();
    expect(routeFromHash(portfolioHref(id))).toBe('portfolio');
    expect(hashForSubPageId(`portfolio/${id}`)).toBe(portfolioHref(id));
  });
});

describe('the page a Teams deep link opens (context.page.subPageId)', () => {
  const id = '3f6c1e2a-9b7d-4c1e-8f00-1234567890ab';

  it('opens the Koerskaart or the preparation of the conversation in the link', () => {
    expect(hashForSubPageId(`canvas/${id}`)).toBe(`#/canvas/${id}`);
    expect(hashForSubPageId(`prepare/${id}`)).toBe(`#/prepare/${id}`);
    expect(hashForSubPageId(`pop/pop-${id}`)).toBe(`#/pop/pop-${id}`);
    expect(canvasIdFromHash(hashForSubPageId(`canvas/${id}`) ?? '')).toBe(id);
  });

  it("opens a round's planning page from the round card's button", () => {
    expect(hashForSubPageId(`round-plan/${id}`)).toBe(`#/round-plan/${id}`);
    expect(roundPlanIdFromHash(hashForSubPageId(`round-plan/${id}`) ?? '')).toBe(id);
    expect(routeFromHash(roundPlanHref(id))).toBe('round-plan');
  });

  it('opens the pages without an id', () => {
    for (const route of ['plan', 'pop', 'portfolio', 'canvas', 'prepare']) expect(hashForSubPageId(route)).toBe(`#/${route}`);
    expect(hashForSubPageId('home')).toBe('#/');
    expect(hashForSubPageId('#/plan')).toBe('#/plan');
  });

  it('reads exactly what the chat links write', () => {
    const teams = { tabUrl: 'https://koers.example', teamsAppId: '00000000-0000-4000-8000-00000000abcd' };
    for (const link of [canvasLink(teams, id), prepareLink(teams, id)]) {
      const context = new URL(link).searchParams.get('context') ?? '';
      const subEntityId = (JSON.parse(context) as { subEntityId: string }).subEntityId;
      expect(hashForSubPageId(subEntityId)).toBe(`#/${subEntityId}`);
    }
  });

  it('leaves the page alone when the tab was not opened by a deep link', () => {
    expect(hashForSubPageId(undefined)).toBeUndefined();
    expect(hashForSubPageId(null)).toBeUndefined();
    expect(hashForSubPageId('')).toBeUndefined();
    expect(hashForSubPageId('   ')).toBeUndefined();
  });

  it('opens the home page for anything unknown or malicious', () => {
    for (const value of [
      'nope',
      'admin/123',
      'plan/extra',
      `canvas/${id}/more`,
      'canvas/..',
      'canvas/%2e%2e',
      'canvas/..%2F..%2Fsecret',
      'canvas/%E0%A4%A',
      'canvas/<script>alert(1)</script>',
      'canvas/"><img src=x onerror=alert(1)>',
      'javascript:alert(1)',
      'https://evil.example/#/canvas/1',
      '//evil.example',
      `canvas/${'a'.repeat(300)}`,
      'canvas/a b',
      'canvas/a?x=1',
      'canvas/\u0000',
      '__proto__',
      'constructor',
    ]) {
      expect({ value, hash: hashForSubPageId(value) }).toEqual({ value, hash: '#/' });
    }
  });
});
