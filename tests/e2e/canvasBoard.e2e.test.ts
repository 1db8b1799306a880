import AxeBuilder from '@axe-core/playwright';
import { SAMPLE_PEOPLE } from '@koers/app';
import { DevTokenResponse } from '@koers/contracts';
import fs from 'node:fs';
import type { Browser, Frame, Page } from 'playwright-core';
import { z } from 'zod';
import { launchBrowser, newLocalPage, signInOn } from '../../scripts/lib/browser';
import { makeDataDir, startStack, type RunningStack } from '../../scripts/lib/stack';
import { openInTeams, TEAMS_HOST_BROWSER_ARGS } from './support/teamsHost';
import { until } from './support/until';

/**
 * The Koerskaart as a board: three phase columns on the stage and in a wide tab, one phase at a
 * time in the side panel; cards moved by keyboard, menu and pointer; who wrote what, in Dutch.
 */

const { linda, sanne } = SAMPLE_PEOPLE;
let stack: RunningStack;
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  dataDir = makeDataDir('koers-canvas-board-');
  [stack, browser] = await Promise.all([startStack(dataDir), launchBrowser(TEAMS_HOST_BROWSER_ARGS)]);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

type Surface = Page | Frame;

const board = (page: Surface) => page.locator('[data-testid="page-canvas"][data-canvas-id]');
const section = (page: Surface, id: string) => page.locator(`[data-testid="canvas-section"][data-section="${id}"]`);
const textsIn = (page: Surface, id: string) => section(page, id).locator('[data-testid="card-text"]').evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value));

async function openAs(email: string, hash: string, width = 1280, height = 720): Promise<Page> {
  const page = await newLocalPage(browser);
  page.setDefaultTimeout(15_000);
  await page.setViewportSize({ width, height });
  await signInOn(page, stack.urls.tab, email);
  await page.goto(`${stack.urls.tab}${hash}`);
  await board(page).waitFor();
  await page.locator('[data-testid="connection"][data-state="live"]').waitFor();
  return page;
}

/** Linda (the manager) starts a canvas with Sanne; both have it open, live. */
async function openPair(width = 1280): Promise<{ lindaPage: Page; sannePage: Page; canvasId: string }> {
  const lindaPage = await newLocalPage(browser);
  lindaPage.setDefaultTimeout(15_000);
  await lindaPage.setViewportSize({ width, height: 720 });
  await signInOn(lindaPage, stack.urls.tab, linda.email);
  await lindaPage.goto(`${stack.urls.tab}#/canvas`);
  await lindaPage.locator(`[data-testid="start-canvas"][data-employee="${sanne.id}"]`).click();
  await board(lindaPage).waitFor();
  const canvasId = (await board(lindaPage).getAttribute('data-canvas-id')) ?? '';
  await lindaPage.locator('[data-testid="connection"][data-state="live"]').waitFor();
  const sannePage = await openAs(sanne.email, `#/canvas/${canvasId}`);
  return { lindaPage, sannePage, canvasId };
}

async function addCard(page: Surface, sectionId: string, text: string): Promise<string> {
  const area = section(page, sectionId);
  const before = await area.getByTestId('canvas-card').count();
  await area.locator('[data-testid="add-card"][data-kind="note"]').click();
  await until(() => area.getByTestId('canvas-card').count(), before + 1, 5000);
  await area.getByTestId('card-text').last().fill(text);
  return (await area.getByTestId('canvas-card').last().getAttribute('data-card-id')) ?? '';
}

async function closeAll(...pages: Page[]): Promise<void> {
  for (const page of pages) await page.context().close();
}

async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  await page.evaluate(`Promise.all(document.getAnimations()
    .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
    .map((a) => a.finished.catch(() => undefined)))`);
  const result = await new AxeBuilder({ page }).analyze();
  expect({ what, violations: result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`) }).toEqual({ what, violations: [] });
}

/** The tops and lefts of the phase columns shown, and whether the page scrolls sideways. */
const GEOMETRY = `(() => {
  const columns = [...document.querySelectorAll('[data-testid="canvas-phase"]')].map((e) => {
    const r = e.getBoundingClientRect();
    return { phase: e.getAttribute('data-phase'), top: Math.round(r.top), left: Math.round(r.left), width: Math.round(r.width) };
  });
  const root = document.documentElement;
  return { columns, overflow: root.scrollWidth - root.clientWidth };
})()`;
const Geometry = z.object({
  columns: z.array(z.object({ phase: z.string(), top: z.number(), left: z.number(), width: z.number() })),
  overflow: z.number(),
});
const geometry = async (page: Surface) => Geometry.parse(await page.evaluate(GEOMETRY));

/** What has focus: which card, field, control or menu item (read in the page: tests/ has no DOM types). */
const ACTIVE = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  return {
    testid: el.getAttribute('data-testid'),
    focus: el.getAttribute('data-focus'),
    field: el.getAttribute('data-field'),
    card: el.closest('[data-card-id]')?.getAttribute('data-card-id') ?? null,
    section: el.closest('[data-section]')?.getAttribute('data-section') ?? null,
  };
})()`;
const Active = z.object({ testid: z.string().nullable(), focus: z.string().nullable(), field: z.string().nullable(), card: z.string().nullable(), section: z.string().nullable() }).nullable();
const active = async (page: Surface) => Active.parse(await page.evaluate(ACTIVE));

/** In an open menu: ArrowDown until the item `testid` has focus. */
async function menuTo(page: Page, wanted: { testid?: string; section?: string }): Promise<void> {
  for (let i = 0; i < 20; i++) {
    const now = await active(page);
    if (now && Object.entries(wanted).every(([k, v]) => now[k as keyof typeof now] === v)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`the menu never reached ${JSON.stringify(wanted)}`);
}

describe('the Koerskaart as a board', () => {
  it('lays the three phases out side by side at 1920 and 1280 px and one at a time at 320 px, accessibly in light, dark and high contrast', async () => {
    const { lindaPage, sannePage, canvasId } = await openPair();
    await addCard(sannePage, 'wensen', 'Meer klantcontact, en een keer een project leiden.');
    await addCard(lindaPage, 'mogelijkheden', 'Meelopen met de projectleider.');
    await addCard(lindaPage, 'afspraken', 'Voortgangsgesprek in juni.');
    await until(() => textsIn(lindaPage, 'wensen'), ['Meer klantcontact, en een keer een project leiden.'], 5000);
    await closeAll(sannePage);

    for (const theme of ['default', 'dark', 'contrast']) {
      for (const [width, height] of [
        [1920, 1080],
        [1280, 720],
        [320, 720],
      ] as const) {
        await lindaPage.setViewportSize({ width, height });
        await lindaPage.goto(`${stack.urls.tab}?theme=${theme}#/canvas/${canvasId}`);
        await board(lindaPage).waitFor();
        await section(lindaPage, 'wensen').getByTestId('canvas-card').waitFor();
        // The same address again is no reload: the board takes in the new width on the window's
        // resize, which a busy machine can deliver after the card is found.
        await until(() => board(lindaPage).getAttribute('data-mode'), width >= 1280 ? 'board' : 'phase', 5000);
        const shape = await geometry(lindaPage);
        expect({ theme, width, overflow: shape.overflow }).toEqual({ theme, width, overflow: 0 });
        if (width >= 1280) {
          expect(await board(lindaPage).getAttribute('data-mode')).toBe('board');
          expect(shape.columns.map((c) => c.phase)).toEqual(['uitwisseling', 'voorstellen', 'afspraken']);
          // Side by side: one row, left to right.
          expect(new Set(shape.columns.map((c) => c.top)).size).toBe(1);
          expect(shape.columns.map((c) => c.left)).toEqual([...shape.columns.map((c) => c.left)].sort((a, b) => a - b));
        } else {
          expect(await board(lindaPage).getAttribute('data-mode')).toBe('phase');
          expect(shape.columns.map((c) => c.phase)).toEqual(['uitwisseling']);
        }
        await expectNoAxeViolations(lindaPage, `${theme} ${width}`);
      }
    }
    await closeAll(lindaPage);
  }, 180_000);

  it('shows the whole board on the meeting stage and one phase in the side panel, where the stepper switches the phase for both', async () => {
    const { lindaPage, sannePage, canvasId } = await openPair();
    await addCard(lindaPage, 'mogelijkheden', 'Meelopen met de projectleider.');
    const token = DevTokenResponse.parse(await (await fetch(`${stack.urls.api}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: sanne.email }) })).json()).accessToken;
    const contentUrl = `${stack.urls.tab.replace(/\/$/, '')}/#/canvas/${canvasId}`;

    const stage = await openInTeams(browser, { frameContext: 'meetingStage', contentUrl, token, width: 1920 });
    await board(stage.tab).waitFor({ timeout: 60_000 });
    expect(await board(stage.tab).getAttribute('data-mode')).toBe('board');
    expect((await geometry(stage.tab)).columns).toHaveLength(3);

    const panel = await openInTeams(browser, { frameContext: 'sidePanel', contentUrl, token, width: 320 });
    await board(panel.tab).waitFor({ timeout: 60_000 });
    expect(await board(panel.tab).getAttribute('data-mode')).toBe('phase');
    const steps = () => panel.tab.getByTestId('phase-step').evaluateAll((els) => els.map((e) => (e as unknown as { getAttribute(name: string): string | null }).getAttribute('data-state')));
    expect(await steps()).toEqual(['current', 'next', 'next']);
    expect(await panel.tab.locator('[data-testid="phase-step"][aria-current="step"]').getAttribute('data-phase')).toBe('uitwisseling');

    await panel.tab.locator('[data-testid="phase-step"][data-phase="voorstellen"]').click();
    await until(steps, ['done', 'current', 'next'], 5000);
    expect((await geometry(panel.tab)).columns.map((c) => c.phase)).toEqual(['voorstellen']);
    expect(await textsIn(panel.tab, 'mogelijkheden')).toEqual(['Meelopen met de projectleider.']);
    // The phase is the conversation's: the stage and Linda's tab follow.
    await until(() => stage.tab.locator('[data-testid="phase-step"][aria-current="step"]').getAttribute('data-phase'), 'voorstellen', 5000);
    await until(() => lindaPage.locator('[data-testid="phase-step"][aria-current="step"]').getAttribute('data-phase'), 'voorstellen', 5000);
    expect(await lindaPage.locator('[data-testid="phase-step"][data-phase="uitwisseling"]').getAttribute('aria-label')).toBe(
      'Maak 1. Uitwisseling en inventarisatie de huidige fase (Gedaan)',
    );
    await closeAll(lindaPage, sannePage, stage.page, panel.page);
  }, 150_000);

  it('says "Door jou" on one’s own cards and the other’s full name on theirs, to each of the two', async () => {
    const { lindaPage, sannePage } = await openPair();
    const lindas = await addCard(lindaPage, 'noden', 'De planning gaat digitaal.');
    const sannes = await addCard(sannePage, 'wensen', 'Meer klantcontact.');
    const author = (page: Page, cardId: string) => page.locator(`[data-card-id="${cardId}"] [data-testid="card-author"]`);
    await author(lindaPage, sannes).waitFor();
    await author(sannePage, lindas).waitFor();
    expect(await author(lindaPage, lindas).textContent()).toBe('Door jou');
    expect(await author(lindaPage, sannes).textContent()).toBe('Door Sanne Bakker');
    expect(await author(sannePage, sannes).textContent()).toBe('Door jou');
    expect(await author(sannePage, lindas).textContent()).toBe('Door Linda de Wit');
    expect(await lindaPage.locator(`[data-card-id="${sannes}"] [data-testid="card-menu"]`).getAttribute('aria-label')).toBe('Acties voor de kaart van Sanne Bakker');
    expect(await lindaPage.locator(`[data-card-id="${lindas}"] [data-testid="card-menu"]`).getAttribute('aria-label')).toBe('Acties voor jouw kaart');

    // In Flanders the wording of the board is Flemish where it differs.
    await sannePage.goto(`${stack.urls.tab}?lang=nl-BE${new URL(sannePage.url()).hash}`);
    await board(sannePage).waitFor();
    expect(await section(sannePage, 'noden').locator('h3').textContent()).toBe('Noden van de organisatie');
    expect(await author(sannePage, lindas).textContent()).toBe('Door Linda de Wit');
    await closeAll(lindaPage, sannePage);
  }, 90_000);

  it('moves a card between sections and phases with Alt and the arrow keys alone, focus staying in the card', async () => {
    const { lindaPage: page, sannePage } = await openPair();
    await addCard(page, 'wensen', 'Eerste');
    const second = await addCard(page, 'wensen', 'Tweede');
    const field = page.locator(`[data-card-id="${second}"] [data-testid="card-text"]`);
    await field.focus();

    await page.keyboard.press('Alt+ArrowUp');
    await until(() => textsIn(page, 'wensen'), ['Tweede', 'Eerste'], 5000);
    expect(await active(page)).toEqual(expect.objectContaining({ testid: 'card-text', card: second, section: 'wensen' }));
    // Past the top of its section: into the section above, in the same phase.
    await page.keyboard.press('Alt+ArrowUp');
    await until(() => textsIn(page, 'competentie'), ['Tweede'], 5000);
    expect(await active(page)).toEqual(expect.objectContaining({ testid: 'card-text', card: second, section: 'competentie' }));
    await page.keyboard.press('Alt+ArrowDown');
    await until(() => textsIn(page, 'wensen'), ['Tweede', 'Eerste'], 5000);

    // To the next phase and on to the last; and back.
    await page.keyboard.press('Alt+ArrowRight');
    await until(() => textsIn(page, 'mogelijkheden'), ['Tweede'], 5000);
    expect(await active(page)).toEqual(expect.objectContaining({ testid: 'card-text', card: second, section: 'mogelijkheden' }));
    await page.keyboard.press('Alt+ArrowRight');
    await until(() => textsIn(page, 'afspraken'), ['Tweede'], 5000);
    await page.keyboard.press('Alt+ArrowRight');
    await page.keyboard.press('Alt+ArrowLeft');
    await until(() => textsIn(page, 'mogelijkheden'), ['Tweede'], 5000);
    expect(await active(page)).toEqual(expect.objectContaining({ testid: 'card-text', card: second, section: 'mogelijkheden' }));
    // Still typing where it was: the keys moved the card, not the caret's text.
    await page.keyboard.press('End');
    await page.keyboard.type(' idee');
    await until(() => textsIn(sannePage, 'mogelijkheden'), ['Tweede idee'], 5000);
    await until(() => textsIn(sannePage, 'wensen'), ['Eerste'], 5000);
    await closeAll(page, sannePage);
  }, 90_000);

  it('moves a card with its menu, by keyboard: up, to the next phase, to a chosen section, and deletes it', async () => {
    const { lindaPage: page, sannePage } = await openPair();
    await addCard(page, 'opening', 'Eerste');
    const card = await addCard(page, 'opening', 'Tweede');
    const menuButton = page.locator(`[data-card-id="${card}"] [data-testid="card-menu"]`);
    const openMenu = async () => {
      await menuButton.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('menu').first().waitFor();
    };

    await openMenu();
    await menuTo(page, { testid: 'move-up' });
    await page.keyboard.press('Enter');
    await until(() => textsIn(page, 'opening'), ['Tweede', 'Eerste'], 5000);
    await until(() => active(page), expect.objectContaining({ focus: 'menu', card }), 5000);

    await openMenu();
    // At the top of the first section and in the first phase: nowhere further up or back.
    expect(await page.getByTestId('move-up').getAttribute('aria-disabled')).toBe('true');
    expect(await page.getByTestId('move-previous-phase').getAttribute('aria-disabled')).toBe('true');
    await menuTo(page, { testid: 'move-next-phase' });
    await page.keyboard.press('Enter');
    await until(() => textsIn(page, 'mogelijkheden'), ['Tweede'], 5000);
    await until(() => active(page), expect.objectContaining({ focus: 'menu', card, section: 'mogelijkheden' }), 5000);

    await openMenu();
    await menuTo(page, { testid: 'move-to' });
    await page.keyboard.press('ArrowRight');
    await menuTo(page, { section: 'noden' });
    await page.keyboard.press('Enter');
    await until(() => textsIn(page, 'noden'), ['Tweede'], 5000);
    await until(() => active(page), expect.objectContaining({ focus: 'menu', card, section: 'noden' }), 5000);
    await until(() => textsIn(sannePage, 'noden'), ['Tweede'], 5000);

    await openMenu();
    await menuTo(page, { testid: 'delete' });
    await page.keyboard.press('Enter');
    await until(() => textsIn(page, 'noden'), [], 5000);
    await until(() => active(page), expect.objectContaining({ testid: 'add-card', section: 'noden' }), 5000);
    await until(() => textsIn(sannePage, 'noden'), [], 5000);
    await closeAll(page, sannePage);
  }, 90_000);

  it('follows a card moved to another phase in the side panel, and goes back to the current phase on request', async () => {
    const { lindaPage, sannePage, canvasId } = await openPair();
    await closeAll(sannePage);
    const page = await openAs(sanne.email, `#/canvas/${canvasId}`, 320, 720);
    const card = await addCard(page, 'wensen', 'Project leiden');
    await page.locator(`[data-card-id="${card}"] [data-testid="card-text"]`).focus();
    await page.keyboard.press('Alt+ArrowRight');
    await until(() => textsIn(page, 'mogelijkheden'), ['Project leiden'], 5000);
    expect(await active(page)).toEqual(expect.objectContaining({ testid: 'card-text', card, section: 'mogelijkheden' }));
    expect((await geometry(page)).columns.map((c) => c.phase)).toEqual(['voorstellen']);
    // Only this window looks elsewhere: the conversation is still in its first phase.
    expect(await page.getByTestId('viewing-other-phase').textContent()).toContain('Je bekijkt 2. Voorstellen ontwikkelen.');
    expect(await page.locator('[data-testid="phase-step"][aria-current="step"]').getAttribute('data-phase')).toBe('uitwisseling');
    await page.getByRole('button', { name: 'Terug naar de huidige fase' }).click();
    expect((await geometry(page)).columns.map((c) => c.phase)).toEqual(['uitwisseling']);
    await closeAll(page, lindaPage);
  }, 90_000);

  it('moves a card by dragging it with the pointer onto another section', async () => {
    const { lindaPage: page, sannePage } = await openPair();
    await addCard(page, 'afspraken', 'Al afgesproken');
    const card = await addCard(page, 'wensen', 'Sleep mij');
    await page.locator(`[data-card-id="${card}"] [data-testid="card-handle"]`).dragTo(section(page, 'afspraken').getByTestId('canvas-card').first(), { targetPosition: { x: 20, y: 4 } });
    await until(() => textsIn(page, 'afspraken'), ['Sleep mij', 'Al afgesproken'], 5000);
    await until(() => textsIn(sannePage, 'afspraken'), ['Sleep mij', 'Al afgesproken'], 5000);
    expect(await textsIn(page, 'wensen')).toEqual([]);
    await closeAll(page, sannePage);
  }, 90_000);
});
