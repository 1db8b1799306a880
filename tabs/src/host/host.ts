import type { ThemeName } from './theme';

/** Running inside a Microsoft 365 host (Teams, Outlook, Microsoft 365 app). */
export interface TeamsHost {
  kind: 'teams';
  theme: ThemeName;
  /** The host's locale tag, e.g. "nl-nl". */
  locale: string;
  onThemeChange(handler: (theme: ThemeName) => void): void;
  getAuthToken(): Promise<string>;
  notifySuccess(): void;
  notifyFailure(message: string): void;
  /** page.frameContext: content (a tab), sidePanel or meetingStage inside a meeting. */
  frameContext?: string;
  /** The meeting's id and its chat thread, when opened inside a meeting. */
  meetingId?: string;
  chatId?: string;
  /** page.subPageId: the tab route a deep link asked for (links.ts sends it as subEntityId). */
  subPageId?: string;
  /** Puts this app's page at `url` on the meeting stage for everyone (side panel only). */
  shareToStage(url: string): Promise<void>;
  /**
   * On a meeting or chat tab's configuration page (frameContext "settings"): lets the user save
   * and tells Teams which page the tab shows.
   */
  offerTabConfiguration(config: TabConfiguration): void;
}

/** What Teams stores for a configurable tab (pages.config.setConfig). */
export interface TabConfiguration {
  contentUrl: string;
  websiteUrl: string;
  entityId: string;
  suggestedDisplayName: string;
}

/** A plain browser tab (local development, demos, tests). */
export interface BrowserHost {
  kind: 'browser';
}

export type Host = TeamsHost | BrowserHost;
