import fs from 'node:fs';
import path from 'node:path';
import { SAMPLE_PEOPLE } from '@koers/app';
import type { Page } from 'playwright-core';
import { useStackAndBrowser } from './support/lifecycle';
import { expectNoAxeViolations, signInAs } from './support/tab';

/**
 * The cycle around one person, in a plain browser against the real local stack: Sanne asks for a
 * conversation on her home page; Linda opens the planner with Sanne chosen, picks a day and time of
 * her own (a Saturday first, which Koers explains it cannot book), and books it in person with a
 * location; Sanne then sees where it takes place. Also at 320 px wide.
 */

const NOW = '2026-12-01T09:00:00.000Z';
const run = useStackAndBrowser({ env: { KOERS_CLOCK_START: NOW }, prefix: 'koers-e2e-cycle-' });
const { sanne, linda } = SAMPLE_PEOPLE;
const LOCATION = 'Kamer 2.14, kantoor Utrecht';
/** Set to a folder to keep screenshots of what the test saw (e.g. KOERS_SCREENS_DIR=/tmp/screens). */
const SCREENS = process.env.KOERS_SCREENS_DIR;

async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENS) return;
  fs.mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: true });
}

async function overflowOf(page: Page): Promise<number> {
  return Number(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'));
}

/** yyyy-mm-dd plus days, on the calendar (no zones involved). */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('the cycle around one person, against the real local stack', () => {
  it('lets Sanne ask for a conversation in the tab, and then says it was asked', async () => {
    const page = await signInAs(run.browser, run.stack.urls.tab, sanne.email);
    await page.setViewportSize({ width: 320, height: 900 });
    const request = page.getByTestId('request-conversation');
    await request.getByTestId('request-open').click();
    await request.getByTestId('request-note').fill('Over mijn volgende stap als planner');
    await request.getByTestId('request-from').fill('2027-01-04');
    await expect(request.getByText('Vul beide dagen in, of geen van beide.').count()).resolves.toBe(1);
    await request.getByTestId('request-to').fill('2027-01-29');
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'cycle-request-form-320');

    await request.getByTestId('request-send').click();
    const sent = page.getByTestId('request-sent');
    await sent.waitFor();
    await expect(sent.textContent()).resolves.toContain('Je hebt op 1 december 2026 een gesprek aangevraagd bij Linda');
    await expect(request.getByTestId('request-open').count()).resolves.toBe(0);

    // Still asked after a reload: the request is stored, not remembered by the page.
    await page.reload();
    await page.getByTestId('request-sent').waitFor();
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'cycle-request-sent-320');
    await page.context().close();
  }, 120_000);

  it('lets Linda book Sanne in person at a time of her own choosing, and Sanne sees where', async () => {
    const page = await signInAs(run.browser, run.stack.urls.tab, linda.email);
    // The first proposal is a time both are free: Linda picks that day by hand, after trying its Saturday.
    const proposals = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/bookings/proposals');
    await page.goto(`${run.stack.urls.tab}#/plan/${sanne.id}`);
    await page.getByTestId('page-plan').waitFor();
    const slot = ((await (await proposals).json()) as { slots: { date: string; startTime: string; weekday: number }[] }).slots[0]!;
    await expect(page.getByTestId('report-select').inputValue()).resolves.toBe(sanne.id);

    await page.getByTestId('when-own').click();
    await page.getByTestId('own-date').fill(addDays(slot.date, 6 - slot.weekday));
    await page.getByTestId('own-time-of-day').fill('10:00');
    const problem = page.getByTestId('own-problem');
    await problem.waitFor();
    await expect(problem.getAttribute('data-problem')).resolves.toBe('outside-working-hours');
    await expect(problem.textContent()).resolves.toContain('Dit valt buiten je werktijden');
    await expectNoAxeViolations(page);
    await screenshot(page, 'cycle-own-time-refused');

    // Booking now explains itself instead of trying.
    await page.getByTestId('book').click();
    await page.getByText('Dit moment kan niet worden ingepland. Kies een ander moment.').waitFor();

    await page.getByTestId('own-date').fill(slot.date);
    await page.getByTestId('own-time-of-day').fill(slot.startTime);
    await page.getByTestId('own-free').waitFor();
    await page.getByTestId('where-in-person').click();
    await page.getByTestId('book').click();
    await page.getByText('Vul de locatie in.').waitFor();
    await page.getByTestId('location').fill(LOCATION);
    await expectNoAxeViolations(page);
    await screenshot(page, 'cycle-own-time-in-person');

    await page.getByTestId('book').click();
    await page.locator('[data-testid="plan-notice"][data-kind="booked"]').waitFor();
    const card = page.getByTestId('upcoming').filter({ hasText: sanne.displayName });
    await expect(card.getByTestId('upcoming-where').textContent()).resolves.toBe(`Op locatie: ${LOCATION}`);
    await card.getByTestId('canvas-link').waitFor();
    await expect(card.getByTestId('join-link').count()).resolves.toBe(0);
    await page.setViewportSize({ width: 320, height: 900 });
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'cycle-booked-in-person-320');
    await page.context().close();

    const sannes = await signInAs(run.browser, run.stack.urls.tab, sanne.email);
    await expect(sannes.getByTestId('next-where').textContent()).resolves.toBe(`Op locatie: ${LOCATION}`);
    // Planned now: nothing left to ask for.
    await expect(sannes.getByTestId('request-conversation').count()).resolves.toBe(0);
    await screenshot(sannes, 'cycle-employee-planned');
    await sannes.context().close();
  }, 180_000);
});
