import './symbolDispose';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** `extraArgs`: more Chromium switches, e.g. TEAMS_HOST_BROWSER_ARGS for the Teams stand-in. */
export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

/** Only localhost may be reached: the closed network would otherwise make runs slow and flaky. */
export async function newLocalPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  await context.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    return host === 'localhost' || host === '127.0.0.1' ? route.continue() : route.abort();
  });
  return context.newPage();
}

/** Signs in through the local persona picker (the sample people of `npm start`). */
export async function signInOn(page: Page, tabUrl: string, email: string): Promise<void> {
  // The first load of a fresh stack waits for Vite to pre-bundle the dependencies.
  await page.goto(tabUrl, { timeout: 60_000 });
  await page.getByTestId('persona-picker').waitFor({ timeout: 60_000 });
  await page.locator(`[data-testid="persona"][data-email="${email}"]`).click();
  await page.getByTestId('page-home').waitFor();
}
