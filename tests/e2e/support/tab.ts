import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { newLocalPage, signInOn } from '../../../scripts/lib/browser';

/** A new window signed in as one of the sample people through the local persona picker. */
export async function signInAs(browser: Browser, tabUrl: string, email: string): Promise<Page> {
  const page = await newLocalPage(browser);
  // Well under the test's timeout, so a missing element fails with its name instead of a bare timeout.
  page.setDefaultTimeout(15_000);
  await signInOn(page, tabUrl, email);
  return page;
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  // A dialog fading in has text at partial opacity: check contrast once the motion has settled.
  // (Spinners run forever: only finite animations are waited for. A string: tests/ has no DOM types.)
  await page.evaluate(`Promise.all(document.getAnimations()
    .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
    .map((a) => a.finished.catch(() => undefined)))`);
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** On "Gesprek plannen": books the first proposed moment with one report; returns its label. */
export async function bookFirstProposal(page: Page, employeeId: string): Promise<string> {
  await page.getByTestId('nav-plan').click();
  await page.getByTestId('report-select').selectOption(employeeId);
  const slot = page.getByTestId('slot').first();
  await slot.waitFor();
  const label = ((await page.locator('[data-testid="slot-choices"] label').first().textContent()) ?? '').split(' · ')[0] ?? '';
  await slot.check();
  await page.getByTestId('book').click();
  await page.locator('[data-testid="plan-notice"][data-kind="booked"]').waitFor();
  return label;
}
