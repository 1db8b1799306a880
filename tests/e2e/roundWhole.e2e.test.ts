import fs from 'node:fs';
import path from 'node:path';
import { SAMPLE_PEOPLE } from '@koers/app';
import { ProgressBoardResponse, ProgressPeopleResponse, RoundPlanConfirmResponse, RoundPlanResponse, RoundResponse, TemplateVersionResponse } from '@koers/domain';
import type { Page } from 'playwright-core';
import { createCosmosClient, createCosmosStores, DATABASE_ID } from '../../functions/src/cosmos';
import { useStackAndBrowser } from './support/lifecycle';
import { apiCaller, cardWith, devToken, usePlaygrounds } from './support/playground';
import { expectNoAxeViolations, signInAs } from './support/tab';

/**
 * A whole round in the sample organisation, against the real local stack on a fixed clock:
 * Fatima (HR) starts a round of the technical department with a template of its own; Jeroen and
 * Linda each get one card in their chat (Agents Playground); Linda opens "Plan ze allemaal
 * tegelijk" and books her three reports at once (Sanne's time, taken meanwhile, gets a new
 * proposal), Jeroen books his from the card in his chat; Sanne prepares with the round's
 * questions; HR's board counts move, and neither its page nor the API answers hold anything
 * Sanne typed.
 */

const NOW = '2026-12-01T09:00:00.000Z';
const run = useStackAndBrowser({ env: { KOERS_CLOCK_START: NOW }, prefix: 'koers-e2e-round-whole-' });
const { open } = usePlaygrounds(run);
const api = apiCaller(run);
const { fatima, linda, sanne, kees, daan } = SAMPLE_PEOPLE;
const ROUND = 'Loopbaangesprekken Techniek 2027';
const QUESTION = 'Waar sta je nu, een jaar na de vorige ronde?';
/** What Sanne types: none of it may reach HR. */
const ANSWERS = { 'hoe-sta-je': 'Ik zit goed op mijn plek-KANARIE-1', sterktes: 'Storingen vinden die niemand vindt-KANARIE-2' } as const;
/** Set to a folder to keep screenshots of what the test saw (e.g. KOERS_SCREENS_DIR=/tmp/screens). */
const SCREENS = process.env.KOERS_SCREENS_DIR;

async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENS) return;
  fs.mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS, `round-whole-${name}.png`), fullPage: true });
}

function expectNoAnswersIn(text: string): void {
  for (const answer of Object.values(ANSWERS)) expect(text).not.toContain(answer);
  expect(text).not.toContain('KANARIE');
}

/** An appointment in someone's local calendar, written beside the running app (as Outlook would). */
async function busyFor(ownerId: string, start: string, end: string): Promise<void> {
  const client = createCosmosClient({ mode: 'local', endpoint: run.stack.urls.cosmos, ca: fs.readFileSync(path.join(run.dataDir, 'tls', 'cert.pem'), 'utf8') });
  const stores = createCosmosStores(client.database(DATABASE_ID));
  await stores.calendarEvents.create({ id: `tandarts-${ownerId}`, tenantId: fatima.tenantId, ownerId, subject: 'Tandarts', start, end, showAs: 'busy' });
  client.dispose();
}

const total = (page: Page, status: string) => page.getByTestId(`progress-total-${status}`).locator('span').first().textContent();

/** HR's own template for the round: Koers' questions with the first one asked differently. */
async function roundTemplate(): Promise<{ templateId: string; version: number }> {
  const copy = await api('/templates', TemplateVersionResponse, { as: fatima.email, body: { from: { templateId: 'koers-standaard', version: 1 }, name: 'Techniek-ronde' } });
  const [first, ...rest] = copy.questions;
  if (!first) throw new Error('the template has no questions');
  const { name, sectionPrompts, variants } = copy;
  const published = await api(`/templates/${copy.templateId}/versions`, TemplateVersionResponse, {
    as: fatima.email,
    body: { name, sectionPrompts, variants, questions: [{ ...first, text: { nl: QUESTION, en: 'Where are you now, a year after the last round?' } }, ...rest], basedOnVersion: copy.version },
  });
  return { templateId: published.templateId, version: published.version };
}

describe('a whole round, against the real local stack', () => {
  it('goes from HR starting it to every card, a booked team, a preparation and a board that shows counts only', async () => {
    // Both managers have Koers in their chat before the round starts.
    const [jeroenChat, lindaChat] = [await open('jeroen'), await open('linda')];

    const template = await roundTemplate();
    const created = await api('/rounds', RoundResponse, {
      as: fatima.email,
      status: 201,
      body: { name: ROUND, period: { from: '2027-01-04', to: '2027-03-31' }, audience: { kind: 'departments', departments: ['Techniek'] }, template },
    });
    const roundId = created.round.id;

    // Fatima starts it on the Rondes page.
    const hr = await signInAs(run.browser, run.stack.urls.tab, fatima.email);
    await hr.getByTestId('nav-rounds').click();
    const card = hr.getByTestId('round-card').filter({ hasText: ROUND });
    await card.getByTestId('round-start').click();
    await hr.getByTestId('round-start-confirm').click();
    await hr.locator(`[data-testid="round-card"][data-status="gestart"]`).waitFor();

    // One card each, in their own chat, naming their own three, with the button to plan them all.
    const planLinks: (string | null)[] = [];
    for (const [chat, names] of [
      [jeroenChat, 'Met: Ahmed Yilmaz, Linda de Wit en Noor Visser'],
      [lindaChat, `Met: ${daan.displayName}, ${kees.displayName} en ${sanne.displayName}`],
    ] as const) {
      const roundCard = cardWith(chat, 'Plan de loopbaangesprekken met je 3 medewerkers vóór 31 maart 2027');
      await roundCard.waitFor({ timeout: 30_000 });
      await roundCard.getByText(names).waitFor();
      // The Playground shows an Action.OpenUrl as a link-button whose title is its address.
      planLinks.push(await roundCard.getByRole('link', { name: 'Plan ze allemaal tegelijk' }).getAttribute('title'));
    }
    const lindasLink = planLinks[1] ?? '';
    expect(lindasLink).toContain(`#/round-plan/${roundId}`);

    await hr.getByTestId('nav-insight').click();
    await hr.getByTestId('progress-total').waitFor();
    await expect(hr.getByTestId('progress-round-name').textContent()).resolves.toBe(ROUND);
    await expect(total(hr, 'uitgenodigd')).resolves.toBe('6');
    await expect(total(hr, 'gepland')).resolves.toBe('0');

    // Linda follows the card's button: a time for each of her three, on three different days.
    const manager = await signInAs(run.browser, run.stack.urls.tab, linda.email);
    await manager.goto(lindasLink);
    await manager.getByTestId('round-plan-loading').waitFor({ state: 'detached' });
    const rows = manager.getByTestId('round-plan-row');
    await rows.nth(2).waitFor();
    expect(await rows.count()).toBe(3);
    expect(await manager.getByTestId('round-plan-when').allTextContents()).toHaveLength(3);
    expect(await manager.getByTestId('round-plan-where').allTextContents()).toEqual(['Online, via Teams', 'Online, via Teams', 'Online, via Teams']);
    await expectNoAxeViolations(manager);
    await screenshot(manager, 'plan');
    await manager.setViewportSize({ width: 320, height: 900 });
    expect(Number(await manager.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'))).toBeLessThanOrEqual(0);
    await screenshot(manager, 'plan-320');
    await manager.setViewportSize({ width: 1280, height: 900 });

    // "Ander moment" opens the planner's own picker, and closes again onto the proposal.
    await rows.first().getByTestId('round-plan-other').click();
    await rows.first().getByTestId('own-date').waitFor();
    await expectNoAxeViolations(manager);
    await screenshot(manager, 'other-time');
    await rows.first().getByTestId('round-plan-other').click();

    // Sanne's proposed time fills up in her calendar before Linda confirms: the other two are
    // booked, hers comes back with the reason and a new proposal, which Linda then confirms.
    const proposed = await api(`/rounds/${roundId}/plan`, RoundPlanResponse, { as: linda.email });
    const sannes = proposed.items.find((i) => i.employee.id === sanne.id);
    if (sannes?.status !== 'proposed') throw new Error('no proposal for Sanne');
    await busyFor(sanne.id, sannes.slot.start, sannes.slot.end);
    await manager.getByTestId('round-plan-confirm-all').click();
    await expect(manager.getByTestId('round-plan-notice').textContent()).resolves.toContain('2 gesprekken ingepland');
    const sannesRow = manager.locator(`[data-testid="round-plan-row"][data-person="${sanne.id}"]`);
    await expect(sannesRow.getByTestId('round-plan-failure').textContent()).resolves.toMatch(/^Dit moment is intussen bezet in een van beide agenda’s\.Nieuw voorstel: /);
    expect(await manager.getByTestId('round-plan-planned').count()).toBe(2);
    await expectNoAxeViolations(manager);
    await screenshot(manager, 'taken');
    await sannesRow.getByTestId('round-plan-confirm').click();
    await manager.getByTestId('round-plan-notice').filter({ hasText: '1 gesprek ingepland.' }).waitFor();
    await manager.getByTestId('round-plan-empty').waitFor();
    expect(await manager.getByTestId('round-plan-planned').count()).toBe(3);
    await expectNoAxeViolations(manager);
    await screenshot(manager, 'planned');

    // Confirming the same times again books nobody twice.
    const plan = await api(`/rounds/${roundId}/plan`, RoundPlanResponse, { as: linda.email });
    expect(plan.items.map((i) => i.status)).toEqual(['planned', 'planned', 'planned']);
    const again = await api(`/rounds/${roundId}/plan`, RoundPlanConfirmResponse, {
      as: linda.email,
      body: { bookings: plan.items.map((i) => (i.status === 'planned' ? { employeeId: i.employee.id, start: i.start, end: i.end } : undefined)) },
    });
    expect(again.results.map((r) => r.ok && r.created)).toEqual([false, false, false]);

    // In English when Linda chooses it.
    const chosen = await fetch(`${run.stack.urls.api}/me/language`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${await devToken(run.stack.urls.api, linda.email)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ locale: 'en-GB' }),
    });
    expect(chosen.status).toBe(200);
    await manager.reload();
    await manager.getByRole('heading', { name: 'Plan them all at once' }).waitFor();
    await manager.getByTestId('round-plan-empty').filter({ hasText: 'Everyone is planned' }).waitFor();
    await screenshot(manager, 'planned-en');

    // Jeroen plans his three from his chat: the proposals on the card, then "Alles bevestigen".
    await cardWith(jeroenChat, 'Plan de loopbaangesprekken met je 3 medewerkers vóór 31 maart 2027').getByRole('button', { name: 'Voorstellen hier tonen' }).click();
    const proposals = cardWith(jeroenChat, 'Ahmed Yilmaz:');
    await proposals.getByText('online via Teams').first().waitFor({ timeout: 30_000 });
    await screenshot(jeroenChat, 'chat-proposals');
    await proposals.getByRole('button', { name: 'Alles bevestigen' }).click();
    await cardWith(jeroenChat, '3 gesprekken ingepland.').waitFor({ timeout: 30_000 });
    await screenshot(jeroenChat, 'chat-booked');
    const jeroens = await api(`/rounds/${roundId}/plan`, RoundPlanResponse, { as: SAMPLE_PEOPLE.jeroen.email });
    expect(jeroens.items.map((i) => i.status)).toEqual(['planned', 'planned', 'planned']);

    // Sanne prepares with the round's own questions.
    const employee = await signInAs(run.browser, run.stack.urls.tab, sanne.email);
    await employee.getByTestId('nav-prepare').click();
    const form = employee.locator('[data-testid="preparation-form"][data-role="employee"]');
    await form.waitFor();
    await expect(form.getByTestId('question').first().locator('label').first().textContent()).resolves.toContain(QUESTION);
    for (const [id, text] of Object.entries(ANSWERS)) await form.locator(`[data-testid="question"][data-question-id="${id}"]`).getByTestId('answer').fill(text);
    await form.getByTestId('finish').click();
    await form.getByTestId('done-status').waitFor();

    // The board moved: everyone planned, Sanne prepared; no answer anywhere.
    await hr.reload();
    await hr.getByTestId('progress-total').waitFor();
    await expect(total(hr, 'uitgenodigd')).resolves.toBe('0');
    await expect(total(hr, 'gepland')).resolves.toBe('5');
    await expect(total(hr, 'voorbereid')).resolves.toBe('1');
    await hr.getByTestId('progress-person').nth(5).waitFor();
    expectNoAnswersIn(await hr.content());
    const board = await api(`/progress/${roundId}`, ProgressBoardResponse, { as: fatima.email });
    const people = await api(`/progress/${roundId}/people`, ProgressPeopleResponse, { as: fatima.email });
    const planned = await api(`/rounds/${roundId}/plan`, RoundPlanResponse, { as: linda.email });
    for (const answer of [board, people, planned]) expectNoAnswersIn(JSON.stringify(answer));
    await screenshot(hr, 'board');

    await Promise.all([hr, manager, employee].map((page) => page.context().close()));
  }, 300_000);
});
