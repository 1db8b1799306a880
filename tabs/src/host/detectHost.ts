import type { BrowserHost, Host, TeamsHost } from './host';
import { toThemeName } from './theme';

const BROWSER: BrowserHost = { kind: 'browser' };

/**
 * Teams loads a tab in an iframe (web/desktop) or a webview with a native bridge (mobile). A top
 * window without either is a plain browser: there teams-js is not even loaded, because its import
 * fetches a list of valid origins from Microsoft's CDN and `app.initialize()` could only fail.
 */
function mayBeInHost(): boolean {
  return window.parent !== window || window.opener != null || 'nativeInterface' in window;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = window.setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        window.clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        window.clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

async function connectToTeams(): Promise<TeamsHost> {
  const { app, authentication, meeting, pages } = await import('@microsoft/teams-js');
  await app.initialize();
  const context = await app.getContext();
  return {
    kind: 'teams',
    theme: toThemeName(context.app.theme),
    locale: context.app.locale,
    onThemeChange: (handler) => app.registerOnThemeChangeHandler((theme) => handler(toThemeName(theme))),
    getAuthToken: () => authentication.getAuthToken(),
    notifySuccess: () => {
      app.notifyAppLoaded();
      // Older hosts do not answer this message; nothing to do about that.
      app.notifySuccess().catch(() => undefined);
    },
    notifyFailure: (message) => app.notifyFailure({ reason: app.FailedReason.Other, message }),
    frameContext: context.page.frameContext,
    meetingId: context.meeting?.id,
    chatId: context.chat?.id,
    subPageId: context.page.subPageId,
    shareToStage: (url) =>
      new Promise<void>((resolve, reject) =>
        meeting.shareAppContentToStage((error) => (error ? reject(new Error(error.message ?? 'share failed')) : resolve()), url),
      ),
    offerTabConfiguration: (config) => {
      pages.config.registerOnSaveHandler((event) => {
        pages.config.setConfig(config).then(
          () => event.notifySuccess(),
          (error: unknown) => event.notifyFailure(error instanceof Error ? error.message : String(error)),
        );
      });
      // Nothing to choose: the tab always shows the meeting's Koerskaart.
      pages.config.setValidityState(true);
    },
  };
}

/** Teams when a host answers within `timeoutMs`, otherwise a plain browser. */
export async function detectHost(timeoutMs = 3000): Promise<Host> {
  if (!mayBeInHost()) return BROWSER;
  try {
    return await withTimeout(connectToTeams(), timeoutMs);
  } catch {
    return BROWSER;
  }
}
