import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { SAMPLE_PEOPLE } from '@koers/app';
import { runningRound } from '@koers/app/src/testing/roundFixtures';
import { DevTokenResponse } from '@koers/contracts';
import type { Locator, Page } from 'playwright-core';
import { createCosmosClient, createCosmosStores, DATABASE_ID } from '../../functions/src/cosmos';
import { useStackAndBrowser } from './support/lifecycle';
import { bookFirstProposal, expectNoAxeViolations, signInAs } from './support/tab';

/**
 * HR's progress board against the real local stack, on a fixed app clock (1 December 2026): a
 * running round for the whole organisation (everyone but the director, who has no manager); Fatima (Koers.HR) sees all seven invited; Linda books
 * Sanne and Sanne prepares, typing her answers; the board moves to "voorbereid" and its HTML holds
 * none of them. Sanne sees no HR page in her navigation, reads "Wat ziet HR?" and finds Fatima's
 * look on her access log. Light, dark and 320 px, each checked with axe.
 */

const NOW = '2026-12-01T09:00:00.000Z';
const run = useStackAndBrowser({ env: { KOERS_CLOCK_START: NOW }, prefix: 'koers-e2e-progress-' });
const { fatima, linda, sanne } = SAMPLE_PEOPLE;
const ROUND = 'winter-2027';
/** What Sanne types: none of it may reach HR. */
const ANSWERS = { 'hoe-sta-je': 'Ik voel me als een vis in het water-KANARIE-1', sterktes: 'Plannen en klanten geruststellen-KANARIE-2' } as const;
/** Set to a folder to keep screenshots of what the test saw (e.g. KOERS_SCREENS_DIR=/tmp/screens). */
const SCREENS = process.env.KOERS_SCREENS_DIR;

async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENS) return;
  fs.mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS, `progress-${name}.png`), fullPage: true });
}

async function seedRound(): Promise<void> {
  const client = createCosmosClient({ mode: 'local', endpoint: run.stack.urls.cosmos, ca: fs.readFileSync(path.join(run.dataDir, 'tls', 'cert.pem'), 'utf8') });
  const stores = createCosmosStores(client.database(DATABASE_ID));
  await stores.rounds.create(
    runningRound({ id: ROUND, tenantId: fatima.tenantId, name: 'Wintergesprekken 2027', period: { from: '2026-12-01', to: '2027-02-28' }, createdBy: fatima.id, createdAt: NOW, startedAt: NOW }),
  );
  // Written beside the running app, so its board is built the way HR repairs one: a rebuild.
  const token = DevTokenResponse.parse(
    await (await fetch(`${run.stack.urls.api}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: fatima.email }) })).json(),
  ).accessToken;
  const rebuilt = await fetch(`${run.stack.urls.api}/progress/${ROUND}/rebuild`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  expect(rebuilt.status).toBe(200);
}

const total = (page: Page, status: string) => page.getByTestId(`progress-total-${status}`).locator('span').first().textContent();

async function expectNoContentIn(page: Page): Promise<void> {
  const html = await page.content();
  for (const text of Object.values(ANSWERS)) expect(html).not.toContain(text);
  expect(html).not.toContain('KANARIE');
}

async function themed(page: Page, theme: 'dark', ready: Locator): Promise<void> {
  await page.goto(`${run.stack.urls.tab}?theme=${theme}#/insight`);
  await ready.waitFor();
  const background = await page.evaluate(`getComputedStyle(document.querySelector('.fui-FluentProvider')).backgroundColor`);
  expect(background).not.toBe('rgb(255, 255, 255)');
  await page.evaluate(`Promise.all(document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity).map((a) => a.finished.catch(() => undefined)))`);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe('the HR progress board, against the real local stack', () => {
  beforeAll(seedRound, 60_000);

  it('moves when Linda books Sanne and Sanne prepares, and never shows what Sanne typed', async () => {
    const hr = await signInAs(run.browser, run.stack.urls.tab, fatima.email);
    await hr.getByTestId('nav-insight').click();
    await hr.getByTestId('progress-total').waitFor();
    await expect(hr.getByTestId('progress-round-name').textContent()).resolves.toBe('Wintergesprekken 2027');
    await expect(total(hr, 'uitgenodigd')).resolves.toBe('7');
    await expect(total(hr, 'voorbereid')).resolves.toBe('0');
    await hr.getByTestId('progress-person').nth(6).waitFor();
    expect(await hr.getByTestId('progress-person').count()).toBe(7);
    await expectNoAxeViolations(hr);
    await screenshot(hr, 'before');

    // Linda books Sanne on "Gesprek plannen"; Sanne prepares and finishes.
    const manager = await signInAs(run.browser, run.stack.urls.tab, linda.email);
    await bookFirstProposal(manager, sanne.id);
    const employee = await signInAs(run.browser, run.stack.urls.tab, sanne.email);
    expect(await employee.getByTestId('nav-insight').count()).toBe(0);
    expect(await employee.getByTestId('nav-plan').count()).toBe(0);
    await employee.getByTestId('nav-prepare').click();
    const form = employee.locator('[data-testid="preparation-form"][data-role="employee"]');
    await form.waitFor();
    for (const [id, text] of Object.entries(ANSWERS)) await form.locator(`[data-testid="question"][data-question-id="${id}"]`).getByTestId('answer').fill(text);
    await form.getByTestId('finish').click();
    await form.getByTestId('done-status').waitFor();

    await hr.reload();
    await hr.getByTestId('progress-total').waitFor();
    await expect(total(hr, 'uitgenodigd')).resolves.toBe('6');
    await expect(total(hr, 'voorbereid')).resolves.toBe('1');
    await hr.getByTestId('progress-filter-status').selectOption('voorbereid');
    await hr.locator('[data-testid="progress-person"][data-status="voorbereid"]').waitFor();
    expect(await hr.getByTestId('progress-person').count()).toBe(1);
    await expect(hr.getByTestId('progress-person').first().textContent()).resolves.toContain('Sanne Bakker');
    await expectNoContentIn(hr);
    await expectNoAxeViolations(hr);
    await screenshot(hr, 'after');

    await hr.setViewportSize({ width: 320, height: 900 });
    expect(Number(await hr.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'))).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(hr);
    await screenshot(hr, '320');
    await hr.setViewportSize({ width: 1280, height: 900 });
    await themed(hr, 'dark', hr.getByTestId('progress-total'));
    await expectNoContentIn(hr);
    await screenshot(hr, 'dark');

    // Sanne reads what HR sees, and that Fatima looked.
    await employee.getByTestId('nav-home').click();
    await employee.getByTestId('access-log-line').first().waitFor();
    await expect(employee.getByTestId('access-log').textContent()).resolves.toContain('Fatima El Amrani (HR) bekeek de stand van je gesprekken');
    await employee.getByTestId('what-hr-sees').click();
    await employee.getByTestId('page-hr-view').waitFor();
    expect(await employee.locator('[data-testid="hr-view-fields"] dt').allTextContents()).toEqual([
      'Naam',
      'Afdeling',
      'Leidinggevende',
      'Stand',
      'Gesprek gepland op',
      'Gesprek gehouden op',
      'POP akkoord op',
      'Vervolggesprek op',
    ]);
    await expectNoAxeViolations(employee);
    await screenshot(employee, 'hr-view');
    await hr.context().close();
    await manager.context().close();
    await employee.context().close();
  }, 240_000);
});
