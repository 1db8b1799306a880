import { SAMPLE_PEOPLE } from '@koers/app';
import { DevTokenResponse } from '@koers/contracts';
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser';
import { makeDataDir, startStack, type RunningStack } from '../../scripts/lib/stack';
import { openInTeams, TEAMS_HOST_BROWSER_ARGS } from './support/teamsHost';

/**
 * The tab with its security headers on (the built tab, as Azure serves it): it still runs inside
 * Teams, and a page anywhere else cannot frame it.
 */

const { sanne } = SAMPLE_PEOPLE;
let stack: RunningStack;
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  dataDir = makeDataDir('koers-headers-');
  [stack, browser] = await Promise.all([startStack(dataDir), launchBrowser(TEAMS_HOST_BROWSER_ARGS)]);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function tokenFor(email: string): Promise<string> {
  const response = await fetch(`${stack.urls.api}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: email }) });
  return DevTokenResponse.parse(await response.json()).accessToken;
}

describe('the tab with its security headers, in Teams', () => {
  it('serves the tab and the API with the headers, and the tab still opens in the Teams client', async () => {
    const page = await fetch(stack.urls.tab);
    expect(page.headers.get('content-security-policy')).toMatch(/frame-ancestors https:\/\/teams\.microsoft\.com /);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self';/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${stack.urls.api}/health`)).headers.get('x-content-type-options')).toBe('nosniff');

    const window = await openInTeams(browser, { contentUrl: stack.urls.tab, frameContext: 'content', token: await tokenFor(sanne.email) });
    try {
      await window.tab.getByTestId('page-home').waitFor({ timeout: 30_000 });
      expect((await window.calls()).map((c) => c.func)).toContain('authentication.getAuthToken');
    } finally {
      await window.page.context().close();
    }
  }, 90_000);

  it('does not open inside a page that is not Teams, Microsoft 365 or Outlook', async () => {
    const context = await browser.newContext();
    try {
      await context.route('https://evil.example/**', (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: `<!doctype html><iframe id="app" src="${stack.urls.tab}"></iframe>` }),
      );
      const page = await context.newPage();
      const blocked = new Promise<boolean>((resolve) => {
        page.on('console', (message) => {
          if (/frame-ancestors/.test(message.text())) resolve(true);
        });
        setTimeout(() => resolve(false), 20_000);
      });
      await page.goto('https://evil.example/frame');
      expect(await blocked).toBe(true);
      const frame = page.frames().find((f) => f !== page.mainFrame());
      expect(await frame?.locator('[data-testid="page-home"], [data-testid="persona-picker"]').count()).toBe(0);
    } finally {
      await context.close();
    }
  }, 60_000);
});
