import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { SAMPLE_PEOPLE } from '@koers/app';
import { approvePop, createPop, currentVersion, recordProgress, type Conversation, type Person } from '@koers/domain';
import type { Page } from 'playwright-core';
import { createCosmosClient, createCosmosStores, DATABASE_ID } from '../../functions/src/cosmos';
import { useStackAndBrowser } from './support/lifecycle';
import { expectNoAxeViolations, signInAs } from './support/tab';

/**
 * The home pages and the agreed POP against the real local stack, on a fixed app clock (1 December
 * 2026): Ahmed sees his next conversation and preparation, answers a due check-in right on his home
 * page, sees his goal's progress and what Jeroen can see; Jeroen's team table gives each person a
 * next step ("POP maken" drafts Noor's plan from her held conversation); the agreed plan reads as
 * a document and "Wijziging voorstellen" makes version 2; Ahmed's approval of it rings Jeroen's
 * "Meldingen" bell (local mode's Teams activity feed). Light, dark, high contrast and 320 px.
 */

const NOW = '2026-12-01T09:00:00.000Z';
const run = useStackAndBrowser({ env: { KOERS_CLOCK_START: NOW }, prefix: 'koers-e2e-home-' });
const { ahmed, jeroen, noor, sanne } = SAMPLE_PEOPLE;
const GOAL = 'Zelfstandig offertes voor zorginstellingen opstellen';
const POP_ID = 'pop-e2e-ahmed-held';
/** Set to a folder to keep screenshots of what the test saw (e.g. KOERS_SCREENS_DIR=/tmp/screens). */
const SCREENS = process.env.KOERS_SCREENS_DIR;

async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENS) return;
  fs.mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: true });
}

function conversation(employee: Person, id: string, change: Partial<Conversation>): Conversation {
  return { id, tenantId: employee.tenantId, employeeId: employee.id, managerId: jeroen.id, kind: 'loopbaangesprek', status: 'gepland', createdAt: '2026-09-01T09:00:00.000Z', updatedAt: '2026-09-01T09:00:00.000Z', ...change };
}

/** Ahmed: held early in October with an agreed plan, the next one planned; Noor: held, no plan yet. */
async function seed(): Promise<void> {
  const client = createCosmosClient({ mode: 'local', endpoint: run.stack.urls.cosmos, ca: fs.readFileSync(path.join(run.dataDir, 'tls', 'cert.pem'), 'utf8') });
  try {
    const stores = createCosmosStores(client.database(DATABASE_ID));
    await stores.conversations.create(conversation(ahmed, 'e2e-ahmed-held', { status: 'gehouden', start: '2026-12-20T09:00:00.000Z', end: '2026-12-20T10:00:00.000Z', completedAt: '2026-10-14T10:00:00.000Z', completedBy: jeroen.id }));
    await stores.conversations.create(conversation(ahmed, 'e2e-ahmed-next', { start: '2026-12-15T09:00:00.000Z', end: '2026-12-15T10:00:00.000Z' }));
    await stores.conversations.create(conversation(noor, 'e2e-noor-held', { status: 'gehouden', completedAt: '2026-11-24T10:00:00.000Z', completedBy: jeroen.id }));
    const at = '2026-10-15T09:00:00.000Z';
    const goal = {
      id: 'offertes',
      title: GOAL,
      kind: 'verbreden' as const,
      route: 'meelopen' as const,
      actions: ['Drie keer meelopen met Jeroen bij een offertegesprek'],
      successCriteria: ['In juni 2027 twee offertes zelfstandig verstuurd'],
      deadline: '2027-06-30',
      milestones: [{ id: 'm1', title: 'Eerste offerte meegelezen' }, { id: 'm2', title: 'Tweede offerte zelf' }],
      begeleiding: { name: 'Jeroen Hendriks' },
    };
    const draft = { ...createPop({ id: POP_ID, tenantId: ahmed.tenantId, employeeId: ahmed.id, managerId: jeroen.id }, [goal], jeroen.id, at), conversationId: 'e2e-ahmed-held' };
    const { number, contentHash } = currentVersion(draft);
    const agreed = approvePop(approvePop(draft, { version: number, contentHash, by: ahmed.id, now: at }), { version: number, contentHash, by: jeroen.id, now: at });
    await stores.pops.create(recordProgress(agreed, { goalId: 'offertes', milestone: { id: 'm1', done: true }, status: 'bezig', by: ahmed.id, now: '2026-10-20T09:00:00.000Z' }));
    await stores.preparations.create({
      id: 'e2e-ahmed-next|employee',
      tenantId: ahmed.tenantId,
      employeeId: ahmed.id,
      conversationId: 'e2e-ahmed-next',
      ownerId: ahmed.id,
      role: 'employee',
      answers: [{ questionId: 'hoe-sta-je', text: 'Goed, maar ik wil meer klantcontact', shared: true, updatedAt: NOW }],
      updatedAt: NOW,
    });
  } finally {
    client.dispose();
  }
}

async function overflowOf(page: Page): Promise<number> {
  return Number(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'));
}

/** axe in Teams' dark and high-contrast themes (local mode's ?theme=), on the page at `hash`. */
async function expectAccessibleInThemes(page: Page, hash: string, ready: string): Promise<void> {
  for (const theme of ['dark', 'contrast']) {
    await page.goto(`${run.stack.urls.tab}?theme=${theme}${hash}`);
    await page.getByTestId(ready).first().waitFor();
    const background = await page.evaluate(`getComputedStyle(document.querySelector('.fui-FluentProvider')).backgroundColor`);
    expect({ theme, background }).not.toEqual({ theme, background: 'rgb(255, 255, 255)' });
    await page.evaluate(`Promise.all(document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity).map((a) => a.finished.catch(() => undefined)))`);
    const axe = await new AxeBuilder({ page }).analyze();
    expect({ theme, violations: axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`) }).toEqual({ theme, violations: [] });
    await screenshot(page, `${ready}-${theme}`);
  }
}

describe('home pages and the agreed POP, against the real local stack', () => {
  beforeAll(seed);

  it("shows Ahmed what to do next and takes his check-in right on the home page", async () => {
    const page = await signInAs(run.browser, run.stack.urls.tab, ahmed.email);
    const mine = page.getByTestId('my-page');
    await mine.waitFor();
    // Dated by the app's clock, not the browser's.
    await expect(page.getByTestId('today').textContent()).resolves.toBe('Vandaag is het dinsdag 1 december 2026.');
    await expect(page.getByTestId('next-conversation').textContent()).resolves.toContain('Met Jeroen Hendriks');
    await expect(page.getByTestId('next-preparation').textContent()).resolves.toContain('1 van de');
    const goal = page.locator('[data-testid="my-goal"][data-goal-id="offertes"]');
    expect(await goal.getAttribute('data-percent')).toBe('50');
    await expect(page.getByTestId('manager-sees').textContent()).resolves.toContain('1 gedeeld antwoord uit je voorbereiding');
    // Held early: on the day it was held, not on its cancelled date in December; with its plan.
    const held = page.locator('[data-testid="held-conversation"][data-conversation-id="e2e-ahmed-held"]');
    await expect(held.textContent()).resolves.toContain('14 oktober 2026');
    expect(await held.getByTestId('held-pop').getAttribute('href')).toBe(`#/pop/${POP_ID}`);
    await expectNoAxeViolations(page);
    await screenshot(page, 'home-employee');

    // The check-in, with the keyboard: choose an answer, write a note, send.
    const checkIn = page.locator('[data-testid="check-in"][data-goal-id="offertes"]');
    await checkIn.getByRole('radio', { name: 'Op koers' }).focus();
    await page.keyboard.press('Space');
    await checkIn.getByTestId('check-in-note').fill('Eerste offerte ligt bij Jeroen');
    await screenshot(page, 'home-employee-check-in');
    await checkIn.getByTestId('check-in-send').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('check-in-sent').textContent()).resolves.toContain('Vastgelegd: Op koers');
    await page.getByTestId('check-ins-empty').waitFor();
    await goal.filter({ hasText: 'Eerste offerte ligt bij Jeroen' }).waitFor();

    await page.setViewportSize({ width: 320, height: 900 });
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'home-employee-320');
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectAccessibleInThemes(page, '#/', 'my-page');
    await page.context().close();
  }, 180_000);

  it("gives Jeroen a team table with a next step per person, and 'POP maken' drafts Noor's plan", async () => {
    const page = await signInAs(run.browser, run.stack.urls.tab, jeroen.email);
    const table = page.getByTestId('team-table');
    await table.waitFor();
    const row = (person: Person) => page.locator(`[data-testid="report"][data-person-id="${person.id}"]`);
    expect(await page.getByTestId('report').count()).toBe(4);
    await expect(row(ahmed).locator('[data-col="last-held"]').textContent()).resolves.toBe('14 okt 2026');
    await expect(row(ahmed).locator('[data-col="prep"]').textContent()).resolves.toBe('Nog niet klaar');
    await expect(row(ahmed).locator('[data-col="pop"]').textContent()).resolves.toBe('Goedgekeurd');
    expect(await row(ahmed).getAttribute('data-action')).toBe('prepare');
    expect(await row(noor).getAttribute('data-action')).toBe('make-pop');
    await expect(row(noor).locator('[data-col="pop"]').textContent()).resolves.toBe('Nog geen POP');
    await expectNoAxeViolations(page);
    await screenshot(page, 'home-manager');

    await page.setViewportSize({ width: 320, height: 900 });
    // The table scrolls inside its own box; the page itself never gets wider than the screen.
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'home-manager-320');
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectAccessibleInThemes(page, '#/', 'team-table');

    // Held conversations stay on "Gesprek plannen".
    await page.getByTestId('nav-plan').click();
    await page.locator('[data-testid="held-conversation"][data-conversation-id="e2e-noor-held"]').waitFor();
    await page.locator('[data-testid="held-conversation"][data-conversation-id="e2e-ahmed-held"]').waitFor();

    // The next step for Noor, by keyboard: the plan is drafted from her held conversation and opens.
    await page.getByTestId('nav-home').click();
    const makePop = row(noor).getByTestId('next-action');
    await makePop.focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="pop-plan"][data-pop-id="pop-e2e-noor-held"]').waitFor();
    await page.getByTestId('nav-home').click();
    await page.locator(`[data-testid="report"][data-person-id="${noor.id}"][data-action="approve-pop"]`).waitFor();
    await page.context().close();
  }, 180_000);

  it("asks for the home page's data alongside /me, not after its answer, and only once", async () => {
    const page = await signInAs(run.browser, run.stack.urls.tab, jeroen.email);
    await page.getByTestId('team-table').waitFor();
    // The API's own calls in the order the browser made and heard them (preflights aside).
    const seen: string[] = [];
    const route = (url: string) => new URL(url).pathname.replace(/^\/api/, '');
    page.on('request', (request) => {
      if (request.url().includes('/api/') && request.method() !== 'OPTIONS') seen.push(`ask ${request.method()} ${route(request.url())}`);
    });
    page.on('response', (response) => {
      if (response.url().includes('/api/') && response.request().method() !== 'OPTIONS') seen.push(`answer ${response.request().method()} ${route(response.url())}`);
    });
    // Opening the tab again: signed in already, straight onto the home page.
    await page.reload();
    await page.getByTestId('team-table').waitFor();
    const askHome = seen.indexOf('ask GET /home');
    const answerMe = seen.indexOf('answer GET /me');
    expect({ homeAskedBeforeMeAnswered: askHome >= 0 && answerMe >= 0 && askHome < answerMe, seen }).toEqual({ homeAskedBeforeMeAnswered: true, seen });
    expect(seen.filter((line) => line === 'ask GET /home')).toHaveLength(1);
    // What is further down the page waits for the page's content instead of competing with it.
    await page.getByTestId('access-log').waitFor();
    expect(seen.indexOf('ask GET /me/access-log')).toBeGreaterThan(seen.indexOf('answer GET /home'));
    await page.context().close();
  }, 120_000);

  it('opens the forms behind a button with the keyboard: Sanne asks Linda for a conversation and picks English', async () => {
    const page = await signInAs(run.browser, run.stack.urls.tab, sanne.email);
    await page.getByTestId('my-page').waitFor();
    const focused = (testId: string) => page.locator(`[data-testid="${testId}"]:focus`).waitFor();
    await screenshot(page, 'home-employee-request');

    // The form arrives on Enter and takes the keyboard into its first field.
    await page.getByTestId('request-open').focus();
    await page.keyboard.press('Enter');
    await focused('request-note');
    await page.keyboard.type('Over mijn volgende stap');
    await expectNoAxeViolations(page);
    await screenshot(page, 'home-employee-request-form');
    await page.getByTestId('request-send').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('request-sent').textContent()).resolves.toContain('een gesprek aangevraagd bij Linda');

    // The language list, likewise: chosen with the keyboard, saved, and the page speaks it at once.
    await page.getByTestId('language-change').focus();
    await page.keyboard.press('Enter');
    await focused('language-select');
    await expectNoAxeViolations(page);
    await screenshot(page, 'home-employee-language-form');
    await page.keyboard.press('End');
    await page.getByText('Saved. Koers now speaks English with you.').waitFor();
    await page.getByRole('heading', { name: 'Hi Sanne' }).waitFor();
    await page.setViewportSize({ width: 320, height: 900 });
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'home-employee-en-320');
    await page.context().close();
  }, 180_000);

  it("shows the agreed plan as the agreement, and 'Wijziging voorstellen' makes a new draft version", async () => {
    const page = await signInAs(run.browser, run.stack.urls.tab, ahmed.email);
    await page.goto(`${run.stack.urls.tab}#/pop/${POP_ID}`);
    await page.getByTestId('pop-document').waitFor();
    expect(await page.getByTestId('pop-editor').count()).toBe(0);
    expect(await page.getByTestId('remove-goal').count()).toBe(0);
    const card = page.locator('[data-testid="goal-card"][data-goal-id="offertes"]');
    await expect(card.getByTestId('goal-card-kind').textContent()).resolves.toBe('Verbreden binnen je functie');
    await expect(card.getByTestId('goal-card-route').textContent()).resolves.toBe('Meelopen met een andere afdeling');
    await expect(card.getByTestId('goal-card-deadline').textContent()).resolves.toBe('Deadline 30 juni 2027');
    expect(await card.getByRole('progressbar').count()).toBe(1);
    await expect(card.getByTestId('goal-card-note').textContent()).resolves.toContain('Eerste offerte ligt bij Jeroen');
    await expectNoAxeViolations(page);
    await screenshot(page, 'pop-document');
    await page.setViewportSize({ width: 320, height: 900 });
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'pop-document-320');
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectAccessibleInThemes(page, `#/pop/${POP_ID}`, 'pop-document');

    // Propose a change: the editor opens on the goal, the essentials first.
    await page.getByTestId('propose-change').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('pop-editor').waitFor();
    await page.waitForFunction("document.activeElement?.getAttribute('data-testid') === 'goal-title'");
    expect(await page.getByTestId('goal-kind').count()).toBe(0);
    await page.getByTestId('goal-waarom').fill('Dan kan ik de zorgklanten zelf helpen');
    await page.getByTestId('goal-more-details').click();
    await page.getByTestId('goal-waar').fill('Eindhoven en op locatie');
    await page.getByTestId('new-draft-notice').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'pop-propose');
    await page.getByTestId('pop-save').click();
    await expect(page.getByTestId('pop-saved').textContent()).resolves.toContain('versie 2');
    await expect(page.getByTestId('pop-version-line').textContent()).resolves.toBe('Versie 2 — wacht op goedkeuring van beiden');
    // Version 1 keeps who made it.
    await expect(page.locator('[data-testid="history-version"][data-version="1"]').textContent()).resolves.toContain('door Jeroen Hendriks');
    await page.context().close();
  }, 180_000);

  it("rings Jeroen's Meldingen bell when Ahmed approves version 2, and the notification opens the plan", async () => {
    // Nobody waits for Ahmed yet: his bell says so.
    const a = await signInAs(run.browser, run.stack.urls.tab, ahmed.email);
    await a.getByTestId('my-page').waitFor();
    await a.getByTestId('notifications-open').click();
    await a.getByTestId('notifications-empty').waitFor();
    await expectNoAxeViolations(a);
    await a.keyboard.press('Escape');
    await a.goto(`${run.stack.urls.tab}#/pop/${POP_ID}`);
    await a.getByTestId('approve').click();
    await a.getByTestId('approved').waitFor();
    await a.context().close();

    const j = await signInAs(run.browser, run.stack.urls.tab, jeroen.email);
    await j.getByTestId('team-table').waitFor();
    const bell = j.getByTestId('notifications-open');
    await j.getByTestId('notifications-unseen').waitFor();
    expect(await bell.getAttribute('aria-label')).toBe('Meldingen, 1 nieuwe');
    await bell.focus();
    await j.keyboard.press('Enter');
    const turn = j.locator('[data-testid="notification"][data-activity-type="approvePop"]');
    await expect(turn.getByTestId('notification-link').textContent()).resolves.toBe('Ahmed Yilmaz heeft het POP goedgekeurd: nu jij nog');
    await expect(turn.textContent()).resolves.toContain('POP van Ahmed Yilmaz');
    // Who and what kind of moment only: not the goal it is about.
    await expect(j.getByTestId('notifications').textContent()).resolves.not.toContain(GOAL);
    await expectNoAxeViolations(j);
    await screenshot(j, 'notifications-manager');
    // On a phone it opens within the screen; Escape closes it and gives the focus back to the bell.
    await j.keyboard.press('Escape');
    await j.getByTestId('notifications').waitFor({ state: 'detached' });
    await j.waitForFunction("document.activeElement?.getAttribute('data-testid') === 'notifications-open'");
    await j.setViewportSize({ width: 320, height: 900 });
    await bell.click();
    const box = await j.getByTestId('notifications').boundingBox();
    expect({ left: Math.round(box?.x ?? -1) >= 0, right: Math.round((box?.x ?? 0) + (box?.width ?? 999)) <= 320 }).toEqual({ left: true, right: true });
    expect(await overflowOf(j)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(j);
    await screenshot(j, 'notifications-manager-320');
    await j.setViewportSize({ width: 1280, height: 900 });

    await turn.getByTestId('notification-link').focus();
    await j.keyboard.press('Enter');
    await j.locator(`[data-testid="pop-plan"][data-pop-id="${POP_ID}"]`).waitFor();
    await j.getByTestId('notifications').waitFor({ state: 'detached' });
    expect(await j.getByTestId('notifications-unseen').count()).toBe(0);
    await j.context().close();
  }, 180_000);
});
