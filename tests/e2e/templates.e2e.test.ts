import fs from 'node:fs';
import path from 'node:path';
import { SAMPLE_PEOPLE } from '@koers/app';
import type { Locator, Page } from 'playwright-core';
import { useStackAndBrowser } from './support/lifecycle';
import { bookFirstProposal, expectNoAxeViolations, signInAs } from './support/tab';

/**
 * Sjablonen against the real local stack: Fatima (HR) copies the Koers template, changes its first
 * question, publishes version 2 and puts it in use. Sanne's conversation, booked after that, asks
 * the changed question; Ahmed's, booked before, keeps the built-in one.
 */

const run = useStackAndBrowser();
const { fatima, jeroen, linda, ahmed, sanne } = SAMPLE_PEOPLE;

const CHANGED = 'Hoe gaat het op de werkvloer?';
const BUILT_IN = 'Hoe sta je in je werk?';

/** Set to a folder to keep screenshots of what the test saw (e.g. KOERS_SCREENS_DIR=/tmp/screens). */
const SCREENS = process.env.KOERS_SCREENS_DIR;

async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENS) return;
  fs.mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: true });
}

async function firstQuestionLabel(page: Page): Promise<string> {
  await page.getByTestId('nav-prepare').click();
  const form = page.locator('[data-testid="preparation-form"][data-role="employee"]');
  await form.waitFor();
  return (await form.getByTestId('question').first().locator('label').first().textContent()) ?? '';
}

const row = (page: Page, name: string): Locator => page.getByTestId('template-row').filter({ hasText: name });

describe('Sjablonen, against the real local stack', () => {
  it('lets HR copy, change and publish a template that new conversations use while older ones keep theirs', async () => {
    const manager = await signInAs(run.browser, run.stack.urls.tab, jeroen.email);
    await bookFirstProposal(manager, ahmed.id);
    await manager.context().close();

    const page = await signInAs(run.browser, run.stack.urls.tab, fatima.email);
    await page.getByTestId('nav-templates').click();
    await page.getByTestId('page-templates').waitFor();
    await row(page, 'Koers-standaard').getByTestId('template-in-use').waitFor();
    await page.locator('[data-testid="template-version"][data-version="1"]').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'templates-list');

    // Copy the built-in template, named by the keyboard.
    await row(page, 'Koers-standaard').getByTestId('template-copy').click();
    const name = page.getByTestId('template-copy-name');
    await name.fill('Techniek');
    await name.press('Enter');
    await page.getByTestId('template-notice').filter({ hasText: 'Kopie “Techniek” is gemaakt' }).waitFor();

    // Edit: a failed publish keeps what was typed; a good one makes version 2.
    await page.getByTestId('template-edit').click();
    const editor = page.getByTestId('template-editor');
    const first = editor.getByTestId('template-question').first();
    await first.getByTestId('question-text-nl').fill(CHANGED);
    await editor.getByTestId('template-name').fill('');
    await editor.getByTestId('template-publish').click();
    await expect(editor.getByTestId('publish-failed').textContent()).resolves.toContain('Naam van het sjabloon');
    await expect(first.getByTestId('question-text-nl').inputValue()).resolves.toBe(CHANGED);
    await expectNoAxeViolations(page);
    await screenshot(page, 'templates-editor-error');

    await editor.getByTestId('template-name').fill('Techniek');
    await editor.getByTestId('template-publish').click();
    await page.getByTestId('template-notice').filter({ hasText: 'Versie 2 is gepubliceerd' }).waitFor();
    const version = page.locator('[data-testid="template-version"][data-version="2"]');
    await expect(version.getByTestId('template-questions-employee').textContent()).resolves.toContain(CHANGED);
    await expect(version.getByTestId('template-history').textContent()).resolves.toContain('Fatima');
    await row(page, 'Techniek').getByTestId('template-use').click();
    await row(page, 'Techniek').getByTestId('template-in-use').waitFor();
    await screenshot(page, 'templates-published');

    // Dark theme and a phone's width.
    await page.goto(`${run.stack.urls.tab}?theme=dark#/templates`);
    await page.locator('[data-testid="template-version"]').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'templates-dark');
    await page.setViewportSize({ width: 320, height: 720 });
    await page.getByTestId('template-edit').click();
    await page.getByTestId('template-editor').waitFor();
    expect(Number(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'))).toBeLessThanOrEqual(0);
    await screenshot(page, 'templates-editor-320');
    await page.context().close();

    // Booked now: the new version. Booked before: the built-in one, unchanged.
    const other = await signInAs(run.browser, run.stack.urls.tab, linda.email);
    await bookFirstProposal(other, sanne.id);
    await other.context().close();
    const employee = await signInAs(run.browser, run.stack.urls.tab, sanne.email);
    await expect(firstQuestionLabel(employee)).resolves.toContain(CHANGED);
    await screenshot(employee, 'templates-prepare-new');
    await employee.context().close();
    const earlier = await signInAs(run.browser, run.stack.urls.tab, ahmed.email);
    await expect(firstQuestionLabel(earlier)).resolves.toContain(BUILT_IN);
    await earlier.context().close();
  }, 240_000);
});
