/**
 * `npm run screenshot`: the README's picture of the Koerskaart, made from the real local stack in
 * headless Chromium (a throwaway data folder, the sample people), so it never drifts from the app.
 * Jeroen opens a canvas with Ahmed; both add a card; the page is captured as docs/koerskaart.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SAMPLE_PEOPLE } from '@koers/app';
import type { Page } from 'playwright-core';
import { launchBrowser, newLocalPage, signInOn } from './lib/browser';
import { makeDataDir, startStack } from './lib/stack';
import { REPO_ROOT } from './lib/paths';

async function signIn(page: Page, tabUrl: string, email: string, hash: string): Promise<void> {
  await signInOn(page, tabUrl, email);
  await page.goto(`${tabUrl}${hash}`);
}

async function addCard(page: Page, section: string, text: string): Promise<void> {
  const area = page.locator(`[data-testid="canvas-section"][data-section="${section}"]`);
  await area.getByTestId('add-card').click();
  await area.locator('[data-testid="card-text"]').last().fill(text);
}

async function main(): Promise<void> {
  const dataDir = makeDataDir('koers-screenshot-');
  const [stack, browser] = await Promise.all([startStack(dataDir), launchBrowser()]);
  try {
    const jeroen = await newLocalPage(browser);
    await jeroen.setViewportSize({ width: 1280, height: 900 });
    await signIn(jeroen, stack.urls.tab, SAMPLE_PEOPLE.jeroen.email, '#/canvas');
    await jeroen.locator(`[data-testid="start-canvas"][data-employee="${SAMPLE_PEOPLE.ahmed.id}"]`).click();
    const board = jeroen.locator('[data-testid="page-canvas"][data-canvas-id]');
    await board.waitFor();
    const canvasId = (await board.getAttribute('data-canvas-id')) ?? '';
    const ahmed = await newLocalPage(browser);
    await signIn(ahmed, stack.urls.tab, SAMPLE_PEOPLE.ahmed.email, `#/canvas/${canvasId}`);
    await ahmed.locator('[data-testid="page-canvas"][data-canvas-id]').waitFor();

    await addCard(ahmed, 'opening', 'Ik zit goed op mijn plek, maar wil meer variatie in projecten.');
    await addCard(jeroen, 'noden', 'De planning gaat digitaal: we zoeken iemand die dat trekt.');
    await addCard(ahmed, 'wensen', 'Meer klantcontact en een keer een project leiden.');
    // Jeroen's page shows all three cards, Ahmed's arriving live; then the top of the canvas.
    await jeroen.waitForFunction('document.querySelectorAll(\'[data-testid="card-text"]\').length >= 3');
    await jeroen.evaluate('document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)');
    await jeroen.waitForTimeout(500);

    const target = path.join(REPO_ROOT, 'docs', 'koerskaart.png');
    await jeroen.screenshot({ path: target, fullPage: false });
    console.log(`Wrote ${path.relative(REPO_ROOT, target)}`);
  } finally {
    await browser.close();
    await stack.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
