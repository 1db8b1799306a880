import type { Browser, Frame, Page } from 'playwright-core';
import { z } from 'zod';

/**
 * A stand-in for the Teams client at the one boundary the tab talks to it through: window
 * postMessage between the Teams page and the tab's iframe. The tab runs unchanged with the real
 * @microsoft/teams-js, which only believes messages from an https origin on its list of Teams
 * hosts, so the stand-in page is served as https://teams.microsoft.com (answered by Playwright,
 * never fetched). It answers the requests the tab makes — initialize, getContext,
 * authentication.getAuthToken, meeting.shareAppContentToStage — in the shapes teams-js 2.x reads
 * (`{ id, uuidAsString, args }`), and records every request so a test can see what was asked.
 */

export const TEAMS_HOST_ORIGIN = 'https://teams.microsoft.com';

/**
 * For the browser that runs the stand-in: a public origin (Teams) framing a tab on localhost is
 * what Chromium's local network access checks block. In Teams the tab is served from a public
 * host, so the check never applies there; here it is only in the way of the test's topology.
 */
export const TEAMS_HOST_BROWSER_ARGS = ['--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessRespectPreflightResults,PrivateNetworkAccessSendPreflights'];
const HOST_PATH = '/_koers-e2e/meeting';

export interface TeamsHostOptions {
  /** The tab page to load in the iframe, e.g. `${tabUrl}#/canvas` (the configured contentUrl). */
  contentUrl: string;
  /** page.frameContext: 'content', 'sidePanel', 'meetingStage', or 'settings' (a tab's configuration page). */
  frameContext: 'content' | 'sidePanel' | 'meetingStage' | 'settings';
  /** The SSO token `authentication.getAuthToken` hands the tab. */
  token: string;
  /** Teams' meeting.id (base64 of "0#<thread>#0") and the meeting chat's id (the thread). */
  meetingId?: string;
  chatId?: string;
  locale?: string;
  theme?: 'default' | 'dark' | 'contrast';
  /** Answer shareAppContentToStage with this error instead of success. */
  shareError?: { errorCode: number; message: string };
  /** The side panel's width in the Teams client. */
  width?: number;
}

const HostCall = z.object({ func: z.string(), args: z.array(z.unknown()) });
export type HostCall = z.infer<typeof HostCall>;

export interface TeamsMeetingWindow {
  page: Page;
  /** The tab inside the Teams page. */
  tab: Frame;
  /** What the tab asked of Teams so far, in order. */
  calls(): Promise<HostCall[]>;
  /** An event from Teams to the tab, e.g. 'settings.save' when the user presses Save. */
  sendToTab(func: string, args: unknown[]): Promise<void>;
}

/** The Teams page: an iframe with the tab and the message handling, configured by `options`. */
function hostPage(options: TeamsHostOptions): string {
  const settings = JSON.stringify({
    frameContext: options.frameContext,
    token: options.token,
    context: {
      locale: options.locale ?? 'nl-nl',
      theme: options.theme ?? 'default',
      frameContext: options.frameContext,
      hostClientType: 'web',
      hostName: 'Teams',
      entityId: 'koerskaart',
      appSessionId: 'e2e-session',
      ...(options.meetingId ? { meetingId: options.meetingId } : {}),
      ...(options.chatId ? { chatId: options.chatId } : {}),
    },
    shareError: options.shareError ?? null,
  });
  // Runs in the browser; kept to plain ES2020 since it is never compiled.
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Teams (e2e)</title>
<style>html,body{height:100%;margin:0;overflow:hidden} iframe{display:block;border:0;width:${options.width ?? 320}px;height:100%}</style></head>
<body>
<iframe id="app" title="Koers" src="${options.contentUrl.replace(/"/g, '&quot;')}"></iframe>
<script>
const settings = ${settings};
window.hostCalls = [];
const runtime = JSON.stringify({
  apiVersion: 4,
  hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
  isLegacyTeams: false,
  supports: { app: {}, appInstallDialog: {}, dialog: { url: {}, update: {} }, meeting: {}, pages: { appButton: {}, tabs: {}, config: {}, backStack: {}, fullTrust: {} }, teamsCore: {} },
});
window.sendToTab = (func, args) => {
  const frame = document.getElementById('app');
  frame.contentWindow.postMessage({ func, args }, new URL(frame.src).origin);
};
function answer(source, origin, request, args) {
  source.postMessage({ id: request.id, uuidAsString: request.uuidAsString, args }, origin);
}
window.addEventListener('message', (event) => {
  const frame = document.getElementById('app');
  if (event.source !== frame.contentWindow) return;
  const request = event.data;
  if (!request || typeof request.func !== 'string') return;
  window.hostCalls.push({ func: request.func, args: request.args || [] });
  const reply = (args) => answer(event.source, event.origin, request, args);
  switch (request.func) {
    case 'initialize':
      return reply([settings.frameContext, 'web', runtime, '2.58.0']);
    case 'getContext':
      return reply([settings.context]);
    case 'authentication.getAuthToken':
      return reply([true, settings.token]);
    case 'meeting.shareAppContentToStage':
      return reply(settings.shareError ? [settings.shareError, null] : [null, true]);
    case 'settings.setSettings':
      return reply([true]);
    default:
      // One-way notifications (appLoaded, success, handler registrations) need no answer.
      return undefined;
  }
});
</script>
</body></html>`;
}

/** The tab's frame, found by its origin (no element handle: those do not survive jest's sandbox). */
async function tabFrame(page: Page, origin: string): Promise<Frame> {
  const end = Date.now() + 30_000;
  for (;;) {
    const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().startsWith(origin));
    if (frame) return frame;
    if (Date.now() > end) throw new Error(`the Teams stand-in has no frame of ${origin}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Opens the tab inside the Teams stand-in. Only localhost (the stack) and the stand-in page are
 * reachable; teams-js' fetch of its origin list from Microsoft's CDN fails, as offline, and it
 * uses its built-in list.
 */
export async function openInTeams(browser: Browser, options: TeamsHostOptions): Promise<TeamsMeetingWindow> {
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: (options.width ?? 320) + 40, height: 900 } });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === TEAMS_HOST_ORIGIN && url.pathname === HOST_PATH) {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: hostPage(options) });
    }
    return url.hostname === 'localhost' || url.hostname === '127.0.0.1' ? route.continue() : route.abort();
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  // The first load of a fresh stack waits for Vite to pre-bundle the dependencies.
  await page.goto(`${TEAMS_HOST_ORIGIN}${HOST_PATH}`, { timeout: 60_000 });
  const tab = await tabFrame(page, new URL(options.contentUrl).origin);
  return {
    page,
    tab,
    calls: async () => z.array(HostCall).parse(await page.evaluate('window.hostCalls')),
    sendToTab: async (func, args) => {
      await page.evaluate(`window.sendToTab(${JSON.stringify(func)}, ${JSON.stringify(args)})`);
    },
  };
}
