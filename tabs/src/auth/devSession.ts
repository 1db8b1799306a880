/**
 * The persona picked in this browser window. sessionStorage (not localStorage) so that two
 * windows can be two people at once.
 */
export interface DevSession {
  email: string;
  displayName: string;
  accessToken: string;
}

const KEY = 'koers.devSession';

export function readDevSession(): DevSession | undefined {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (!raw) return undefined;
    const value = JSON.parse(raw) as Partial<DevSession>;
    if (typeof value.email === 'string' && typeof value.displayName === 'string' && typeof value.accessToken === 'string') {
      return { email: value.email, displayName: value.displayName, accessToken: value.accessToken };
    }
  } catch {
    // Unreadable or blocked storage counts as "nobody picked yet".
  }
  return undefined;
}

export function writeDevSession(session: DevSession): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(session));
  } catch {
    // Storage can be blocked (privacy settings); the session then lasts as long as the page.
  }
}

export function clearDevSession(): void {
  try {
    window.sessionStorage.removeItem(KEY);
  } catch {
    // See writeDevSession.
  }
}
