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

export async function loadConfig(): Promise<TabConfig> {
  const response = await fetch(`${import.meta.env.BASE_URL}config.json`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  const body: unknown = await response.json();
  if (!isTabConfig(body)) throw new Error('config.json: unexpected shape');
  return { ...body, apiBase: body.apiBase.replace(/\/+$/, '') };
}
