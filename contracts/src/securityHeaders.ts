/**
 * The security headers of Koers, in one place: the tab (its local server in `npm start`, and
 * `staticwebapp.config.json` for Azure Static Web Apps, generated from here) and the API (the
 * local Functions host and the Functions responses in Azure). Plain data: every server copies
 * these, none writes its own.
 */

export type HeaderSet = Readonly<Record<string, string>>;

export type HeaderMode = 'local' | 'azure';

/**
 * The hosts Microsoft documents as the frame ancestors of a Teams tab (Teams, the Microsoft 365
 * app and Outlook, on their classic domains and on cloud.microsoft). Nothing else may frame it.
 */
export const TEAMS_FRAME_ANCESTORS: readonly string[] = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
];

/**
 * Where the tab connects in Azure besides itself: the API (through API Management) and Azure Web
 * PubSub (the live Koerskaart). Wildcards, because one static config serves every deployment; a
 * custom API domain goes into `connectSources`.
 */
export const AZURE_CONNECT_SOURCES: readonly string[] = ['https://*.azure-api.net', 'wss://*.webpubsub.azure.com'];

/** Locally the API and the Web PubSub stand-in run on this machine, on ports chosen at start. */
export const LOCAL_CONNECT_SOURCES: readonly string[] = [
  'http://localhost:*',
  'http://127.0.0.1:*',
  'ws://localhost:*',
  'ws://127.0.0.1:*',
  // npm run start:teams serves over https with a local certificate.
  'https://localhost:*',
  'wss://localhost:*',
];

/** A year, the value browsers' preload lists ask for; only ever sent over HTTPS (Azure). */
const HSTS = 'max-age=31536000; includeSubDomains';

function policy(directives: Record<string, readonly string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

export interface TabHeaderOptions {
  mode: HeaderMode;
  /** Extra origins the tab may fetch from or open sockets to (a custom API domain). */
  connectSources?: readonly string[];
  /**
   * The development server only: the nonce of the one inline script Vite writes into the page
   * (React's fast-refresh preamble). Built pages have no inline script at all.
   */
  scriptNonce?: string;
}

/**
 * The tab's page and assets. Scripts only from the tab's own origin (no inline script, no eval);
 * styles also inline, because Fluent UI writes its styles into the page at run time; framed only
 * by Teams, Microsoft 365 and Outlook.
 */
export function tabSecurityHeaders(options: TabHeaderOptions): HeaderSet {
  const connect = options.mode === 'azure' ? AZURE_CONNECT_SOURCES : LOCAL_CONNECT_SOURCES;
  const csp = policy({
    'default-src': ["'self'"],
    'script-src': ["'self'", ...(options.scriptNonce ? [`'nonce-${options.scriptNonce}'`] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...connect, ...(options.connectSources ?? [])],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': TEAMS_FRAME_ANCESTORS,
  });
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    ...(options.mode === 'azure' ? { 'Strict-Transport-Security': HSTS } : {}),
  };
}

/**
 * Every answer of the API (JSON, problem documents, the PDF and .ics downloads): nothing in it is
 * a page, so it may load nothing and be framed by nobody.
 */
export function apiSecurityHeaders(mode: HeaderMode): HeaderSet {
  return {
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    ...(mode === 'azure' ? { 'Strict-Transport-Security': HSTS } : {}),
  };
}

/**
 * Azure Static Web Apps' configuration of the tab (tabs/public/staticwebapp.config.json, copied
 * into every build): the tab's headers on every file it serves.
 */
export function staticWebAppConfig(): { globalHeaders: HeaderSet } {
  return { globalHeaders: tabSecurityHeaders({ mode: 'azure' }) };
}
