import fs from 'node:fs';
import path from 'node:path';
import { SAMPLE_PEOPLE } from '@koers/app';
import type { Page } from 'playwright-core';
import { seePdf, unread } from '../../functions/src/testing/pdfRender';
import { useStackAndBrowser } from './support/lifecycle';
import { expectNoAxeViolations, signInAs } from './support/tab';
import { until } from './support/until';

/**
 * "Where can I grow?" in the conversation, against the real local stack with the sample function
 * house: on the Koerskaart Linda makes a card from Sanne's path to werkvoorbereider and one from a
 * course on it (Sanne sees both arrive), the course card becomes an agreement, and the POP goal
 * drafted from it carries the target function and the course; once both approve, the PDF names
 * the course — read from the drawn page, not only its text layer.
 */

const run = useStackAndBrowser({ prefix: 'koers-e2e-steps-' });
const { linda, sanne } = SAMPLE_PEOPLE;

/** Screenshots to look at, when KOERS_SCREENSHOTS names a folder. */
async function screenshot(page: Page, name: string, selector?: string): Promise<void> {
  const folder = process.env.KOERS_SCREENSHOTS;
  if (!folder) return;
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `steps-${name}.png`);
  if (selector) await page.locator(selector).first().screenshot({ path: file });
  else await page.screenshot({ path: file, fullPage: true });
}

const section = (page: Page, id: string) => page.locator(`[data-testid="canvas-section"][data-section="${id}"]`);
const textsIn = (page: Page, id: string) => section(page, id).locator('[data-testid="card-text"]').evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value));

async function waitUntilSent(page: Page): Promise<void> {
  await page.getByTestId('pending').waitFor({ state: 'attached', timeout: 2_000 }).catch(() => undefined);
  await page.getByTestId('pending').waitFor({ state: 'detached' });
}

describe('Mogelijke stappen, from the Koerskaart into the POP and its PDF', () => {
  it('lets Linda make cards from Sanne\'s path and a course, and the agreed goal and its PDF name them', async () => {
    const l = await signInAs(run.browser, run.stack.urls.tab, linda.email);
    await l.setViewportSize({ width: 1440, height: 900 });
    await l.getByTestId('nav-canvas').click();
    await l.locator(`[data-testid="start-canvas"][data-employee="${sanne.id}"]`).click();
    const board = l.locator('[data-testid="page-canvas"][data-canvas-id]');
    await board.waitFor();
    const canvasId = (await board.getAttribute('data-canvas-id')) ?? '';
    const s = await signInAs(run.browser, run.stack.urls.tab, sanne.email);
    await s.setViewportSize({ width: 1440, height: 900 });
    await s.goto(`${run.stack.urls.tab.replace(/\/$/, '')}/#/canvas/${canvasId}`);
    await s.locator(`[data-testid="page-canvas"][data-canvas-id="${canvasId}"]`).waitFor();

    // Phase 2 shows the paths from Sanne's function (monteur) with the learning offer per path.
    const steps = l.getByTestId('possible-steps');
    await steps.waitFor();
    const path = steps.locator('[data-testid="step-path"][data-function-id="werkvoorbereider"]');
    await path.waitFor();
    const course = path.locator('[data-testid="step-learning"][data-learning-id="werkvoorbereiding-ew"]');
    const courseTitle = ((await course.locator('span > span').first().textContent()) ?? '').trim();
    expect(courseTitle).not.toBe('');
    await expectNoAxeViolations(l);

    await path.getByTestId('step-path-card').first().click();
    await waitUntilSent(l);
    await course.getByTestId('step-learning-card').click();
    await waitUntilSent(l);

    // Both cards land under Mogelijkheden, for Linda and live for Sanne; the steps say they are on the board.
    const expected = ['Doorgroeien naar Werkvoorbereider', `${courseTitle} — op weg naar Werkvoorbereider`];
    await until(() => textsIn(l, 'mogelijkheden'), expected, 10_000);
    await until(() => textsIn(s, 'mogelijkheden'), expected, 10_000);
    await s.locator('[data-testid="possible-steps"] [data-testid="step-path"][data-function-id="werkvoorbereider"] [data-testid="step-path-card-on-board"]').waitFor();
    await screenshot(l, 'koerskaart-panel', '[data-testid="canvas-phase"][data-phase="voorstellen"]');
    await expectNoAxeViolations(s);

    // The course card becomes an agreement (Alt+→: to the next phase), then the conversation is rounded off.
    await section(l, 'mogelijkheden').locator('[data-testid="card-text"]').nth(1).focus();
    await l.keyboard.press('Alt+ArrowRight');
    await until(() => textsIn(l, 'afspraken'), [expected[1]], 10_000);
    await waitUntilSent(l);
    await l.getByTestId('canvas-complete').getByTestId('canvas-complete-button').click();
    await l.locator('[data-testid="canvas-complete"][data-held="true"]').waitFor();
    await l.getByTestId('canvas-make-pop').click();
    await l.getByTestId('pop-plan').waitFor();

    // The goal carries both: the target function and the course with what it asks.
    const links = l.getByTestId('goal-links');
    await links.waitFor();
    expect(await l.getByTestId('goal-target-function').inputValue()).toBe('Werkvoorbereider');
    await expect(links.getByTestId('goal-linked-learning').textContent()).resolves.toContain(courseTitle);
    // By keyboard, Linda adds the VCA course: a monteur must hold VCA, so it is free for Sanne and in working time.
    const picker = l.getByTestId('goal-learning');
    await picker.focus();
    await l.keyboard.press('ArrowDown');
    await l.keyboard.type('VCA');
    // The arrow opens the list; typing filters it and makes the VCA course the active option.
    await l.getByText('VCA Basis (B-VCA) — Regionaal opleidingscentrum').waitFor();
    await l.keyboard.press('Enter');
    await l.keyboard.press('Escape');
    const vca = links.getByTestId('goal-linked-learning').filter({ hasText: 'VCA Basis' });
    await expect(vca.textContent()).resolves.toContain('in werktijd (art. 7:611a BW)');
    await l.locator('[data-testid="smart-hint"][data-code="required-training-in-working-time"]').waitFor();
    await screenshot(l, 'pop-goal', '[data-testid="goal-editor"]');
    await expectNoAxeViolations(l);
    await l.getByTestId('pop-save').click();
    await l.getByTestId('pop-saved').waitFor();

    // Both approve; the agreed plan and its PDF name the function and the course.
    await l.getByTestId('approve').click();
    await l.getByTestId('approved').waitFor();
    await s.getByTestId('nav-pop').click();
    await s.locator('[data-testid="pop-item"][data-status="concept"]').getByTestId('pop-open').click();
    await s.getByTestId('pop-plan').waitFor();
    await s.getByTestId('approve').click();
    await s.locator('[data-testid="pop-status"][data-status="goedgekeurd"]').waitFor();
    await expect(s.getByTestId('goal-view-learning').first().textContent()).resolves.toContain(courseTitle);
    await expectNoAxeViolations(s);

    const [download] = await Promise.all([s.waitForEvent('download'), s.getByTestId('pdf').first().click()]);
    const pdf = new Uint8Array(fs.readFileSync(await download.path()));
    const seen = await seePdf(pdf, 'steps-agreements');
    expect(unread(seen, ['Doelfunctie: Werkvoorbereider', courseTitle, 'VCA Basis (B-VCA)', 'kosteloos voor de medewerker en in werktijd volgens art. 7:611a BW'])).toEqual([]);
  }, 240_000);
});
