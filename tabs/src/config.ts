/** The run-time settings the tab reads from /config.json (see server.ts and the deploy). */
export interface TabConfig {
  apiBase: string;
  mode: 'local' | 'azure';
  clientId?: string;
}

function isTabConfig(value: unknown): value is TabConfig {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.apiBase === 'string' &&
    v.apiBase.length > 0 &&
    (v.mode === 'local' || v.mode === 'azure') &&
    (v.clientId === undefined || typeof v.clientId === 'string')
  );
}

/** The file, next to index.html. */
export const CONFIG_FILE = 'config.json';

/**
 * Where index.html's first script leaves its request for config.json (vite.config.ts,
 * pagePreloadScript): it asks before any module has loaded, one round trip earlier than the
 * entry could. Taken once; without it (the dev server, tests) the file is fetched here.
 */
export const EARLY_CONFIG_REQUEST = 'koersConfigRequest';

function configResponse(): Promise<Response> {
  const holder = globalThis as { [EARLY_CONFIG_REQUEST]?: Promise<Response> };
  const early = holder[EARLY_CONFIG_REQUEST];
  delete holder[EARLY_CONFIG_REQUEST];
  return early ?? fetch(`${import.meta.env.BASE_URL}${CONFIG_FILE}`, { cache: 'no-store' });
}

export async function loadConfig(): Promise<TabConfig> {
  const response = await configResponse();
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  const body: unknown = await response.json();
  if (!isTabConfig(body)) throw new Error('config.json: unexpected shape');
  return { ...body, apiBase: body.apiBase.replace(/\/+$/, '') };
}
