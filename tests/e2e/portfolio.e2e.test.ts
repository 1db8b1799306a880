import fs from 'node:fs';
import path from 'node:path';
import { SAMPLE_PEOPLE } from '@koers/app';
import { approvePop, createPop, currentVersion } from '@koers/domain';
import type { Locator, Page } from 'playwright-core';
import { createCosmosClient, createCosmosStores, DATABASE_ID } from '../../functions/src/cosmos';
import { useStackAndBrowser } from './support/lifecycle';
import { expectNoAxeViolations, signInAs } from './support/tab';

/**
 * The portfolio against the real local stack: Ahmed keeps his timeline (an approved POP appears by
 * itself), adds a training he shares and a reflection he keeps private, edits and deletes; Jeroen
 * opens Ahmed's portfolio and sees the training and the POP, not the reflection, and cannot edit.
 */

const run = useStackAndBrowser();
const { ahmed, jeroen } = SAMPLE_PEOPLE;

const TRAINING = 'Cursus BIM voor werkvoorbereiders';
const REFLECTION = 'Wat de storing bij de school me leerde';
const GOAL = 'Zelfstandig BIM-modellen lezen';
const POP_ID = 'e2e-pop-ahmed';

/** An approved POP, made with the domain's own functions and stored through the real repository. */
async function seedApprovedPop(): Promise<void> {
  const client = createCosmosClient({ mode: 'local', endpoint: run.stack.urls.cosmos, ca: fs.readFileSync(path.join(run.dataDir, 'tls', 'cert.pem'), 'utf8') });
  try {
    const stores = createCosmosStores(client.database(DATABASE_ID));
    // Before the reflection below: the timeline's order is the same whatever day the test runs.
    const at = '2026-06-15T10:00:00.000Z';
    const draft = createPop({ id: POP_ID, tenantId: ahmed.tenantId, employeeId: ahmed.id, managerId: jeroen.id }, [{ id: 'bim', title: GOAL, kind: 'verdiepen', route: 'opleiding' }], jeroen.id, at);
    const { number, contentHash } = currentVersion(draft);
    const once = approvePop(draft, { version: number, contentHash, by: ahmed.id, now: at });
    await stores.pops.create(approvePop(once, { version: number, contentHash, by: jeroen.id, now: at }));
  } finally {
    client.dispose();
  }
}

const item = (page: Page, title: string): Locator => page.getByTestId('portfolio-item').filter({ has: page.getByTestId('item-title').getByText(title, { exact: true }) });

async function openPortfolio(page: Page): Promise<void> {
  await page.getByTestId('nav-portfolio').click();
  await page.getByTestId('page-portfolio').waitFor();
  await page.getByTestId('portfolio-loading').waitFor({ state: 'detached' });
}

async function addEntry(page: Page, entry: { kind: string; title: string; from: string; to?: string; organisation?: string; description?: string; share: boolean }): Promise<void> {
  await page.getByTestId('portfolio-add').click();
  const dialog = page.getByTestId('entry-dialog');
  await dialog.waitFor();
  await dialog.getByTestId('entry-kind').selectOption(entry.kind);
  await dialog.getByLabel('Titel').fill(entry.title);
  await dialog.getByTestId('entry-from').fill(entry.from);
  if (entry.to) await dialog.getByTestId('entry-to').fill(entry.to);
  if (entry.organisation) await dialog.getByTestId('entry-organisation').fill(entry.organisation);
  if (entry.description) await dialog.getByTestId('entry-description').fill(entry.description);
  const share = dialog.getByRole('switch', { name: 'Zichtbaar voor mijn leidinggevende' });
  expect(await share.isChecked()).toBe(false);
  if (entry.share) await share.check();
  await dialog.getByTestId('entry-save').click();
  await dialog.waitFor({ state: 'detached' });
  await page.locator('[data-testid="portfolio-notice"][data-kind="portfolio.added"]').filter({ hasText: entry.title }).waitFor();
}

describe('Portfolio, against the real local stack', () => {
  beforeAll(seedApprovedPop);

  it('lets Ahmed keep his timeline and choose per entry what Jeroen sees', async () => {
    const page = await signInAs(run.browser, run.stack.urls.tab, ahmed.email);
    await openPortfolio(page);

    // The approved POP is there without anyone adding it, with its version and goals.
    const pop = page.locator(`[data-testid="portfolio-item"][data-item-id="pop:${POP_ID}"]`);
    await pop.waitFor();
    await expect(pop.getByTestId('item-title').textContent()).resolves.toBe('POP goedgekeurd (versie 1)');
    await expect(pop.getByTestId('item-goals').textContent()).resolves.toContain(GOAL);
    expect(await pop.getByTestId('item-open-pop').getAttribute('href')).toBe(`#/pop/${POP_ID}`);
    // Jeroen took part: shared by nature, the switch cannot hide it from him.
    expect(await pop.getByTestId('item-share').isChecked()).toBe(true);
    expect(await pop.getByTestId('item-share').isDisabled()).toBe(true);
    await expectNoAxeViolations(page);

    // A dialog that explains what is wrong, in Dutch, at the field.
    await page.getByTestId('portfolio-add').click();
    const dialog = page.getByTestId('entry-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('entry-link').fill('http://www.isso.nl');
    await dialog.getByTestId('entry-save').click();
    await dialog.getByText('Geef een titel.').waitFor();
    await dialog.getByText('Een link moet beginnen met https://.').waitFor();
    expect(await page.evaluate("document.activeElement?.getAttribute('data-testid')")).toBe('entry-title');
    await expectNoAxeViolations(page);
    await dialog.getByTestId('entry-cancel').click();
    await dialog.waitFor({ state: 'detached' });

    await addEntry(page, { kind: 'opleiding', title: TRAINING, from: '2026-09-01', organisation: 'ISSO', share: true });
    await addEntry(page, { kind: 'reflectie', title: REFLECTION, from: '2026-11-20', description: 'Eerder om hulp vragen als een planning vastloopt.', share: false });
    expect(await item(page, TRAINING).getByTestId('item-share').isChecked()).toBe(true);
    expect(await item(page, REFLECTION).getByTestId('item-share').isChecked()).toBe(false);
    await expect(item(page, REFLECTION).getByTestId('item-share-hint').textContent()).resolves.toBe('Alleen jij ziet dit.');
    // Ongoing on top: the training has no end date (a reflection is one day, never ongoing).
    await expect(page.getByTestId('item-title').first().textContent()).resolves.toBe(TRAINING);

    // Edit keeps the switch; the page reads the stored version, not the form.
    await item(page, TRAINING).getByTestId('item-edit').click();
    await dialog.waitFor();
    await dialog.getByTestId('entry-organisation').fill('ISSO Rotterdam');
    await dialog.getByTestId('entry-save').click();
    await page.locator('[data-testid="portfolio-notice"][data-kind="portfolio.saved"]').waitFor();
    await item(page, TRAINING).getByText('ISSO Rotterdam').waitFor();

    // Delete asks first.
    await addEntry(page, { kind: 'project', title: 'Proefproject', from: '2026-10-01', share: false });
    await item(page, 'Proefproject').getByTestId('item-delete').click();
    await page.getByTestId('delete-dialog').waitFor();
    await expectNoAxeViolations(page);
    await page.getByTestId('delete-confirm').click();
    await page.locator('[data-testid="portfolio-notice"][data-kind="portfolio.deleted"]').waitFor();
    expect(await item(page, 'Proefproject').count()).toBe(0);

    await page.reload();
    await page.getByTestId('portfolio-timeline').waitFor();
    expect(await page.getByTestId('item-title').allTextContents()).toEqual([TRAINING, REFLECTION, 'POP goedgekeurd (versie 1)']);
    await expectNoAxeViolations(page);
    await page.context().close();

    // Jeroen: the training and the POP; the reflection stays Ahmed's.
    const manager = await signInAs(run.browser, run.stack.urls.tab, jeroen.email);
    await openPortfolio(manager);
    await manager.locator(`[data-testid="portfolio-team-link"][data-person-id="${ahmed.id}"]`).click();
    await manager.locator(`[data-testid="page-portfolio"][data-subject="${ahmed.id}"] [data-testid="portfolio-timeline"]`).waitFor();
    await expect(manager.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Portfolio van Ahmed Yilmaz');
    expect(await manager.getByTestId('item-title').allTextContents()).toEqual([TRAINING, 'POP goedgekeurd (versie 1)']);
    expect(await manager.getByText(REFLECTION).count()).toBe(0);
    // Read-only: no switch, no edit, no add.
    expect(await manager.getByTestId('item-share').count()).toBe(0);
    expect(await manager.getByTestId('item-edit').count()).toBe(0);
    expect(await manager.getByTestId('portfolio-add').count()).toBe(0);
    await expectNoAxeViolations(manager);
    await manager.context().close();
  }, 180_000);

  it('works with the keyboard alone at 320 px, and tells HR this portfolio is not theirs', async () => {
    const page = await signInAs(run.browser, run.stack.urls.tab, ahmed.email);
    await page.setViewportSize({ width: 320, height: 800 });
    await openPortfolio(page);
    await page.getByTestId('portfolio-add').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('entry-dialog');
    await dialog.waitFor();
    const box = await dialog.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true);
    // Focus is in the dialog; Tab walks kind → title; type, then submit with Enter.
    for (let i = 0; i < 5 && (await page.evaluate("document.activeElement?.getAttribute('data-testid')")) !== 'entry-title'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate("document.activeElement?.getAttribute('data-testid')")).toBe('entry-title');
    await page.keyboard.type('Cursus VCA');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="portfolio-notice"][data-kind="portfolio.added"]').waitFor();
    // Focus returns to "Toevoegen", where it came from.
    await page.waitForFunction("document.activeElement?.getAttribute('data-testid') === 'portfolio-add'");
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
    // The switch of the new entry is reachable and works with Space.
    const share = item(page, 'Cursus VCA').getByTestId('item-share');
    await share.focus();
    await page.keyboard.press('Space');
    await item(page, 'Cursus VCA').locator('input[data-testid="item-share"]:checked').waitFor();
    await item(page, 'Cursus VCA').getByText('Jeroen Hendriks ziet dit.').waitFor();
    // Focus stays on the switch while it saves and after.
    expect(await page.evaluate("document.activeElement?.getAttribute('data-testid')")).toBe('item-share');
    await expectNoAxeViolations(page);
    await page.context().close();

    const hr = await signInAs(run.browser, run.stack.urls.tab, SAMPLE_PEOPLE.fatima.email);
    await hr.goto(`${run.stack.urls.tab}#/portfolio/${ahmed.id}`);
    await hr.getByTestId('portfolio-not-found').waitFor();
    await hr.context().close();
  }, 90_000);
});
