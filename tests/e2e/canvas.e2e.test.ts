import AxeBuilder from '@axe-core/playwright';
import { SAMPLE_PEOPLE } from '@koers/app';
import { DevTokenResponse } from '@koers/contracts';
import { ConversationResponse, ConversationView, PreparationResponse, SlotProposalsResponse, type SavePreparationInput } from '@koers/domain';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { z } from 'zod';
import { launchBrowser, newLocalPage } from '../../scripts/lib/browser';
import { makeDataDir, startStack, type RunningStack } from '../../scripts/lib/stack';
import { until } from './support/until';

let stack: RunningStack;
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  dataDir = makeDataDir('koers-canvas-');
  [stack, browser] = await Promise.all([startStack(dataDir), launchBrowser()]);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function signInAs(page: Page, email: string, hash = ''): Promise<void> {
  await page.goto(stack.urls.tab);
  await page.locator(`[data-testid="persona"][data-email="${email}"]`).click();
  await page.getByTestId('page-home').waitFor();
  if (hash) await page.goto(`${stack.urls.tab}${hash}`);
}

async function openCanvasPair(): Promise<{ jeroen: Page; ahmed: Page; canvasId: string }> {
  const jeroen = await newLocalPage(browser);
  await signInAs(jeroen, SAMPLE_PEOPLE.jeroen.email, '#/canvas');
  await jeroen.locator(`[data-testid="start-canvas"][data-employee="${SAMPLE_PEOPLE.ahmed.id}"]`).click();
  const board = jeroen.locator('[data-testid="page-canvas"][data-canvas-id]');
  await board.waitFor();
  const canvasId = (await board.getAttribute('data-canvas-id')) ?? '';
  const ahmed = await newLocalPage(browser);
  await signInAs(ahmed, SAMPLE_PEOPLE.ahmed.email, `#/canvas/${canvasId}`);
  await ahmed.locator('[data-testid="page-canvas"][data-canvas-id]').waitFor();
  for (const page of [jeroen, ahmed]) await page.locator('[data-testid="connection"][data-state="live"]').waitFor();
  return { jeroen, ahmed, canvasId };
}

async function tokenFor(email: string): Promise<string> {
  const token = await fetch(`${stack.urls.api}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: email }) });
  return DevTokenResponse.parse(await token.json()).accessToken;
}

/** Saves a preparation through the API, as the preparation page or the bot card would. */
async function savePreparation(email: string, conversationId: string, body: SavePreparationInput): Promise<PreparationResponse> {
  const accessToken = await tokenFor(email);
  const saved = await fetch(`${stack.urls.api}/conversations/${encodeURIComponent(conversationId)}/preparation`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body: JSON.stringify(body),
  });
  expect(saved.status).toBe(200);
  return PreparationResponse.parse(await saved.json());
}

function section(page: Page, id: string) {
  return page.locator(`[data-testid="canvas-section"][data-section="${id}"]`);
}

async function textsIn(page: Page, id: string): Promise<string[]> {
  return section(page, id).locator('[data-testid="card-text"]').evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value));
}

/** What has focus, read in the page (a string, since tests/ compile without the DOM library). */
const ACTIVE = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const r = el.getBoundingClientRect();
  const ring = el.tagName === 'BUTTON' ? el.hasAttribute('data-fui-focus-visible') : el.matches(':focus-visible');
  return {
    index: el.getAttribute('data-kbd-index'),
    testid: el.getAttribute('data-testid'),
    focus: el.getAttribute('data-focus'),
    card: el.closest('[data-card-id]')?.getAttribute('data-card-id') ?? null,
    section: el.closest('[data-section]')?.getAttribute('data-section') ?? null,
    visible: ring && r.width > 0 && r.height > 0,
  };
})()`;

const Active = z
  .object({
    index: z.string().nullable(),
    testid: z.string().nullable(),
    focus: z.string().nullable(),
    card: z.string().nullable(),
    section: z.string().nullable(),
    visible: z.boolean(),
  })
  .nullable();
type Active = z.infer<typeof Active>;

async function active(page: Page): Promise<Active> {
  return Active.parse(await page.evaluate(ACTIVE));
}

/** Focus is on something, and shows it; `expected` narrows down what. */
async function expectFocus(page: Page, expected: Partial<NonNullable<Active>> = {}): Promise<NonNullable<Active>> {
  const now = await active(page);
  expect(now).toEqual(expect.objectContaining({ visible: true, ...expected }));
  return now as NonNullable<Active>;
}

/** Presses Tab (or Shift+Tab) until focus matches, failing after `max` presses. */
async function tabTo(page: Page, wanted: Partial<NonNullable<Active>>, { back = false, max = 200 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await active(page);
    if (now && Object.entries(wanted).every(([k, v]) => now[k as keyof typeof now] === v)) {
      await expectFocus(page, wanted);
      return;
    }
  }
  throw new Error(`Tab never reached ${JSON.stringify(wanted)}`);
}

/** In an open menu: ArrowDown until the item wanted has focus. */
async function menuTo(page: Page, wanted: Partial<NonNullable<Active>>): Promise<void> {
  for (let i = 0; i < 20; i++) {
    const now = await active(page);
    if (now && Object.entries(wanted).every(([k, v]) => now[k as keyof typeof now] === v)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`the menu never reached ${JSON.stringify(wanted)}`);
}

/** Numbers every control of the canvas, so a Tab walk can tell which it reached. */
const MARK_CONTROLS = `(() => {
  const controls = [...document.querySelectorAll('[data-testid="page-canvas"] :is(button, select, textarea, input, a[href])')];
  controls.forEach((el, i) => el.setAttribute('data-kbd-index', String(i)));
  return controls.length;
})()`;

describe('the Koerskaart, live between Jeroen and Ahmed', () => {
  it('shows each the other’s typing in different cards and in the same card, losing nothing', async () => {
    const { jeroen, ahmed } = await openCanvasPair();

    await section(jeroen, 'noden').getByTestId('add-card').click();
    await section(ahmed, 'wensen').getByTestId('add-card').click();
    await section(ahmed, 'noden').locator('[data-testid="card-text"]').waitFor();
    await section(jeroen, 'wensen').locator('[data-testid="card-text"]').waitFor();

    // Both type at once, each in their own card.
    await Promise.all([
      section(jeroen, 'noden').locator('[data-testid="card-text"]').pressSequentially('Planning wordt digitaal', { delay: 15 }),
      section(ahmed, 'wensen').locator('[data-testid="card-text"]').pressSequentially('Meer klantcontact', { delay: 15 }),
    ]);
    await until(() => textsIn(ahmed, 'noden'), ['Planning wordt digitaal'], 5000);
    await until(() => textsIn(jeroen, 'wensen'), ['Meer klantcontact'], 5000);

    // Both type into the same card at the same moment, one at its start, one at its end: each
    // sees the other's characters arrive where they were typed, and nothing to resolve.
    const shared = (page: Page) => section(page, 'opening');
    await shared(jeroen).getByTestId('add-card').click();
    const sharedField = (page: Page) => shared(page).locator('[data-testid="card-text"]');
    await sharedField(jeroen).fill('—');
    await until(() => sharedField(ahmed).inputValue(), '—', 5000);
    await sharedField(jeroen).focus();
    await jeroen.keyboard.press('Home');
    await sharedField(ahmed).focus();
    await ahmed.keyboard.press('End');
    await Promise.all([jeroen.keyboard.type('Jeroen: goed ', { delay: 20 }), ahmed.keyboard.type(' Ahmed: druk', { delay: 20 })]);
    for (const page of [jeroen, ahmed]) {
      await until(() => sharedField(page).inputValue(), 'Jeroen: goed — Ahmed: druk', 10_000);
      expect(await shared(page).getByTestId('conflict').count()).toBe(0);
    }

    const axe = await new AxeBuilder({ page: jeroen }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await jeroen.context().close();
    await ahmed.context().close();
  }, 90_000);

  it('merges what both wrote in one field while one of them was offline, with nothing to resolve', async () => {
    const { jeroen, ahmed } = await openCanvasPair();
    await section(jeroen, 'noden').getByTestId('add-card').click();
    const field = (page: Page) => section(page, 'noden').getByTestId('card-text');
    await field(ahmed).waitFor();

    // Neither sees the other's text before writing: Ahmed is offline while both write.
    await ahmed.context().setOffline(true);
    await field(ahmed).fill('Ahmed: digitale planning');
    await ahmed.locator('[data-testid="connection"][data-state="offline"]').waitFor({ timeout: 10_000 });
    expect(await ahmed.getByTestId('connection').textContent()).toBe('Offline — je wijzigingen worden bewaard en verstuurd zodra je weer verbinding hebt.');
    await field(jeroen).fill('Jeroen: meer projecten');
    await until(async () => jeroen.getByTestId('pending').count(), 0, 10_000);
    await ahmed.context().setOffline(false);

    // Both texts, whole, in the one field on both screens; the same text on both.
    const both = async (page: Page) => {
      const value = await field(page).inputValue();
      return ['Ahmed: digitale planning', 'Jeroen: meer projecten'].every((typed) => value.includes(typed));
    };
    for (const page of [jeroen, ahmed]) await until(() => both(page), true, 15_000);
    await until(async () => (await field(ahmed).inputValue()) === (await field(jeroen).inputValue()), true, 10_000);
    expect(await section(jeroen, 'noden').getByTestId('conflict').count()).toBe(0);
    await jeroen.context().close();
    await ahmed.context().close();
  }, 90_000);

  it('keeps the caret where the user is when the other’s text arrives in the field they are in', async () => {
    const { jeroen, ahmed } = await openCanvasPair();
    await section(jeroen, 'wensen').getByTestId('add-card').click();
    const theirs = section(jeroen, 'wensen').getByTestId('card-text');
    const mine = section(ahmed, 'wensen').getByTestId('card-text');
    await mine.waitFor();
    const caret = () => ahmed.evaluate(`(() => { const e = document.activeElement; return e && e.tagName === 'TEXTAREA' ? [e.selectionStart, e.selectionEnd] : null; })()`);

    // Ahmed sits in the empty field; Jeroen's text arrives there: Ahmed's caret ends up after it.
    await mine.focus();
    await theirs.pressSequentially('Hallo', { delay: 30 });
    await until(() => mine.inputValue(), 'Hallo', 5000);
    expect(await caret()).toEqual([5, 5]);
    await ahmed.keyboard.type(' Jeroen');
    await until(() => theirs.inputValue(), 'Hallo Jeroen', 5000);

    // Ahmed's caret after "Hallo"; Jeroen writes at the start: the caret moves along with the text.
    await ahmed.keyboard.press('Home');
    for (let i = 0; i < 5; i++) await ahmed.keyboard.press('ArrowRight');
    expect(await caret()).toEqual([5, 5]);
    await theirs.press('Home');
    await theirs.pressSequentially('Ja, ', { delay: 30 });
    await until(() => mine.inputValue(), 'Ja, Hallo Jeroen', 5000);
    expect(await caret()).toEqual([9, 9]);
    await ahmed.keyboard.type('!');
    await until(() => theirs.inputValue(), 'Ja, Hallo! Jeroen', 5000);
    await jeroen.context().close();
    await ahmed.context().close();
  }, 90_000);

  it('shows the employee’s shared preparation answers to both, in their sections, and never a private one', async () => {
    const { jeroen, ahmed, canvasId } = await openCanvasPair();
    await savePreparation(SAMPLE_PEOPLE.ahmed.email, canvasId, {
      answers: [
        { questionId: 'hoe-sta-je', text: 'Goed, al is het druk in de winter', shared: true },
        { questionId: 'energie', text: 'Geheim: de planning kost me veel energie', shared: false },
        { questionId: 'kernkwaliteit', text: 'Zorgvuldig', shared: true },
        { questionId: 'valkuil', text: 'Perfectionistisch', shared: true },
      ],
    });
    for (const page of [jeroen, ahmed]) {
      await page.reload();
      await page.locator('[data-testid="connection"][data-state="live"]').waitFor();
      await section(page, 'opening').getByTestId('prep-answer').waitFor();
    }
    const answersIn = (page: Page, id: string) => section(page, id).getByTestId('prep-answer-text').allTextContents();
    for (const page of [jeroen, ahmed]) {
      expect(await answersIn(page, 'opening')).toEqual(['Goed, al is het druk in de winter']);
      expect(await answersIn(page, 'competentie')).toEqual(['Zorgvuldig', 'Perfectionistisch']);
      expect(await answersIn(page, 'autonomie')).toEqual([]);
      expect(await page.locator('body').innerText()).not.toContain('Geheim');
    }
    expect(await section(jeroen, 'opening').getByTestId('prep-origin').textContent()).toBe(`Uit de voorbereiding van ${SAMPLE_PEOPLE.ahmed.displayName}`);
    expect(await section(ahmed, 'opening').getByTestId('prep-origin').textContent()).toContain(`zichtbaar voor ${SAMPLE_PEOPLE.jeroen.displayName}`);

    // Copied onto a card, an answer becomes an ordinary card both can edit.
    await section(jeroen, 'opening').getByTestId('prep-copy').click();
    await until(() => textsIn(ahmed, 'opening'), ['Goed, al is het druk in de winter'], 5000);
    await section(ahmed, 'competentie').getByTestId('prep-copy-kernkwadrant').click();
    await until(() => textsIn(jeroen, 'competentie'), ['Zorgvuldig', 'Perfectionistisch', '', ''], 5000);

    const axe = await new AxeBuilder({ page: ahmed }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await jeroen.context().close();
    await ahmed.context().close();
  }, 90_000);

  it('asks before rounding off a conversation that is still ahead, and then frees its time in both calendars', async () => {
    const { linda, sanne } = SAMPLE_PEOPLE;
    const lindaAuth = { authorization: `Bearer ${await tokenFor(linda.email)}` };
    const proposals = async () => SlotProposalsResponse.parse(await (await fetch(`${stack.urls.api}/bookings/proposals?employeeId=${sanne.id}`, { headers: lindaAuth })).json()).slots;
    const [first] = await proposals();
    const slot = first?.start;
    const booking = await fetch(`${stack.urls.api}/conversations`, {
      method: 'POST',
      headers: { ...lindaAuth, 'content-type': 'application/json' },
      body: JSON.stringify({ employeeId: sanne.id, start: first?.start, end: first?.end, requestId: randomUUID() }),
    });
    const booked = ConversationResponse.parse(await booking.json());
    const starts = async () => (await proposals()).map((s) => s.start);
    expect(await starts()).not.toContain(slot);

    const page = await newLocalPage(browser);
    await signInAs(page, sanne.email, `#/canvas/${booked.conversation.id}`);
    await page.locator(`[data-testid="page-canvas"][data-canvas-id="${booked.conversation.id}"]`).waitFor();
    await section(page, 'afspraken').getByTestId('add-card').click();
    const agreement = section(page, 'afspraken').getByTestId('card-text');
    await agreement.pressSequentially('Cursus plannen', { delay: 10 });
    await until(async () => page.getByTestId('pending').count(), 0, 10_000);
    // Not yet: the dialog says when it is planned, and keeping it changes nothing.
    await page.getByTestId('canvas-complete-button').click();
    const dialog = page.getByTestId('complete-early-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/staat nog in de agenda op \w+ \d+ \w+ \d\d:\d\d–\d\d:\d\d/);
    const axe = await new AxeBuilder({ page }).include('[data-testid="complete-early-dialog"]').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByTestId('canvas-complete').getAttribute('data-held')).toBe('false');

    await page.getByTestId('canvas-complete-button').click();
    await page.getByTestId('complete-early-confirm').click();
    await page.locator('[data-testid="canvas-complete"][data-held="true"]').waitFor();
    await dialog.waitFor({ state: 'detached' });
    const after = await fetch(`${stack.urls.api}/conversations/${booked.conversation.id}`, { headers: lindaAuth });
    expect(ConversationView.parse(await after.json()).conversation.status).toBe('gehouden');
    // The meeting is cancelled in both calendars: the same hour is proposed again.
    expect(await starts()).toContain(slot);
    // "Gesprek afronden" closed the Koerskaart: read-only, its text kept, until either reopens it.
    await page.getByTestId('canvas-locked').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('canvas-locked').textContent()).toContain('Je hebt het gesprek afgerond');
    expect(await agreement.getAttribute('readonly')).not.toBeNull();
    expect(await agreement.inputValue()).toBe('Cursus plannen');
    // Nothing on a closed canvas offers an edit: no card menu, handle, add or copy button, time box, phase switch.
    for (const testId of ['card-menu', 'card-handle', 'add-card', 'prep-copy', 'canvas-settings']) expect(await page.getByTestId(testId).count()).toBe(0);
    expect(await page.locator('button[data-testid="phase-step"]').count()).toBe(0);
    await agreement.focus();
    await page.keyboard.press('Alt+ArrowLeft');
    expect(await section(page, 'afspraken').getByTestId('canvas-card').count()).toBe(1);
    // The held conversation's record on the home page shows the canvas, read-only, with its author.
    await page.getByTestId('nav-home').click();
    const held = page.locator(`[data-testid="held-conversation"][data-conversation-id="${booked.conversation.id}"]`);
    await held.getByTestId('held-canvas-toggle').click();
    const record = held.getByTestId('canvas-record');
    await record.waitFor();
    expect(await record.textContent()).toMatch(/AfsprakenCursus plannenDoor jou/);
    expect(await record.locator('textarea, input, button').count()).toBe(0);
    const recordAxe = await new AxeBuilder({ page }).include(`[data-testid="held-conversation"][data-conversation-id="${booked.conversation.id}"]`).analyze();
    expect(recordAxe.violations.map((v) => v.id)).toEqual([]);
    await page.goto(`${stack.urls.tab}#/canvas/${booked.conversation.id}`);
    await page.getByTestId('canvas-reopen').click();
    await page.getByTestId('canvas-locked').waitFor({ state: 'detached', timeout: 10_000 });
    await agreement.pressSequentially(' in mei', { delay: 10 });
    await until(async () => page.getByTestId('pending').count(), 0, 10_000);
    await page.context().close();
  }, 60_000);

  it('opens a linked Koerskaart after one round of API requests: the canvas is asked for alongside /me', async () => {
    const { linda, kees } = SAMPLE_PEOPLE;
    const lindaAuth = { authorization: `Bearer ${await tokenFor(linda.email)}` };
    const [slot] = SlotProposalsResponse.parse(await (await fetch(`${stack.urls.api}/bookings/proposals?employeeId=${kees.id}`, { headers: lindaAuth })).json()).slots;
    const booking = await fetch(`${stack.urls.api}/conversations`, {
      method: 'POST',
      headers: { ...lindaAuth, 'content-type': 'application/json' },
      body: JSON.stringify({ employeeId: kees.id, start: slot?.start, end: slot?.end, requestId: randomUUID() }),
    });
    const conversationId = ConversationResponse.parse(await booking.json()).conversation.id;

    const page = await newLocalPage(browser);
    await signInAs(page, linda.email);
    // The link opened cold, as from the meeting invite: the address set without navigating, then loaded.
    await page.evaluate(`history.replaceState(null, '', '#/canvas/${conversationId}')`);
    // /me is held until the canvas and its preparation have been asked for too: with the old chain
    // (the canvas only after /me) they never are, /me goes on after a while and the order shows it.
    const path = (url: string, method: string) => `${method} ${url.slice(stack.urls.api.length).replace(conversationId, '{id}')}`;
    const asked: string[] = [];
    let allAsked = () => undefined as void;
    const boardAsked = new Promise<void>((resolve) => (allAsked = resolve));
    await page.route(`${stack.urls.api}/**`, async (route) => {
      const call = path(route.request().url(), route.request().method());
      asked.push(call);
      if (asked.includes('POST /canvases') && asked.includes('GET /conversations/{id}/preparation')) allAsked();
      if (call === 'GET /me') {
        await Promise.race([boardAsked, new Promise((resolve) => setTimeout(resolve, 5000))]);
        asked.push('/me answered');
      }
      await route.continue();
    });
    // When the frame after the board's header arrived in the page came (koersHeaderFrame).
    await page.addInitScript(`
      new MutationObserver((_, observer) => {
        if (!document.querySelector('[data-testid="canvas-header"]')) return;
        observer.disconnect();
        requestAnimationFrame(() => (window.koersHeaderFrame = performance.now()));
      }).observe(document, { childList: true, subtree: true });
    `);
    const opened = page.waitForResponse((response) => path(response.url(), response.request().method()) === 'POST /canvases');
    await page.reload();
    await section(page, 'opening').waitFor();
    const meAnswered = asked.indexOf('/me answered');
    // One round: the canvas and the preparation went out before /me came back, not after it.
    expect(asked.slice(0, meAnswered)).toEqual(expect.arrayContaining(['GET /me', 'POST /canvases', 'GET /conversations/{id}/preparation']));
    // The canvas is opened, and started (201: nobody had opened it), by that one request: no 404 first.
    expect((await opened).status()).toBe(201);
    expect(asked.slice(0, asked.indexOf('POST /canvases'))).not.toContain('GET /canvases/{id}');
    expect(await page.locator('[data-testid="page-canvas"]').getAttribute('data-canvas-id')).toBe(conversationId);
    // The board's header is painted before its live connection is asked for: the negotiation starts
    // after the first animation frame that follows the header's arrival in the page.
    // A resource's timing entry is there once its answer is.
    const negotiated = async () => (await page.evaluate(`performance.getEntriesByType('resource').some((entry) => entry.name.includes('/negotiate'))`)) === true;
    await until(negotiated, true, 10_000);
    const order = z
      .object({ headerFrame: z.number().optional(), negotiated: z.number().optional() })
      .parse(await page.evaluate(`({ headerFrame: window.koersHeaderFrame, negotiated: performance.getEntriesByType('resource').find((entry) => entry.name.includes('/negotiate'))?.startTime })`));
    expect(order.headerFrame).toBeDefined();
    expect(order.negotiated).toBeGreaterThan(order.headerFrame ?? Infinity);
    await page.context().close();
  }, 60_000);

  it('works with the keyboard alone: add, type, move (Alt+arrows and the card menu) and delete a card, reach every control, focus always visible and kept', async () => {
    const { jeroen: page, ahmed } = await openCanvasPair();
    // From here on only keys: Tab, Shift+Tab, Enter, Space, arrows and typing.
    await page.evaluate('document.activeElement && document.activeElement.blur()');

    await tabTo(page, { testid: 'add-card', section: 'wensen' });
    await page.keyboard.press('Enter');
    const first = await expectFocus(page, { testid: 'card-text', section: 'wensen' });
    await page.keyboard.type('Meer klantcontact');

    await tabTo(page, { testid: 'add-card', section: 'wensen' });
    await page.keyboard.press('Space');
    const second = await expectFocus(page, { testid: 'card-text', section: 'wensen' });
    expect(second.card).not.toBe(first.card);
    await page.keyboard.type('Tweede');
    await until(() => textsIn(page, 'wensen'), ['Meer klantcontact', 'Tweede'], 5000);

    // Alt+arrows move the card where focus is; focus stays in its text.
    await page.keyboard.press('Alt+ArrowUp');
    await until(() => textsIn(page, 'wensen'), ['Tweede', 'Meer klantcontact'], 5000);
    await expectFocus(page, { testid: 'card-text', card: second.card, section: 'wensen' });

    // The card's menu: one button, then arrow keys through its items.
    await tabTo(page, { focus: 'menu', card: second.card });
    await page.keyboard.press('Enter');
    await menuTo(page, { testid: 'move-down' });
    await page.keyboard.press('Enter');
    await until(() => textsIn(page, 'wensen'), ['Meer klantcontact', 'Tweede'], 5000);
    await until(() => active(page), expect.objectContaining({ focus: 'menu', card: second.card }), 5000);
    await expectFocus(page, { focus: 'menu', card: second.card });

    // "Verplaats naar": a submenu of the sections, per phase; the card goes to the one chosen.
    await page.keyboard.press('Enter');
    await menuTo(page, { testid: 'move-to' });
    await page.keyboard.press('ArrowRight');
    await menuTo(page, { section: 'noden' });
    await page.keyboard.press('Enter');
    await until(() => textsIn(page, 'noden'), ['Tweede'], 5000);
    await until(() => active(page), expect.objectContaining({ focus: 'menu', card: second.card, section: 'noden' }), 5000);
    await expectFocus(page, { focus: 'menu', card: second.card, section: 'noden' });

    await page.keyboard.press('Enter');
    await menuTo(page, { testid: 'delete' });
    await page.keyboard.press('Enter');
    await until(() => textsIn(page, 'noden'), [], 5000);
    await until(() => active(page), expect.objectContaining({ testid: 'add-card', section: 'noden' }), 5000);
    await expectFocus(page, { testid: 'add-card', section: 'noden' });
    await page.keyboard.press('Shift+Tab');
    await expectFocus(page);

    await until(() => textsIn(ahmed, 'wensen'), ['Meer klantcontact'], 5000);
    await until(() => textsIn(ahmed, 'noden'), [], 5000);

    // Every control of the canvas is on the Tab path, and each shows that it has focus.
    const count = Number(await page.evaluate(MARK_CONTROLS));
    const reached = new Set<string>();
    for (let i = 0; i < count + 40 && reached.size < count; i++) {
      await page.keyboard.press('Tab');
      const now = await active(page);
      if (now?.index) {
        expect({ index: now.index, visible: now.visible }).toEqual({ index: now.index, visible: true });
        reached.add(now.index);
      }
    }
    expect(reached.size).toBe(count);
    await page.context().close();
    await ahmed.context().close();
  }, 120_000);

  it('passes axe in the Teams dark and high-contrast themes', async () => {
    const { jeroen, ahmed, canvasId } = await openCanvasPair();
    await savePreparation(SAMPLE_PEOPLE.ahmed.email, canvasId, { answers: [{ questionId: 'sterktes', text: 'Overzicht houden', shared: true }] });
    await section(jeroen, 'competentie').locator('[data-kind="kernkwadrant"]').click();
    await section(jeroen, 'opening').getByTestId('add-card').click();
    await section(ahmed, 'opening').locator('[data-testid="card-text"]').waitFor();
    for (const theme of ['dark', 'contrast']) {
      await jeroen.goto(`${stack.urls.tab}?theme=${theme}#/canvas/${canvasId}`);
      await jeroen.locator('[data-testid="connection"][data-state="live"]').waitFor();
      await section(jeroen, 'competentie').getByTestId('prep-answer').waitFor();
      // Someone else is typing in a card: that marker is themed too.
      await section(ahmed, 'opening').locator('[data-testid="card-text"]').focus();
      await section(jeroen, 'opening').getByTestId('editing-by').waitFor();
      const background = await jeroen.evaluate(`getComputedStyle(document.querySelector('.fui-FluentProvider')).backgroundColor`);
      expect({ theme, background }).not.toEqual({ theme, background: 'rgb(255, 255, 255)' });
      const axe = await new AxeBuilder({ page: jeroen }).analyze();
      expect({ theme, violations: axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`) }).toEqual({ theme, violations: [] });
      await section(ahmed, 'opening').locator('[data-testid="card-text"]').blur();
    }
    await jeroen.context().close();
    await ahmed.context().close();
  }, 120_000);

  it('counts the phase’s time box down for both, announcing it at most once a minute (fake clock)', async () => {
    const { jeroen, ahmed } = await openCanvasPair();
    await jeroen.clock.install();
    await jeroen.reload();
    await jeroen.locator('[data-testid="connection"][data-state="live"]').waitFor();
    await jeroen.getByLabel('Minuten voor deze fase').fill('2');
    const clock = (page: Page) => page.getByTestId('timebox-clock');
    const heard = (page: Page) => page.getByTestId('timebox-announcement');
    await clock(jeroen).waitFor();
    expect(await heard(jeroen).textContent()).toBe('Nog 2 minuten voor deze fase');
    expect(await heard(jeroen).getAttribute('aria-live')).toBe('polite');
    // The other party counts from the same start.
    await clock(ahmed).waitFor();
    expect(await clock(ahmed).textContent()).toMatch(/^Nog 0[12]:\d\d$/);

    // The fake clock still runs at real speed between jumps; the jumps dominate.
    await jeroen.clock.fastForward(30_000);
    await until(async () => /^Nog 01:[0-3]\d$/.test((await clock(jeroen).textContent()) ?? ''), true, 5000);
    // Half a minute on, the clock moved but what a screen reader hears did not.
    expect(await heard(jeroen).textContent()).toBe('Nog 2 minuten voor deze fase');
    await jeroen.clock.fastForward(31_000);
    await until(() => heard(jeroen).textContent(), 'Nog 1 minuut voor deze fase', 5000);
    await jeroen.clock.fastForward(60_000);
    await until(() => heard(jeroen).textContent(), 'De tijd voor deze fase is om', 5000);
    expect(await clock(jeroen).getAttribute('data-over')).toBe('true');
    await jeroen.context().close();
    await ahmed.context().close();
  }, 120_000);

  it('fits the 320 px side panel without horizontal scrolling, accessibly', async () => {
    const { jeroen, ahmed, canvasId } = await openCanvasPair();
    // A long unbroken word in a shared answer must wrap, not widen the panel.
    const longWord = 'Installatiemonteurskwaliteitsverbeteringstrajectbegeleidingsgesprek'.repeat(3);
    await savePreparation(SAMPLE_PEOPLE.ahmed.email, canvasId, { answers: [{ questionId: 'sterktes', text: `Sterk in ${longWord}`, shared: true }] });
    await jeroen.setViewportSize({ width: 320, height: 800 });
    await jeroen.reload();
    await section(jeroen, 'competentie').getByTestId('prep-answer').waitFor();
    await section(jeroen, 'competentie').locator('[data-kind="kernkwadrant"]').click();
    await section(jeroen, 'competentie').locator('[data-field="valkuil"]').waitFor();
    await section(jeroen, 'competentie').getByTestId('prep-copy').click();
    await section(jeroen, 'competentie').locator('[data-testid="card-text"][data-field="text"]').waitFor();
    // Runs in the page; typed structurally because tests/ compile without the DOM library.
    const overflow = await jeroen.evaluate(() => {
      const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
      return root.scrollWidth - root.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    const axe = await new AxeBuilder({ page: jeroen }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await jeroen.context().close();
    await ahmed.context().close();
  }, 90_000);

  it('keeps edits made offline and delivers them on reconnect, also across a reload', async () => {
    const { jeroen, ahmed } = await openCanvasPair();
    await section(ahmed, 'afspraken').getByTestId('add-card').click();
    await section(jeroen, 'afspraken').locator('[data-testid="card-text"]').waitFor();

    await ahmed.context().setOffline(true);
    await section(ahmed, 'afspraken').locator('[data-testid="card-text"]').pressSequentially('Cursus werkvoorbereiding', { delay: 10 });
    await ahmed.locator('[data-testid="connection"][data-state="offline"]').waitFor({ timeout: 10_000 });
    await ahmed.getByTestId('pending').waitFor();
    // The outbox survives a reload while still offline.
    await ahmed.reload().catch(() => undefined);
    await ahmed.context().setOffline(false);
    await ahmed.reload();
    await ahmed.locator('[data-testid="page-canvas"][data-canvas-id]').waitFor();

    await until(() => textsIn(jeroen, 'afspraken'), ['Cursus werkvoorbereiding'], 10_000);
    await until(() => textsIn(ahmed, 'afspraken'), ['Cursus werkvoorbereiding'], 10_000);
    await jeroen.context().close();
    await ahmed.context().close();
  }, 90_000);
});
