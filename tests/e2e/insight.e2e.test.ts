import fs from 'node:fs';
import path from 'node:path';
import { DEMO_SEED, demoSizeFor, generateDemoOrganisation, SAMPLE_PEOPLE } from '@koers/app';
import type { Page } from 'playwright-core';
import { useStackAndBrowser } from './support/lifecycle';
import { expectNoAxeViolations, signInAs } from './support/tab';
import { until } from './support/until';

/**
 * HR's anonymous insight and the talent pool against the real local stack, with a small generated
 * demo organisation (KOERS_DEMO_ORG): HR reads a closed round's figures with every empty cell
 * explained, filters by department, and sees a talent-pool wish by name only after its owner
 * chose that on their own portfolio. Nobody else gets the page.
 */

const EMPLOYEES = 60;
const run = useStackAndBrowser({ env: { KOERS_DEMO_ORG: String(EMPLOYEES) }, prefix: 'insight' });
// The stack generates the same organisation from the same seed; its people are the same whatever today is.
const demo = generateDemoOrganisation({ seed: DEMO_SEED, size: demoSizeFor(EMPLOYEES), now: new Date() });
const employee = demo.people.find((p) => p.jobTitle === 'Monteur' && !demo.talent.some((t) => t.id === p.id));

/** Set to a folder to keep screenshots of what the test saw (e.g. KOERS_SCREENS_DIR=/tmp/screens). */
const SCREENS = process.env.KOERS_SCREENS_DIR;

async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENS) return;
  fs.mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: true });
}

async function noSidewaysScroll(page: Page): Promise<void> {
  expect(Number(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'))).toBeLessThanOrEqual(0);
}

async function openInsight(page: Page): Promise<void> {
  await page.getByTestId('nav-insight').click();
  await page.getByTestId('page-insight').waitFor();
  await page.getByTestId('insight-wishes').waitFor();
}

describe('anonymous insight and the talent pool, against the real local stack', () => {
  it("shows HR the closed round's figures, the reason in every empty cell, and filters without counting again", async () => {
    const page = await signInAs(run.browser, run.stack.urls.tab, demo.hr.email);
    await openInsight(page);
    const wishes = page.getByTestId('insight-wishes');
    const organisation = wishes.locator('tr[data-level="organisatie"]');
    expect(Number(await organisation.locator('td').first().textContent())).toBeGreaterThanOrEqual(5);
    const hidden = wishes.locator('td[data-hidden]');
    expect(await hidden.count()).toBeGreaterThan(0);
    // Every empty cell tells a screen reader why, in full.
    for (const text of await hidden.allTextContents()) expect(text).toMatch(/Niet getoond: .+ minder dan 5 mensen/);
    await expect(page.getByTestId('insight-legend').textContent()).resolves.toContain('rest van de bovenliggende groep');
    await expectNoAxeViolations(page);
    await screenshot(page, 'insight-hr');

    const department = demo.people.find((p) => p.jobTitle === 'Monteur')?.department ?? '';
    await page.getByTestId('insight-department').selectOption(department);
    // Only the organisation's row and the chosen department's rows are left.
    await until(async () => (await wishes.locator('tr[data-level="afdeling"] th').allTextContents()), [department], 10_000);
    await page.getByTestId('insight-columns').selectOption('route');
    await until(async () => wishes.locator('th').nth(2).textContent(), 'Opleiding, training of cursus', 10_000);

    await page.setViewportSize({ width: 320, height: 720 });
    await noSidewaysScroll(page);
    await expectNoAxeViolations(page);
    await screenshot(page, 'insight-hr-320');
    await page.context().close();
  }, 120_000);

  it('shows a talent-pool wish to HR by name only after its owner chose that on their portfolio', async () => {
    if (!employee) throw new Error('the demo organisation has a monteur without talent-pool wishes');
    const page = await signInAs(run.browser, run.stack.urls.tab, employee.email);
    await page.setViewportSize({ width: 320, height: 720 });
    await page.getByTestId('nav-portfolio').click();
    await page.getByTestId('talent-card').waitFor();
    await page.getByTestId('talent-function').selectOption('werkvoorbereider');
    await page.getByTestId('talent-wish').selectOption('doorgroeien');
    await page.getByTestId('talent-add').click();
    await expect(page.getByTestId('talent-interests').textContent()).resolves.toContain('doorgroeien naar Werkvoorbereider');
    await page.getByTestId('talent-show-name').check();
    await page.getByTestId('talent-save').click();
    await page.getByTestId('talent-saved').waitFor();
    await noSidewaysScroll(page);
    await expectNoAxeViolations(page);
    await screenshot(page, 'talent-employee-320');
    await page.context().close();

    const hr = await signInAs(run.browser, run.stack.urls.tab, demo.hr.email);
    await openInsight(hr);
    await until(async () => hr.getByTestId('insight-named').locator('tbody th').allTextContents(), expect.arrayContaining([employee.displayName]), 10_000);
    await hr.context().close();
  }, 120_000);

  it('gives someone without Koers.HR neither the menu item nor the figures', async () => {
    const page = await signInAs(run.browser, run.stack.urls.tab, SAMPLE_PEOPLE.sanne.email);
    expect(await page.getByTestId('nav-insight').count()).toBe(0);
    await page.goto(`${run.stack.urls.tab}#/insight`);
    await page.getByTestId('insight-hr-only').waitFor();
    expect(await page.getByTestId('insight-wishes').count()).toBe(0);
    await page.context().close();
  }, 60_000);
});
