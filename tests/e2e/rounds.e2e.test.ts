import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { SAMPLE_PEOPLE } from '@koers/app';
import type { Page } from 'playwright-core';
import { useStackAndBrowser } from './support/lifecycle';
import { expectNoAxeViolations, signInAs } from './support/tab';

/**
 * The Rondes page against the real local stack: Fatima (HR) creates a round for the technical
 * department, starts it, and sees who is in it; Linda exempts Sanne from her Plan page with a
 * reason from the list, and Fatima sees it. Light, dark and 320 px.
 */

const NOW = '2026-12-01T09:00:00.000Z';
const run = useStackAndBrowser({ env: { KOERS_CLOCK_START: NOW }, prefix: 'koers-e2e-rounds-' });
const { fatima, linda, sanne } = SAMPLE_PEOPLE;
const ROUND = 'Loopbaangesprekken Techniek voorjaar 2027';

/** Set to a folder to keep screenshots of what the test saw (e.g. KOERS_SCREENS_DIR=/tmp/screens). */
const SCREENS = process.env.KOERS_SCREENS_DIR;

async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENS) return;
  fs.mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: true });
}

async function overflow(page: Page): Promise<number> {
  return Number(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'));
}

async function openRounds(page: Page): Promise<void> {
  await page.getByTestId('nav-rounds').click();
  await page.getByTestId('page-rounds').waitFor();
  await page.getByTestId('rounds-loading').waitFor({ state: 'detached' });
}

describe('the Rondes page, against the real local stack', () => {
  it('lets Fatima create and start a round of the technical department, and Linda exempt Sanne', async () => {
    const hr = await signInAs(run.browser, run.stack.urls.tab, fatima.email);
    await openRounds(hr);
    await hr.getByTestId('rounds-empty').waitFor();
    await expectNoAxeViolations(hr);

    await hr.getByTestId('rounds-new').click();
    await hr.getByTestId('round-save').click();
    await hr.getByTestId('round-form-invalid').waitFor();
    await hr.getByTestId('round-name').fill(ROUND);
    await hr.getByTestId('round-from').fill('2026-12-01');
    await hr.getByTestId('round-to').fill('2026-12-10');
    await hr.getByRole('radio', { name: 'Afdelingen' }).check();
    await hr.getByRole('checkbox', { name: /^Techniek/ }).check();
    await hr.getByTestId('round-save').click();
    // The server's reason, at the field, and nothing typed is lost.
    await hr.getByText('De periode eindigt te vroeg: een gesprek kan op zijn vroegst op 15 december 2026').waitFor();
    await expect(hr.getByTestId('round-name').inputValue()).resolves.toBe(ROUND);
    await screenshot(hr, 'rounds-form-too-soon');
    await hr.getByTestId('round-from').fill('2027-02-01');
    await hr.getByTestId('round-to').fill('2027-03-31');
    await expectNoAxeViolations(hr);
    await screenshot(hr, 'rounds-form');
    await hr.getByTestId('round-save').click();
    await hr.getByTestId('rounds-notice').waitFor();

    const card = hr.getByTestId('round-card').filter({ hasText: ROUND });
    await expect(card.getByTestId('round-counts').textContent()).resolves.toBe('6 medewerkers');
    await card.getByTestId('round-start').click();
    await expect(hr.getByTestId('round-start-dialog').textContent()).resolves.toContain('Elke leidinggevende krijgt één bericht in Teams om de gesprekken met 6 medewerkers te plannen.');
    await hr.getByTestId('round-start-confirm').click();
    await hr.getByTestId('round-start-dialog').waitFor({ state: 'detached' });
    await hr.locator(`[data-testid="round-card"][data-status="gestart"]`).waitFor();
    // A saved round opens with its members shown.
    await expect(card.getByTestId('round-toggle-members').getAttribute('aria-expanded')).resolves.toBe('true');
    await card.getByTestId('round-member').first().waitFor();
    await expect(card.getByTestId('round-member').count()).resolves.toBe(6);
    // Checked on a fresh page: a closed dialog leaves Fluent's focus-trap sentinels on <body>.
    await hr.reload();
    await hr.getByTestId('round-card').filter({ hasText: ROUND }).getByTestId('round-toggle-members').click();
    await hr.getByTestId('round-member').first().waitFor();
    await expectNoAxeViolations(hr);
    await screenshot(hr, 'rounds-started');

    const manager = await signInAs(run.browser, run.stack.urls.tab, linda.email);
    await manager.getByTestId('nav-plan').click();
    const team = manager.getByTestId('team-round');
    await team.getByTestId('round-member').first().waitFor();
    expect(await team.getByTestId('round-member').count()).toBe(3);
    await team.locator(`[data-testid="round-member"][data-person="${sanne.id}"]`).getByTestId('round-exemption').selectOption('afwezig-verlof');
    await expect(manager.getByTestId('round-exemption-saved').textContent()).resolves.toBe('Sanne Bakker: Afwezig of met verlof');
    await expectNoAxeViolations(manager);
    await screenshot(manager, 'rounds-plan-linda');
    await manager.context().close();

    await hr.reload();
    await openRounds(hr);
    await expect(hr.getByTestId('round-card').filter({ hasText: ROUND }).getByTestId('round-counts').textContent()).resolves.toBe('6 medewerkers, waarvan 1 vrijgesteld');

    await hr.goto(`${run.stack.urls.tab}?theme=dark#/rounds`);
    await hr.getByTestId('round-card').first().waitFor();
    const background = await hr.evaluate(`getComputedStyle(document.querySelector('.fui-FluentProvider')).backgroundColor`);
    expect(background).not.toBe('rgb(255, 255, 255)');
    const axe = await new AxeBuilder({ page: hr }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await screenshot(hr, 'rounds-dark');

    await hr.setViewportSize({ width: 320, height: 720 });
    await hr.getByTestId('round-card').filter({ hasText: ROUND }).getByTestId('round-toggle-members').click();
    await hr.getByTestId('round-member').first().waitFor();
    expect(await overflow(hr)).toBeLessThanOrEqual(0);
    await screenshot(hr, 'rounds-320');
    await hr.context().close();
  }, 180_000);
});
