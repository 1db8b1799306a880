import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newLocalPage } from '../../scripts/lib/browser';

/**
 * A page that fails to render, in Chromium: the tab's error boundary around a page whose first
 * answer breaks its render (tabs/src/testing/pageBoundaryHarness.tsx, bundled here as the tab's
 * code is). Set KOERS_SCREENSHOTS to a folder to keep a picture of what the person sees.
 */
const root = path.resolve(__dirname, '../..');
let browser: Browser;
let script: string;

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [path.join(root, 'tabs/src/testing/pageBoundaryHarness.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  script = bundle.outputFiles[0]?.text ?? '';
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function open(query: string): Promise<Page> {
  const page = await newLocalPage(browser);
  page.setDefaultTimeout(15_000);
  // A blank local address for the query string, then the harness as the whole document.
  await page.route('http://127.0.0.1/harness*', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="nl"><body><div id="root"></div></body></html>' }),
  );
  await page.goto(`http://127.0.0.1/harness${query}`);
  await page.addScriptTag({ content: script });
  return page;
}

async function keepPicture(page: Page, name: string): Promise<void> {
  const folder = process.env.KOERS_SCREENSHOTS ?? os.tmpdir();
  await page.screenshot({ path: path.join(folder, name), fullPage: true });
}

describe('a page that fails to render', () => {
  it('keeps its heading, says so in Dutch and shows the page again after "Opnieuw proberen"', async () => {
    const page = await open('');
    const failed = page.getByTestId('page-failed');
    await failed.waitFor();
    expect(await failed.getByRole('heading', { level: 1 }).textContent()).toBe('POP');
    expect(await page.getByTestId('page-error').textContent()).toContain('Deze pagina kon niet worden getoond.');
    const retry = page.getByRole('button', { name: 'Opnieuw proberen' });
    await keepPicture(page, 'koers-page-error-nl.png');

    await retry.click();
    // Read again, not the answer that broke it: that one would fail the page a second time.
    await page.locator('[data-testid="page-shown"][data-answer="2"]').waitFor();
    expect(await page.getByTestId('page-failed').count()).toBe(0);
    await page.close();
  });

  it('says it in English for an English-speaking person', async () => {
    const page = await open('?lang=en');
    await page.getByTestId('page-failed').waitFor();
    expect(await page.getByTestId('page-error').textContent()).toContain('This page could not be shown.');
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    await keepPicture(page, 'koers-page-error-en.png');
    await page.close();
  });
});
