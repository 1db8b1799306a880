import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { PEETERS_TENANT_ID, SAMPLE_PEOPLE } from '@koers/app';
import { newLocalPage } from '../../scripts/lib/browser';
import { DirectoryFixture } from '../../functions/src/graph/directoryStandIn';
import { graphPermissions } from '../../functions/src/graph/permissions';
import { SAMPLE_DIRECTORY_FILE } from '../../functions/src/graph/sampleDirectory';
import { useStackAndBrowser } from './support/lifecycle';
import { expectNoAxeViolations } from './support/tab';

/**
 * A new organisation sets Koers up: Drukkerij Peeters is in the local Graph but not in Koers
 * (KOERS_SAMPLE_ONBOARDING). An Peeters, its zaakvoerder and Global Administrator, goes through
 * the wizard; Wout, a colleague, is told whom to ask. Screenshots go to KOERS_SCREENSHOT_DIR when set.
 */

const run = useStackAndBrowser({ env: { KOERS_SAMPLE_ONBOARDING: 'peeters' }, prefix: 'onboarding' });
const { an, wout } = SAMPLE_PEOPLE;

function grant(permissions: string[]): void {
  const file = path.join(run.dataDir, SAMPLE_DIRECTORY_FILE);
  const fixture = DirectoryFixture.parse(JSON.parse(readFileSync(file, 'utf8')));
  const peeters = fixture.tenants.find((t) => t.tenantId === PEETERS_TENANT_ID);
  if (!peeters) throw new Error('the local Graph has no Drukkerij Peeters');
  peeters.grantedPermissions = permissions;
  writeFileSync(file, JSON.stringify(fixture, null, 2));
}

async function pickPersona(email: string): Promise<Page> {
  const page = await newLocalPage(run.browser);
  page.setDefaultTimeout(20_000);
  await page.goto(run.stack.urls.tab, { timeout: 60_000 });
  await page.getByTestId('persona-picker').waitFor({ timeout: 60_000 });
  await page.locator(`[data-testid="persona"][data-email="${email}"]`).click();
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.KOERS_SCREENSHOT_DIR;
  if (dir) await page.screenshot({ path: path.join(dir, `onboarding-${name}.png`), fullPage: true });
}

const overflow = (page: Page) =>
  page.evaluate(() => {
    const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });

describe('setting up an organisation in Koers', () => {
  it('tells a colleague who is no administrator that Koers is not set up yet, and whom to ask', async () => {
    const page = await pickPersona(wout.email);
    await page.getByTestId('onboarding-not-admin').waitFor();
    await expect(page.getByTestId('onboarding-not-admin').textContent()).resolves.toContain('Vraag je IT-beheerder');
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('takes the Global Administrator from missing consent through the first sync into Koers', async () => {
    grant(graphPermissions().filter((p) => p !== 'MailboxSettings.Read'));
    const page = await pickPersona(an.email);
    await page.getByTestId('onboarding-step-consent').waitFor();
    const mailbox = page.locator('[data-permission="MailboxSettings.Read"]');
    await expect(mailbox.getAttribute('data-state')).resolves.toBe('missing');
    await expect(page.getByTestId('onboarding-consent-state').textContent()).resolves.toContain('Er ontbreekt nog 1 machtiging');
    await expect(page.getByTestId('onboarding-next').getAttribute('aria-disabled')).resolves.toBe('true');
    await expect(page.getByTestId('onboarding-consent-link').getAttribute('href')).resolves.toContain(`/${PEETERS_TENANT_ID}/adminconsent?client_id=`);
    await shot(page, '1-consent-missing');
    await expectNoAxeViolations(page);

    // The administrator grants consent in Entra ID; Koers sees it when asked again.
    grant(graphPermissions());
    await page.getByTestId('onboarding-recheck').click();
    await page.locator('[data-permission="MailboxSettings.Read"][data-state="granted"]').waitFor();
    await page.getByTestId('onboarding-next').click();

    await page.getByTestId('onboarding-step-scope').waitFor();
    // The heading of the new step has the focus, as a screen reader user expects.
    await expect(page.evaluate(() => (globalThis as unknown as { document: { activeElement: { tagName: string } | null } }).document.activeElement?.tagName)).resolves.toBe('H2');
    await page.getByTestId('org-name').fill('Drukkerij Peeters BV');
    await page.getByTestId('onboarding-next').click();

    await page.getByTestId('onboarding-step-country').waitFor();
    await page.getByTestId('org-country').selectOption('BE');
    await expect(page.getByTestId('org-locale').inputValue()).resolves.toBe('nl-BE');
    await expect(page.getByTestId('org-time-zone').inputValue()).resolves.toBe('Europe/Brussels');
    await page.locator('[data-testid="org-agreement-day"][data-day="vlaamse-feestdag"]').check();
    await page.setViewportSize({ width: 320, height: 720 });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await shot(page, '2-country-320');
    await page.setViewportSize({ width: 1280, height: 720 });
    await expectNoAxeViolations(page);
    await page.getByTestId('onboarding-next').click();

    await page.getByTestId('onboarding-step-defaults').waitFor();
    await page.getByTestId('org-mode').getByLabel('Op locatie').check();
    await shot(page, '3-defaults');
    await page.getByTestId('onboarding-finish').click();

    await page.getByTestId('onboarding-done').waitFor({ timeout: 60_000 });
    const done = (await page.getByTestId('onboarding-done').textContent()) ?? '';
    expect(done).toContain('Koers is klaar voor Drukkerij Peeters BV');
    expect(done).toContain('3 personen, van wie 1 leidinggevende');
    expect(done).toContain('1 persoon zonder leidinggevende');
    await shot(page, '4-done');
    await expectNoAxeViolations(page);

    await page.getByTestId('onboarding-open').click();
    await page.getByTestId('page-home').waitFor();
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('organisation-form').waitFor();
    await expect(page.getByTestId('org-name').inputValue()).resolves.toBe('Drukkerij Peeters BV');
    await expect(page.locator('[data-testid="org-agreement-day"][data-day="vlaamse-feestdag"]').isChecked()).resolves.toBe(true);
    await expect(page.getByTestId('organisation-holidays').textContent()).resolves.toContain('11 juli');

    // A later change on the Organisatie section, saved under its etag.
    await page.getByTestId('org-closing-add').click();
    await page.getByTestId('org-closing-name').fill('Collectief verlof');
    await page.getByTestId('org-closing-from').fill('2027-07-19');
    await page.getByTestId('org-closing-to').fill('2027-08-06');
    await page.getByTestId('organisation-save').click();
    await page.getByTestId('organisation-saved').waitFor();
    await shot(page, '5-organisatie');
    await expectNoAxeViolations(page);
    await page.reload();
    await page.getByTestId('organisation-form').waitFor();
    await expect(page.getByTestId('org-closing-name').inputValue()).resolves.toBe('Collectief verlof');
  });
});
