/**
 * One live group per canvas (RealtimePublisher), named by a hash: conversation ids are free text
 * up to 100 characters, group names are not, and the tenant is part of the name so no two
 * tenants ever share one.
 */
export async function canvasGroup(tenantId: string, conversationId: string): Promise<string> {
  return `canvas_${(await sha256Hex(`${tenantId}|${conversationId}`)).slice(0, 40)}`;
}

/**
 * Where the tabs of a canvas tell each other who is there. Apart from the canvas group, so a
 * client token can allow sending presence without allowing a client to publish changes.
 */
export function presenceGroup(group: string): string {
  return `${group}_presence`;
}

/** SHA-256 of the UTF-8 text, as lowercase hex (Web Crypto: the same in Node and the browser). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
