import fs from 'node:fs';
import path from 'node:path';
import { SAMPLE_PEOPLE } from '@koers/app';
import type { Locator, Page } from 'playwright-core';
import { useStackAndBrowser } from './support/lifecycle';
import { bookFirstProposal, expectNoAxeViolations, signInAs } from './support/tab';

/**
 * "Where can I grow?" against the real local stack: Sanne (monteur by her confirmed job title)
 * sees on Voorbereiden her path to werkvoorbereider with the competences she still lacks and the
 * learning offer, rates herself, and sees the required certificates flagged in her portfolio;
 * Linda sees the paths without Sanne's private rating; Fatima (HR) confirms a suggested job title.
 */

const run = useStackAndBrowser();
const { sanne, linda, fatima } = SAMPLE_PEOPLE;

/** Set to a folder to keep screenshots of what the test saw (e.g. KOERS_SCREENS_DIR=/tmp/screens). */
const SCREENS = process.env.KOERS_SCREENS_DIR;

async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENS) return;
  fs.mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: true });
}

const pathTo = (scope: Page | Locator, functionId: string) => scope.locator(`[data-testid="career-path"][data-function-id="${functionId}"]`);
const gapIds = async (scope: Locator) => (await scope.getByTestId('career-gap').all()).map((g) => g.getAttribute('data-competence-id'));

async function careerOn(page: Page): Promise<Locator> {
  await page.getByTestId('nav-prepare').click();
  const career = page.getByTestId('career-paths');
  await career.waitFor();
  return career;
}

describe('where Sanne can grow, against the real local stack', () => {
  it('shows Sanne her path to werkvoorbereider with what she still lacks, and counts her own rating', async () => {
    const lindasPage = await signInAs(run.browser, run.stack.urls.tab, linda.email);
    await bookFirstProposal(lindasPage, sanne.id);

    const page = await signInAs(run.browser, run.stack.urls.tab, sanne.email);
    const career = await careerOn(page);
    await expect(career.getByTestId('career-function').textContent()).resolves.toBe('Jouw functie: Monteur');
    const werkvoorbereider = pathTo(career, 'werkvoorbereider');
    await expect(werkvoorbereider.textContent()).resolves.toContain('Doorgroeien');
    expect(await Promise.all(await gapIds(werkvoorbereider))).toEqual(['plannen', 'technisch-tekenen', 'vakmanschap']);
    await expect(werkvoorbereider.locator('[data-testid="career-gap"][data-competence-id="plannen"]').textContent()).resolves.toContain('Meelopen met de werkvoorbereiding');
    await expectNoAxeViolations(page);
    await screenshot(page, 'career-sanne-voorbereiden');

    // Her own rating, private: planning already at the level asked.
    const form = page.locator('[data-testid="preparation-form"][data-role="employee"]');
    await form.locator('[data-testid="self-level"][data-competence-id="plannen"]').selectOption('3');
    await form.getByTestId('save-draft').click();
    await form.getByTestId('saved').waitFor();
    await werkvoorbereider.locator('[data-testid="career-gap"][data-competence-id="plannen"]').waitFor({ state: 'detached' });
    expect(await Promise.all(await gapIds(werkvoorbereider))).toEqual(['technisch-tekenen', 'vakmanschap']);

    // Linda sees the paths, but not Sanne's private rating.
    const lindas = await careerOn(lindasPage);
    await expect(lindas.getByTestId('career-self-state').textContent()).resolves.toContain('geen eigen inschatting gedeeld');
    expect(await Promise.all(await gapIds(pathTo(lindas, 'werkvoorbereider')))).toContain('plannen');
    await screenshot(lindasPage, 'career-linda-voorbereiden');
  });

  it("flags in Sanne's portfolio the certificates her function requires and she has not recorded", async () => {
    const page = await signInAs(run.browser, run.stack.urls.tab, sanne.email);
    await page.getByTestId('nav-portfolio').click();
    const certificates = page.getByTestId('mandatory-certificates');
    await certificates.waitFor();
    const states = await Promise.all((await certificates.getByTestId('mandatory-certificate').all()).map((c) => c.getAttribute('data-state')));
    expect(states).toEqual(['ontbreekt', 'ontbreekt', 'ontbreekt']);
    await expect(certificates.textContent()).resolves.toContain('Cursus: VCA Basis (B-VCA)');
    await expectNoAxeViolations(page);
    await screenshot(page, 'career-sanne-portfolio');
  });

  it('lets Fatima (HR) confirm the suggested function of a job title', async () => {
    const page = await signInAs(run.browser, run.stack.urls.tab, fatima.email);
    await page.getByTestId('nav-catalogue').click();
    const links = page.getByTestId('function-links');
    const planner = links.locator('[data-testid="function-link-title"][data-job-title="Planner"]');
    await planner.waitFor();
    await expect(planner.getByTestId('function-link-suggestion').textContent()).resolves.toBe('Voorstel: Planner');
    await expectNoAxeViolations(page);
    await screenshot(page, 'career-fatima-function-links');
    await planner.getByTestId('function-link-confirm').click();
    await planner.getByTestId('function-link-suggestion').waitFor({ state: 'detached' });
    await expect(planner.textContent()).resolves.toContain('Bevestigd');
  });
});
