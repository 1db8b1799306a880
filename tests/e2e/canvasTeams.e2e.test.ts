import AxeBuilder from '@axe-core/playwright';
import { SAMPLE_PEOPLE } from '@koers/app';
import { DevTokenResponse } from '@koers/contracts';
import { PreparationResponse, type Conversation, type SavePreparationInput } from '@koers/domain';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Frame } from 'playwright-core';
import { createCosmosClient, createCosmosStores, DATABASE_ID } from '../../functions/src/cosmos';
import { launchBrowser } from '../../scripts/lib/browser';
import { makeDataDir, startStack, type RunningStack } from '../../scripts/lib/stack';
import { openInTeams, TEAMS_HOST_BROWSER_ARGS, type HostCall, type TeamsHostOptions, type TeamsMeetingWindow } from './support/teamsHost';
import { until } from './support/until';

/**
 * The Koerskaart inside a Teams meeting: the real tab and the real teams-js in an iframe of a
 * stand-in Teams page (support/teamsHost.ts), against the real local stack.
 */

const { linda, sanne, fatima } = SAMPLE_PEOPLE;
let stack: RunningStack;
let browser: Browser;
let dataDir: string;
const windows: TeamsMeetingWindow[] = [];

beforeAll(async () => {
  dataDir = makeDataDir('koers-canvas-teams-');
  [stack, browser] = await Promise.all([startStack(dataDir), launchBrowser(TEAMS_HOST_BROWSER_ARGS)]);
}, 90_000);

afterEach(async () => {
  for (const window of windows.splice(0)) await window.page.context().close();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function tokenFor(email: string): Promise<string> {
  const response = await fetch(`${stack.urls.api}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: email }) });
  return DevTokenResponse.parse(await response.json()).accessToken;
}

interface Meeting {
  conversation: Conversation;
  /** Teams' meeting.id: base64 of "0#<thread>#0". */
  meetingId: string;
  /** The meeting chat's id: the thread itself. */
  chatId: string;
}

/** A meeting's thread, as Teams makes them. */
function newThread(): string {
  return `19:meeting_${Buffer.from(randomUUID()).toString('base64url')}@thread.v2`;
}

function meetingIds(thread: string): Pick<Meeting, 'meetingId' | 'chatId'> {
  return { meetingId: Buffer.from(`0#${thread}#0`, 'utf8').toString('base64'), chatId: thread };
}

/** Linda booked a conversation with Sanne; booking stored the Teams meeting Graph made for it. */
async function bookedMeeting(): Promise<Meeting> {
  const thread = newThread();
  const client = createCosmosClient({ mode: 'local', endpoint: stack.urls.cosmos, ca: fs.readFileSync(path.join(dataDir, 'tls', 'cert.pem'), 'utf8') });
  try {
    const stores = createCosmosStores(client.database(DATABASE_ID));
    const start = new Date(Date.now() + 3_600_000);
    const now = new Date().toISOString();
    const conversation = await stores.conversations.create({
      id: randomUUID(),
      tenantId: sanne.tenantId,
      employeeId: sanne.id,
      managerId: linda.id,
      kind: 'loopbaangesprek',
      status: 'gepland',
      start: start.toISOString(),
      end: new Date(start.getTime() + 3_600_000).toISOString(),
      // Graph's onlineMeeting.joinUrl carries the meeting's chat thread, URL-encoded.
      meeting: { eventId: `AAMkAD-${randomUUID()}`, joinUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(thread)}/0?context=%7b%22Tid%22%3a%22t%22%7d` },
      createdAt: now,
      updatedAt: now,
    });
    return { conversation: conversation.value, ...meetingIds(thread) };
  } finally {
    client.dispose();
  }
}

async function inMeeting(email: string, options: Omit<TeamsHostOptions, 'token' | 'contentUrl'> & { hash?: string }): Promise<TeamsMeetingWindow> {
  // The configurable tab's contentUrl: the canvas route, which finds the meeting's canvas itself.
  const contentUrl = `${stack.urls.tab.replace(/\/$/, '')}/${options.hash ?? '#/canvas'}`;
  const window = await openInTeams(browser, { ...options, contentUrl, token: await tokenFor(email) });
  windows.push(window);
  return window;
}

const board = (tab: Frame) => tab.locator('[data-testid="page-canvas"][data-canvas-id]');
const section = (tab: Frame, id: string) => tab.locator(`[data-testid="canvas-section"][data-section="${id}"]`);

async function expectNoAxeViolations(window: TeamsMeetingWindow): Promise<void> {
  const result = await new AxeBuilder({ page: window.page }).include('iframe#app').analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const shares = (calls: HostCall[]) => calls.filter((c) => c.func === 'meeting.shareAppContentToStage');

describe('the Koerskaart in a Teams meeting', () => {
  it('lets the Koerskaart be added to a meeting: the configuration page saves the canvas route as the tab', async () => {
    const config = await inMeeting(linda.email, { frameContext: 'settings', chatId: newThread(), hash: '#/configure' });
    await config.tab.getByTestId('configure-ready').waitFor({ timeout: 60_000 });
    expect(await config.tab.getByTestId('page-configure').innerText()).toContain('Koerskaart toevoegen');
    await until(async () => (await config.calls()).some((c) => c.func === 'settings.setValidityState' && c.args[0] === true), true, 5000);
    expect((await config.calls()).some((c) => c.func === 'registerHandler' && c.args[0] === 'save')).toBe(true);

    await config.sendToTab('settings.save', [{}]);
    await until(async () => (await config.calls()).some((c) => c.func === 'settings.save.success'), true, 5000);
    const saved = (await config.calls()).find((c) => c.func === 'settings.setSettings');
    const tabUrl = `${new URL(stack.urls.tab).origin}/#/canvas`;
    expect(saved?.args[0]).toEqual(expect.objectContaining({ contentUrl: tabUrl, websiteUrl: tabUrl, entityId: 'koerskaart', suggestedDisplayName: 'Koerskaart' }));
    await expectNoAxeViolations(config);
  }, 90_000);

  it('opens the meeting’s canvas in the side panel and shares exactly that canvas to the stage', async () => {
    const meeting = await bookedMeeting();
    const panel = await inMeeting(linda.email, { frameContext: 'sidePanel', meetingId: meeting.meetingId, chatId: meeting.chatId });
    await board(panel.tab).waitFor({ timeout: 60_000 });
    expect(await board(panel.tab).getAttribute('data-canvas-id')).toBe(meeting.conversation.id);
    expect(await board(panel.tab).getAttribute('data-layout')).toBe('panel');
    expect(await panel.tab.getByTestId('page-canvas').innerText()).toContain(`${sanne.displayName} en ${linda.displayName}`);
    // Signed in through Teams SSO, not the persona switch.
    expect((await panel.calls()).some((c) => c.func === 'authentication.getAuthToken')).toBe(true);
    expect(await panel.tab.getByTestId('persona-picker').count()).toBe(0);

    const share = panel.tab.getByRole('button', { name: 'Deel op het podium' });
    expect(shares(await panel.calls())).toEqual([]);
    await share.click();
    await until(async () => shares(await panel.calls()).length, 1, 5000);
    const [call] = shares(await panel.calls());
    expect(call?.args[0]).toBe(`${new URL(stack.urls.tab).origin}/#/canvas/${meeting.conversation.id}`);
    expect(await panel.tab.getByTestId('share-failed').count()).toBe(0);

    // The other party opens the panel from the meeting chat (chat.id only): the same canvas, live.
    const other = await inMeeting(sanne.email, { frameContext: 'sidePanel', chatId: meeting.chatId });
    expect(await board(other.tab).getAttribute('data-canvas-id')).toBe(meeting.conversation.id);
    await section(panel.tab, 'wensen').getByTestId('add-card').click();
    await section(panel.tab, 'wensen').getByTestId('card-text').pressSequentially('Meer klantcontact', { delay: 10 });
    await until(() => section(other.tab, 'wensen').getByTestId('card-text').inputValue(), 'Meer klantcontact', 10_000);
    await expectNoAxeViolations(panel);
  }, 120_000);

  it('says so in the panel when Teams could not share to the stage', async () => {
    const meeting = await bookedMeeting();
    const panel = await inMeeting(sanne.email, { frameContext: 'sidePanel', meetingId: meeting.meetingId, shareError: { errorCode: 1000, message: 'permission denied' } });
    await panel.tab.getByRole('button', { name: 'Deel op het podium' }).click();
    await panel.tab.getByTestId('share-failed').waitFor();
    expect(await panel.tab.getByTestId('share-failed').innerText()).toContain('Delen op het podium lukte niet');
  }, 90_000);

  it('shows the shared canvas on the stage in the stage layout, without a share button or navigation', async () => {
    const meeting = await bookedMeeting();
    // What shareAppContentToStage put on the stage: the canvas' own address.
    const stage = await inMeeting(sanne.email, { frameContext: 'meetingStage', meetingId: meeting.meetingId, hash: `#/canvas/${meeting.conversation.id}`, width: 1280 });
    await board(stage.tab).waitFor({ timeout: 60_000 });
    expect(await board(stage.tab).getAttribute('data-canvas-id')).toBe(meeting.conversation.id);
    expect(await board(stage.tab).getAttribute('data-layout')).toBe('stage');
    expect(await stage.tab.getByRole('button', { name: 'Deel op het podium' }).count()).toBe(0);
    // Everyone in the meeting sees the stage: no way from there to one's own pages.
    expect(await stage.tab.getByTestId('nav').count()).toBe(0);
    // The three phases side by side on the big screen.
    const tops = await stage.tab.locator('[data-testid="page-canvas"] section[aria-labelledby^="phase-"]').evaluateAll((els) =>
      els.map((e) => Math.round((e as unknown as { getBoundingClientRect(): { top: number } }).getBoundingClientRect().top)),
    );
    expect(tops).toHaveLength(3);
    expect(new Set(tops).size).toBe(1);
    expect(shares(await stage.calls())).toEqual([]);
    await expectNoAxeViolations(stage);
  }, 90_000);

  it('offers a canvas without a booked meeting when none belongs to the meeting, in Dutch, and finds it there next time', async () => {
    const ids = meetingIds(newThread());
    const panel = await inMeeting(linda.email, { frameContext: 'sidePanel', ...ids });
    const empty = panel.tab.getByTestId('canvas-meeting-none');
    await empty.waitFor({ timeout: 60_000 });
    expect(await empty.innerText()).toContain('Geen loopbaangesprek bij deze vergadering');
    expect(await empty.innerText()).toContain('Een koerskaart kan ook zonder geplande afspraak');
    await expectNoAxeViolations(panel);

    await panel.tab.locator(`[data-testid="start-canvas"][data-employee="${sanne.id}"]`).click();
    await board(panel.tab).waitFor();
    expect(await board(panel.tab).getAttribute('data-layout')).toBe('panel');
    expect(await panel.tab.getByTestId('page-canvas').innerText()).toContain(`${sanne.displayName} en ${linda.displayName}`);
    await panel.tab.getByRole('button', { name: 'Deel op het podium' }).waitFor();
    const canvasId = await board(panel.tab).getAttribute('data-canvas-id');

    // The panel opened again in that meeting, by Linda and by Sanne: the canvas, not the empty state.
    for (const email of [linda.email, sanne.email]) {
      const again = await inMeeting(email, { frameContext: 'sidePanel', ...ids });
      await board(again.tab).waitFor({ timeout: 60_000 });
      expect(await board(again.tab).getAttribute('data-canvas-id')).toBe(canvasId);
      expect(await again.tab.getByTestId('canvas-meeting-none').count()).toBe(0);
    }
  }, 120_000);

  it('shows HR in someone else’s meeting no canvas and nothing of the conversation', async () => {
    const meeting = await bookedMeeting();
    // The parties have written on it already.
    const party = await inMeeting(linda.email, { frameContext: 'sidePanel', meetingId: meeting.meetingId });
    await section(party.tab, 'noden').getByTestId('add-card').click();
    await section(party.tab, 'noden').getByTestId('card-text').fill('Vertrouwelijk: reorganisatie');
    await until(async () => (await party.tab.getByTestId('pending').count()) === 0, true, 10_000);

    const hr = await inMeeting(fatima.email, { frameContext: 'sidePanel', meetingId: meeting.meetingId });
    await hr.tab.getByTestId('canvas-meeting-none').waitFor({ timeout: 60_000 });
    expect(await board(hr.tab).count()).toBe(0);
    expect(await hr.tab.locator('body').innerText()).not.toContain('Vertrouwelijk');
  }, 90_000);

  it('shows the employee’s newly shared preparation answers on the manager’s open canvas, without a reload', async () => {
    const meeting = await bookedMeeting();
    const panel = await inMeeting(linda.email, { frameContext: 'sidePanel', meetingId: meeting.meetingId });
    await board(panel.tab).waitFor({ timeout: 60_000 });
    await panel.tab.locator('[data-testid="connection"][data-state="live"]').waitFor();
    const answers = (id: string) => section(panel.tab, id).getByTestId('prep-answer-text').allTextContents();
    expect(await answers('opening')).toEqual([]);

    const first = await savePreparation(sanne.email, meeting.conversation.id, { answers: [{ questionId: 'hoe-sta-je', text: 'Goed, al is het druk', shared: true }] });
    await until(() => answers('opening'), ['Goed, al is het druk'], 5000);
    // During the meeting Sanne shares one more, and keeps one to herself.
    await savePreparation(
      sanne.email,
      meeting.conversation.id,
      {
        answers: [
          { questionId: 'hoe-sta-je', text: 'Goed, al is het druk', shared: true },
          { questionId: 'sterktes', text: 'Overzicht houden', shared: true },
          { questionId: 'energie', text: 'Geheim', shared: false },
        ],
      },
      first,
    );
    await until(() => answers('competentie'), ['Overzicht houden'], 5000);
    expect(await answers('opening')).toEqual(['Goed, al is het druk']);
    expect(await panel.tab.locator('body').innerText()).not.toContain('Geheim');
  }, 90_000);
});

/** Saves a preparation through the API, as the preparation page or the bot card would; returns its etag. */
async function savePreparation(email: string, conversationId: string, body: SavePreparationInput, ifMatch?: string): Promise<string> {
  const response = await fetch(`${stack.urls.api}/conversations/${encodeURIComponent(conversationId)}/preparation`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(email)}`, ...(ifMatch ? { 'if-match': ifMatch } : {}) },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return PreparationResponse.parse(await response.json()).etag ?? '';
}
