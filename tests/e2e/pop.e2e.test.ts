import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { SAMPLE_PEOPLE } from '@koers/app';
import { ConversationResponse, SlotProposalsResponse } from '@koers/domain';
import type { Page } from 'playwright-core';
import { seePdf, unread } from '../../functions/src/testing/pdfRender';
import { extractPdfText } from '../../functions/src/testing/pdfText';
import { useStackAndBrowser } from './support/lifecycle';
import { apiCaller } from './support/playground';
import { expectNoAxeViolations, signInAs } from './support/tab';

/**
 * The POP in a plain browser against the real local stack (embedded Cosmos, the real PopService
 * and PDF renderer): Jeroen rounds off the Koerskaart ("Gesprek afronden") and makes Ahmed's plan
 * from its agreements right there, both edit it with the live SMART check, a stale save is a kind
 * 412, both approve, the approved plan is in Ahmed's portfolio, the PDF downloads, and an edit
 * after the approval is a new version.
 */

const run = useStackAndBrowser();

const { jeroen, ahmed, linda, sanne, daan } = SAMPLE_PEOPLE;
const GOAL = 'Zelfstandig offertes voor zorginstellingen opstellen';

/** Opens "Meer details" of the goal (kind, owner, acceptance and the other agreements), unless it is open. */
async function openDetails(page: Page): Promise<void> {
  if ((await page.getByTestId('goal-owner').count()) === 0) await page.getByTestId('goal-more-details').first().click();
  await page.getByTestId('goal-owner').first().waitFor();
}

/** Set to a folder to keep screenshots of what the test saw (e.g. KOERS_SCREENS_DIR=/tmp/screens). */
const SCREENS = process.env.KOERS_SCREENS_DIR;

async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENS) return;
  fs.mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: true });
}

const hint = (page: Page, code: string) => page.locator(`[data-testid="smart-hint"][data-code="${code}"]`);

async function openPop(page: Page): Promise<void> {
  await page.getByTestId('nav-pop').click();
  await page.getByTestId('page-pop').waitFor();
}

/** Jeroen starts a Koerskaart with Ahmed (no meeting booked) and writes one agreement in it. */
async function agreeOnTheCanvas(page: Page, text: string): Promise<string> {
  await page.getByTestId('nav-canvas').click();
  await page.locator(`[data-testid="start-canvas"][data-employee="${ahmed.id}"]`).click();
  const board = page.locator('[data-testid="page-canvas"][data-canvas-id]');
  await board.waitFor();
  const afspraken = page.locator('[data-testid="canvas-section"][data-section="afspraken"]');
  await afspraken.getByTestId('add-card').click();
  await afspraken.getByTestId('card-text').fill(text);
  // Sent and acknowledged: the outbox count shows while anything is unconfirmed.
  await page.getByTestId('pending').waitFor({ state: 'attached', timeout: 2_000 }).catch(() => undefined);
  await page.getByTestId('pending').waitFor({ state: 'detached' });
  return (await board.getAttribute('data-canvas-id')) ?? '';
}

describe('POP, against the real local stack', () => {
  it('lets Jeroen and Ahmed shape a plan from the agreements, approve it together and download the PDF', async () => {
    const j = await signInAs(run.browser, run.stack.urls.tab, jeroen.email);
    const conversationId = await agreeOnTheCanvas(j, GOAL);

    // Not held yet (no meeting, not rounded off): the POP page offers nothing to make a plan from.
    await openPop(j);
    expect(await j.getByTestId('pop-person').inputValue()).toBe(ahmed.id);
    await j.getByTestId('pop-empty').waitFor();
    await j.getByTestId('pop-no-conversation').waitFor();

    // "Gesprek afronden" at the end of the Koerskaart, then the plan from its agreements right there.
    const openCanvas = async () => {
      await j.goto(`${run.stack.urls.tab.replace(/\/$/, '')}/#/canvas/${conversationId}`);
      await j.locator(`[data-testid="page-canvas"][data-canvas-id="${conversationId}"]`).waitFor();
    };
    await openCanvas();
    const ending = j.getByTestId('canvas-complete');
    await ending.getByTestId('canvas-complete-button').click();
    await j.locator('[data-testid="canvas-complete"][data-held="true"]').waitFor();
    await expect(j.getByTestId('canvas-held').textContent()).resolves.toContain('Het gesprek is afgerond');
    await expectNoAxeViolations(j);
    // Held now: the POP page would offer it too.
    await openPop(j);
    await j.locator(`[data-testid="pop-conversation"][data-conversation-id="${conversationId}"]`).waitFor();
    await openCanvas();
    await j.getByTestId('canvas-make-pop').click();
    await j.getByTestId('pop-plan').waitFor();
    expect(j.url()).toContain(`#/pop/pop-${conversationId}`);
    expect(await j.getByTestId('goal-title').inputValue()).toBe(GOAL);
    await expectNoAxeViolations(j);
    // Back on the canvas it stays rounded off, and making the plan again opens the same plan.
    await openCanvas();
    await j.locator('[data-testid="canvas-complete"][data-held="true"]').waitFor();
    await j.getByTestId('canvas-make-pop').click();
    await j.getByTestId('pop-plan').waitFor();
    expect(j.url()).toContain(`#/pop/pop-${conversationId}`);
    await expect(j.getByTestId('pop-version-line').textContent()).resolves.toBe('Versie 1 — wacht op goedkeuring van beiden');

    // The SMART check, live while typing: a hint appears when it applies and goes when it is fixed.
    await hint(j, 'no-action').waitFor();
    await expect(hint(j, 'no-criterion').textContent()).resolves.toContain('Hoe weet je dat het gelukt is?');
    await expectNoAxeViolations(j);
    await j.getByTestId('goal-actions-add').click();
    await j.waitForFunction("document.activeElement?.getAttribute('data-testid') === 'goal-actions-item'");
    await j.keyboard.type('Drie keer meelopen met Jeroen bij een offertegesprek');
    await hint(j, 'no-action').waitFor({ state: 'detached' });
    await j.getByTestId('goal-criteria-add').click();
    await j.keyboard.type('Beter offertes schrijven');
    await hint(j, 'vague-criterion').waitFor();
    await j.getByTestId('goal-criteria-item').fill('In juni 2027 twee offertes zelfstandig verstuurd');
    await hint(j, 'vague-criterion').waitFor({ state: 'detached' });
    await hint(j, 'no-criterion').waitFor({ state: 'detached' });
    await j.getByTestId('goal-deadline').fill('2027-06-30');
    await hint(j, 'no-deadline').waitFor({ state: 'detached' });
    await hint(j, 'no-owner').waitFor();
    // The essentials come first; owner, acceptance and realism are under "Meer details".
    expect(await j.getByTestId('goal-owner').count()).toBe(0);
    await openDetails(j);
    await j.getByTestId('goal-owner').selectOption(ahmed.id);
    await hint(j, 'no-owner').waitFor({ state: 'detached' });
    await j.getByTestId('goal-realism').click();
    await j.getByTestId('accept-manager').click();
    expect(await j.getByTestId('accept-employee').isDisabled()).toBe(true);
    await j.getByTestId('pop-save').click();
    await j.getByTestId('pop-saved').waitFor();

    // Ahmed ticks his own acceptance; "Goedkeuren" waits until it is saved.
    const a = await signInAs(run.browser, run.stack.urls.tab, ahmed.email);
    await openPop(a);
    await a.locator('[data-testid="pop-item"][data-status="concept"]').getByTestId('pop-open').click();
    await a.getByTestId('pop-plan').waitFor();
    await hint(a, 'not-accepted').waitFor();
    await openDetails(a);
    await a.getByTestId('accept-employee').click();
    await hint(a, 'not-accepted').waitFor({ state: 'detached' });
    await a.getByTestId('smart-ok').waitFor();
    expect(await a.getByTestId('approve').getAttribute('aria-disabled')).toBe('true');
    await expect(a.getByTestId('approve-reason').textContent()).resolves.toContain('Sla eerst je wijzigingen op');
    await a.getByTestId('pop-save').click();
    await a.getByTestId('pop-saved').waitFor();

    // Jeroen still has the older version on screen: his save is refused kindly, his text stays.
    await j.getByTestId('goal-wat').fill('Offertes voor de zorg, met Jeroen als meelezer');
    await j.getByTestId('pop-save').click();
    await j.getByTestId('pop-conflict').waitFor();
    await expect(j.getByTestId('pop-conflict').textContent()).resolves.toContain('Ahmed Yilmaz heeft het plan intussen gewijzigd');
    expect(await j.getByTestId('goal-wat').inputValue()).toBe('Offertes voor de zorg, met Jeroen als meelezer');
    await j.getByTestId('pop-reload').click();
    await j.getByTestId('pop-reloaded').waitFor();
    await openDetails(j);
    expect(await j.getByTestId('goal-wat').inputValue()).toBe('Offertes voor de zorg, met Jeroen als meelezer');
    expect(await j.getByTestId('accept-employee').isChecked()).toBe(true);
    await j.getByTestId('pop-save').click();
    await j.getByTestId('pop-saved').waitFor();

    // Both approve what they see; each sees the other's approval after a reload.
    await j.getByTestId('approve').click();
    await j.getByTestId('approved').waitFor();
    await a.reload();
    await a.getByTestId('pop-plan').waitFor();
    await openDetails(a);
    expect(await a.getByTestId('goal-wat').inputValue()).toBe('Offertes voor de zorg, met Jeroen als meelezer');
    await a.locator('[data-testid="approval-manager"][data-approved="true"]').waitFor();
    await a.getByTestId('approve').click();
    await a.getByTestId('approved').waitFor();
    await a.locator('[data-testid="pop-status"][data-status="goedgekeurd"]').waitFor();
    await j.reload();
    await j.getByTestId('pop-plan').waitFor();
    await j.locator('[data-testid="approval-employee"][data-approved="true"]').waitFor();
    await expect(j.getByTestId('pop-version-line').textContent()).resolves.toBe('Versie 1 — goedgekeurd door beiden');
    // Agreed, the plan reads as the agreement: no form, no "Doel 1 verwijderen".
    await j.getByTestId('pop-document').waitFor();
    expect(await j.getByTestId('remove-goal').count()).toBe(0);
    await expectNoAxeViolations(j);

    // The approved plan is in Ahmed's portfolio timeline, with its goal and a link back to it; and so is the conversation.
    await a.getByTestId('nav-portfolio').click();
    await a.getByTestId('page-portfolio').waitFor();
    const approvedPop = a.locator(`[data-testid="portfolio-item"][data-item-id="pop:pop-${conversationId}"]`);
    await approvedPop.waitFor();
    await expect(approvedPop.getByTestId('item-title').textContent()).resolves.toBe('POP goedgekeurd (versie 1)');
    await expect(approvedPop.getByTestId('item-goals').textContent()).resolves.toContain(GOAL);
    expect(await approvedPop.getByTestId('item-open-pop').getAttribute('href')).toBe(`#/pop/pop-${conversationId}`);
    await a.locator(`[data-testid="portfolio-item"][data-item-id="gesprek:${conversationId}"]`).waitFor();
    await expectNoAxeViolations(a);
    await approvedPop.getByTestId('item-open-pop').click();
    await a.getByTestId('pop-plan').waitFor();

    // The PDF of the approved version, fetched with the tab's token and saved as a file.
    const [download] = await Promise.all([j.waitForEvent('download'), j.getByTestId('pdf').first().click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const pdf = fs.readFileSync(await download.path());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { flatText } = await extractPdfText(new Uint8Array(pdf));
    for (const text of [GOAL, ahmed.displayName, jeroen.displayName]) expect(flatText).toContain(text);

    // Doing the plan is not changing it: progress keeps the approval.
    const progress = a.locator('[data-testid="goal-progress"]').first();
    await progress.getByTestId('progress-status').selectOption('bezig');
    await progress.getByTestId('progress-saved').waitFor();
    await progress.getByTestId('progress-note-input').fill('Eerste gesprek meegelopen');
    await progress.getByTestId('progress-add-note').click();
    await progress.getByTestId('progress-note').filter({ hasText: 'Eerste gesprek meegelopen' }).waitFor();
    await a.locator('[data-testid="pop-status"][data-status="goedgekeurd"]').waitFor();

    // An edit after the approval is a new draft both approve again; version 1 stays readable.
    await a.getByTestId('propose-change').click();
    await openDetails(a);
    await a.getByTestId('goal-waar').fill('Eindhoven en op locatie');
    await a.getByTestId('new-draft-notice').waitFor();
    await a.getByTestId('pop-save').click();
    await expect(a.getByTestId('pop-saved').textContent()).resolves.toContain('versie 2');
    await expect(a.getByTestId('pop-version-line').textContent()).resolves.toBe('Versie 2 — wacht op goedkeuring van beiden');
    await a.locator('[data-testid="history-version"][data-version="1"]').getByTestId('view-version').click();
    const old = a.locator('[data-testid="pop-old-version"][data-version="1"]');
    await old.waitFor();
    await expect(old.textContent()).resolves.not.toContain('Eindhoven en op locatie');
    expect(await old.locator('input, textarea').count()).toBe(0);
    await expectNoAxeViolations(a);
    await a.getByTestId('back-to-current').click();
    await a.getByTestId('pop-editor').waitFor();

    await a.context().close();
    await j.context().close();
  }, 180_000);

  it('works with the keyboard at 320 px wide, warns before unsaved edits are left, and prints the plan alone', async () => {
    const page = await signInAs(run.browser, run.stack.urls.tab, linda.email);
    await page.setViewportSize({ width: 320, height: 800 });
    await openPop(page);
    await page.getByTestId('pop-person').selectOption(sanne.id);
    await page.getByTestId('pop-empty').waitFor();
    await page.getByTestId('pop-from-scratch').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('pop-plan').waitFor();
    await page.getByTestId('add-goal').focus();
    await page.keyboard.press('Enter');
    // The new goal's title has the focus: typing goes straight in.
    await page.waitForFunction("document.activeElement?.getAttribute('data-testid') === 'goal-title'");
    await page.keyboard.type('Beter plannen');
    await hint(page, 'vague-title').waitFor();
    await page.getByTestId('pop-unsaved').waitFor();
    const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'));
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);

    // Leaving with unsaved edits asks first; staying keeps them.
    await page.getByTestId('pop-back').click();
    await page.getByTestId('leave-dialog').waitFor();
    await page.getByTestId('leave-stay').click();
    await page.getByTestId('leave-dialog').waitFor({ state: 'detached' });
    expect(await page.getByTestId('goal-title').inputValue()).toBe('Beter plannen');
    await page.getByTestId('nav-plan').click();
    await page.getByTestId('leave-dialog').waitFor();
    await page.getByTestId('leave-stay').click();
    await page.getByTestId('leave-dialog').waitFor({ state: 'detached' });
    expect(await page.getByTestId('goal-title').inputValue()).toBe('Beter plannen');

    await page.getByTestId('pop-save').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('pop-saved').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('nav').isVisible()).toBe(false);
    expect(await page.getByTestId('pop-save').isVisible()).toBe(false);
    expect(await page.getByTestId('pop-print-goals').isVisible()).toBe(true);
    await expect(page.getByTestId('pop-print-goals').textContent()).resolves.toContain('Beter plannen');
    await page.emulateMedia({ media: 'screen' });
    await page.context().close();
  }, 120_000);

  it('lets both agree a rhythm of vervolggesprekken with the plan and shows its dates once agreed', async () => {
    const l = await signInAs(run.browser, run.stack.urls.tab, linda.email);
    await openPop(l);
    await l.getByTestId('pop-person').selectOption(daan.id);
    await l.getByTestId('pop-empty').waitFor();
    await l.getByTestId('pop-from-scratch').click();
    await l.getByTestId('pop-plan').waitFor();
    await l.getByTestId('add-goal').click();
    await l.getByTestId('goal-title').fill('Zelfstandig storingen aan koelinstallaties verhelpen');
    // Two follow-ups, three months apart, the first on the last day of January: the second is clamped to 30 April.
    const editor = l.getByTestId('follow-up-editor');
    await editor.getByTestId('follow-up-count').selectOption('2');
    await editor.getByTestId('follow-up-interval').selectOption('3');
    await editor.getByTestId('follow-up-first-date').fill('2027-01-31');
    await expectNoAxeViolations(l);
    await l.getByTestId('pop-save').click();
    await l.getByTestId('pop-saved').waitFor();
    await l.getByTestId('approve').click();
    await l.getByTestId('approved').waitFor();

    const d = await signInAs(run.browser, run.stack.urls.tab, daan.email);
    await openPop(d);
    await d.locator('[data-testid="pop-item"][data-status="concept"]').getByTestId('pop-open').click();
    await d.getByTestId('pop-plan').waitFor();
    expect(await d.getByTestId('follow-up-count').inputValue()).toBe('2');
    await d.getByTestId('approve').click();
    await d.getByTestId('approved').waitFor();
    await d.getByTestId('pop-document').waitFor();
    const agreed = d.getByTestId('follow-ups');
    await expect(agreed.getByTestId('follow-ups-summary').textContent()).resolves.toBe('2 vervolggesprekken, om de 3 maanden');
    const items = agreed.getByTestId('follow-up');
    await items.nth(1).waitFor();
    const states = await Promise.all((await items.all()).map(async (item) => `${await item.getAttribute('data-number')}:${await item.getAttribute('data-state')}`));
    expect(states).toEqual(['1:open', '2:open']);
    await expect(items.nth(0).textContent()).resolves.toContain('rond 31 januari 2027');
    await expect(items.nth(1).textContent()).resolves.toContain('rond 30 april 2027');
    await expectNoAxeViolations(d);

    // On paper and in the "Gemaakte afspraken" PDF: the same rhythm and dates.
    await d.emulateMedia({ media: 'print' });
    const printed = d.getByTestId('follow-ups-printed');
    await printed.waitFor();
    await expect(printed.textContent()).resolves.toContain('rond 30 april 2027');
    await screenshot(d, 'pop-printed-follow-ups');
    await d.emulateMedia({ media: 'screen' });
    const [download] = await Promise.all([d.waitForEvent('download'), d.getByTestId('pdf').first().click()]);
    const { flatText } = await extractPdfText(new Uint8Array(fs.readFileSync(await download.path())));
    expect(flatText).toContain('2 vervolggesprekken, om de 3 maanden. Rond 31 januari 2027, 30 april 2027.');

    // A booked vervolggesprek is prepared from where the plan stands, by both.
    const progress = d.locator('[data-testid="goal-progress"]').first();
    await progress.getByTestId('progress-note-input').fill('Eerste storing zelf verholpen');
    await progress.getByTestId('progress-add-note').click();
    await progress.getByTestId('progress-note').filter({ hasText: 'Eerste storing zelf verholpen' }).waitFor();
    const api = apiCaller(run);
    const { slots } = await api(`/bookings/proposals?employeeId=${daan.id}`, SlotProposalsResponse, { as: linda.email });
    const slot = slots[0];
    if (!slot) throw new Error('no free time for the vervolggesprek');
    const booking = { employeeId: daan.id, start: slot.start, end: slot.end, kind: 'vervolggesprek', requestId: randomUUID() };
    await api('/conversations', ConversationResponse, { as: linda.email, body: booking, status: 201 });
    for (const [page, name] of [[d, 'employee'], [l, 'manager']] as const) {
      await page.getByTestId('nav-prepare').click();
      const plan = page.getByTestId('follow-up-plan');
      const goal = plan.getByTestId('follow-up-plan-goal');
      await goal.waitFor();
      const text = await goal.textContent();
      for (const part of ['Zelfstandig storingen aan koelinstallaties verhelpen', 'Status: Niet gestart', 'Geen mijlpalen', 'Eerste storing zelf verholpen']) expect(text).toContain(part);
      expect(await plan.getByTestId('follow-up-plan-open').getAttribute('href')).toMatch(/^#\/pop\//);
      await screenshot(page, `prepare-follow-up-${name}`);
      await expectNoAxeViolations(page);
    }
    await d.context().close();
    await l.context().close();
  }, 120_000);

  it("lets Sanne add her own remark to the agreed plan, which Linda reads and the PDF carries", async () => {
    const REMARK = 'Ik zie de planning anders: de cursus past pas na de zomer.';
    const l = await signInAs(run.browser, run.stack.urls.tab, linda.email);
    await openPop(l);
    await l.getByTestId('pop-person').selectOption(sanne.id);
    await l.getByTestId('pop-from-scratch').click();
    await l.getByTestId('pop-plan').waitFor();
    await l.getByTestId('add-goal').click();
    await l.getByTestId('goal-title').fill('Zelfstandig klantgesprekken over onderhoud voeren');
    await l.getByTestId('pop-save').click();
    await l.getByTestId('pop-saved').waitFor();
    await l.getByTestId('approve').click();
    await l.getByTestId('approved').waitFor();
    const popId = (await l.getByTestId('pop-plan').getAttribute('data-pop-id')) ?? '';

    const s = await signInAs(run.browser, run.stack.urls.tab, sanne.email);
    await s.goto(`${run.stack.urls.tab}#/pop/${popId}`);
    await s.getByTestId('pop-plan').waitFor();
    await s.getByTestId('approve').click();
    await s.getByTestId('pop-document').waitFor();
    // "Ik zie dit anders": a labelled textarea, saved beside the agreement, which stays approved.
    await s.getByTestId('remark-open').click();
    await s.getByLabel('Wat zie je anders?').fill(REMARK);
    await expectNoAxeViolations(s);
    await s.getByTestId('remark-save').click();
    await expect(s.getByTestId('remark-shown').textContent()).resolves.toContain(REMARK);
    await s.locator('[data-testid="pop-status"][data-status="goedgekeurd"]').waitFor();
    await screenshot(s, 'pop-remark-sanne');
    await expectNoAxeViolations(s);

    // Linda reads it with the plan; she cannot change it.
    await l.reload();
    await l.getByTestId('pop-document').waitFor();
    await expect(l.getByTestId('remark-shown').textContent()).resolves.toContain(REMARK);
    await expect(l.getByTestId('remark-date').textContent()).resolves.toMatch(/^Opmerking van Sanne Bakker, \d+ \w+ \d{4}/);
    expect(await l.getByTestId('remark-open').count()).toBe(0);
    await screenshot(l, 'pop-remark-linda');
    await expectNoAxeViolations(l);

    // The PDF carries it, as a reader sees the drawn page.
    const [download] = await Promise.all([l.waitForEvent('download'), l.getByTestId('pdf').first().click()]);
    const pdf = new Uint8Array(fs.readFileSync(await download.path()));
    expect((await extractPdfText(pdf)).flatText).toContain(`${REMARK}`);
    expect(unread(await seePdf(pdf, 'pop-remark'), ['Opmerking van Sanne Bakker', 'de cursus past pas na de zomer'])).toEqual([]);

    await s.context().close();
    await l.context().close();
  }, 180_000);
});

