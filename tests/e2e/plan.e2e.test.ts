import { SAMPLE_PEOPLE } from '@koers/app';
import type { Page, Request } from 'playwright-core';
import { useStackAndBrowser } from './support/lifecycle';
import { bookFirstProposal, expectNoAxeViolations, signInAs } from './support/tab';

/**
 * "Gesprek plannen" in a plain browser against the real local stack (embedded Cosmos, local
 * calendar, the real BookingService): Jeroen plans, moves and cancels a conversation with Ahmed.
 */

const run = useStackAndBrowser();

const jeroen = 'jeroen@hendriks.example';
const ahmed = SAMPLE_PEOPLE.ahmed;
const noor = SAMPLE_PEOPLE.noor;

async function openPlan(page: Page): Promise<void> {
  await page.getByTestId('nav-plan').click();
  await page.getByTestId('page-plan').waitFor();
  await page.getByTestId('report-select').waitFor();
}

/** The card of Ahmed's upcoming conversation (there is at most one in these tests). */
const ahmedsCard = (page: Page) => page.getByTestId('upcoming').filter({ hasText: ahmed.displayName });

const isBooking = (request: Request) => request.method() === 'POST' && new URL(request.url()).pathname === '/api/conversations';

describe('Gesprek plannen, against the real local stack', () => {
  it('lets Jeroen book Ahmed, see it under upcoming, move it and cancel it', async () => {
    const page = await signInAs(run.browser, run.stack.urls.tab, jeroen);
    await openPlan(page);
    await page.getByTestId('upcoming-empty').waitFor();
    await expectNoAxeViolations(page);

    await page.getByTestId('report-select').selectOption(ahmed.id);
    const slots = page.getByTestId('slot');
    await slots.first().waitFor();
    expect(await slots.count()).toBeGreaterThanOrEqual(1);
    const chosen = (await page.locator('[data-testid="slot-choices"] label').first().textContent()) ?? '';
    expect(chosen).toMatch(/^(ma|di|wo|do|vr) \d{1,2} [a-z]{3} \d{2}:\d{2}–\d{2}:\d{2}/);

    // Booking without a choice explains itself instead of failing silently.
    await page.getByTestId('book').click();
    await page.getByText('Kies eerst een moment.').waitFor();

    // The first answer is lost on the way back: the retry must book once, with the same key.
    const bodies: string[] = [];
    let dropped = false;
    await page.route('**/api/conversations', async (route) => {
      if (!isBooking(route.request())) return route.fallback();
      bodies.push(route.request().postData() ?? '');
      if (dropped) return route.continue();
      dropped = true;
      await route.fetch();
      return route.abort('connectionreset');
    });
    await slots.first().check();
    await page.getByTestId('book').click();
    await page.getByTestId('book-error').waitFor();
    await page.getByTestId('book').click();
    await page.locator('[data-testid="plan-notice"][data-kind="booked"]').waitFor();
    await page.unroute('**/api/conversations');
    expect(bodies).toHaveLength(2);
    const [first, second] = bodies.map((body) => JSON.parse(body) as { requestId: string; employeeId: string });
    expect(first?.requestId).toBe(second?.requestId);
    expect(first?.employeeId).toBe(ahmed.id);
    await expect(page.getByTestId('plan-notice').textContent()).resolves.toContain(chosen.split(' · ')[0]);

    const card = ahmedsCard(page);
    await card.waitFor();
    expect(await page.getByTestId('upcoming').count()).toBe(1);
    await expect(card.getByTestId('upcoming-when').textContent()).resolves.toBe(chosen.split(' · ')[0]);
    await card.getByTestId('not-prepared').waitFor();
    expect(await card.getByTestId('canvas-link').getAttribute('href')).toBeTruthy();
    await expectNoAxeViolations(page);

    // Move it to a later moment ("andere tijden"), chosen from fresh proposals.
    await card.getByTestId('reschedule').click();
    const panel = card.getByTestId('reschedule-panel');
    await panel.getByTestId('slot').first().waitFor();
    await panel.getByTestId('other-times').click();
    await panel.getByTestId('proposals-loading').waitFor({ state: 'detached' });
    const later = panel.getByTestId('slot').first();
    await later.waitFor();
    const moved = ((await panel.locator('[data-testid="slot-choices"] label').first().textContent()) ?? '').split(' · ')[0] ?? '';
    expect(moved).not.toBe(chosen.split(' · ')[0]);
    await later.check();
    await panel.getByTestId('reschedule-confirm').click();
    await page.locator('[data-testid="plan-notice"][data-kind="rescheduled"]').waitFor();
    await expect(page.getByTestId('plan-notice').textContent()).resolves.toContain(moved);
    await ahmedsCard(page).getByTestId('upcoming-when').filter({ hasText: moved }).waitFor();


    // Cancel it, with a reason, after confirming in the dialog.
    await ahmedsCard(page).getByTestId('cancel').click();
    const dialog = page.getByTestId('cancel-dialog');
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain(moved);
    await expectNoAxeViolations(page);
    await dialog.getByTestId('cancel-reason').fill('Ik ben die week op cursus.');
    await dialog.getByTestId('cancel-confirm').click();
    await page.locator('[data-testid="plan-notice"][data-kind="cancelled"]').waitFor();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('upcoming-empty').waitFor();
    await page.context().close();
  }, 90_000);

  it('can book with the keyboard alone, at 320 px wide', async () => {
    const page = await signInAs(run.browser, run.stack.urls.tab, jeroen);
    await page.setViewportSize({ width: 320, height: 800 });
    await openPlan(page);
    await page.getByTestId('report-select').focus();
    await page.keyboard.press('Shift+Tab');
    // From the element before the select, Tab reaches it: the page's order is a working path.
    await page.keyboard.press('Tab');
    expect(await page.evaluate("document.activeElement?.getAttribute('data-testid')")).toBe('report-select');
    // A closed native select takes the first letter: "N" chooses Noor Visser.
    await page.keyboard.press('n');
    await page.getByTestId('slot').first().waitFor();
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate("document.activeElement?.getAttribute('data-testid')")) === 'slot') break;
    }
    expect(await page.evaluate("document.activeElement?.getAttribute('data-testid')")).toBe('slot');
    await page.keyboard.press('Space');
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate("document.activeElement?.getAttribute('data-testid')")) === 'book') break;
    }
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="plan-notice"][data-kind="booked"]').waitFor();
    await expect(page.getByTestId('plan-notice').textContent()).resolves.toContain(noor.displayName);
    await page.getByTestId('upcoming').filter({ hasText: noor.displayName }).waitFor();
    const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'));
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('explains a calendar outage in Dutch and recovers on retry, nothing chosen is lost', async () => {
    const page = await signInAs(run.browser, run.stack.urls.tab, jeroen);
    await openPlan(page);
    let failing = true;
    await page.route('**/api/bookings/proposals*', (route) =>
      failing
        ? route.fulfill({
            status: 503,
            contentType: 'application/problem+json',
            json: {
              type: 'urn:koers:problem:calendar-unavailable',
              title: 'Calendars unavailable',
              status: 503,
              detail: 'The calendars cannot be reached right now.',
              code: 'calendar-unavailable',
              messages: { nl: "De agenda's zijn nu niet bereikbaar.", en: 'The calendars cannot be reached right now.' },
            },
          })
        : route.fallback(),
    );
    await page.getByTestId('report-select').selectOption(ahmed.id);
    const error = page.getByTestId('proposals-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain("De agenda's zijn nu niet bereikbaar.");
    await expectNoAxeViolations(page);
    failing = false;
    await error.getByTestId('retry').click();
    await page.getByTestId('slot').first().waitFor();
    expect(await page.getByTestId('report-select').inputValue()).toBe(ahmed.id);
    await page.context().close();
  });

  it('speaks Flemish to An Peeters of Drukkerij Peeters', async () => {
    const page = await signInAs(run.browser, run.stack.urls.tab, 'an@peeters.example');
    await bookFirstProposal(page, SAMPLE_PEOPLE.wout.id);
    await expect(page.getByTestId('plan-notice').textContent()).resolves.toContain('is ingepland op');
    const card = page.getByTestId('upcoming').filter({ hasText: SAMPLE_PEOPLE.wout.displayName });
    await expect(card.getByTestId('reschedule').textContent()).resolves.toBe('Verplaatsen');
    await page.context().close();
  });

  it('keeps planning out of an employee’s menu, and explains it when a link opens it', async () => {
    const page = await signInAs(run.browser, run.stack.urls.tab, ahmed.email);
    expect(await page.getByTestId('nav-plan').count()).toBe(0);
    await page.evaluate(`window.location.hash = '#/plan'`);
    await page.getByTestId('plan-not-manager').waitFor();
    expect(await page.getByTestId('report-select').count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
