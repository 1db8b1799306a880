import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What the built tab makes a browser download, read from Vite's build manifest
 * (`<dist>/.vite/manifest.json`, written by `vite build --manifest` as tabBuild.ts builds): which
 * chunks a route needs, and how many gzipped bytes of JavaScript that is.
 */

export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export type ViteManifest = Record<string, ManifestChunk>;

export function readManifest(dist: string): ViteManifest {
  return JSON.parse(fs.readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8')) as ViteManifest;
}

/** The manifest key of the chunk made from a source module (e.g. 'src/pages/HomePage.tsx', or a package name). */
export function chunkKeyOf(manifest: ViteManifest, source: string): string {
  const key = Object.keys(manifest).find((candidate) => candidate === source || candidate.replace(/\\/g, '/').includes(source));
  if (!key) throw new Error(`the build has no chunk for ${source}`);
  return key;
}

/** These chunks' keys and those of everything they import statically; with `followDynamic`, also what the chunks it accepts import lazily. */
function closureKeys(
  manifest: ViteManifest,
  keys: readonly string[],
  followDynamic: (key: string) => boolean = () => false,
  skipDynamic: (key: string) => boolean = () => false,
): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string, dynamic = false) => {
    if (seen.has(key) || (dynamic && skipDynamic(key))) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`manifest has no chunk ${key}`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
    if (followDynamic(key)) for (const imported of chunk.dynamicImports ?? []) visit(imported, true);
  };
  keys.forEach((key) => visit(key));
  return seen;
}

function filesOf(manifest: ViteManifest, keys: Iterable<string>): string[] {
  return [...new Set([...keys].flatMap((key) => [manifest[key]?.file ?? '', ...(manifest[key]?.css ?? [])]))].filter((file) => file !== '');
}

/** The files of these chunks and of everything they import statically (what loading them fetches). */
export function staticClosure(manifest: ViteManifest, keys: readonly string[]): string[] {
  return filesOf(manifest, closureKeys(manifest, keys));
}

/** The entry (index.html) and the sources of the chunks the home route loads after it. */
export const HOME_ROUTE_SOURCES = [
  // The page itself, and the data it reads (its queries are in its chunks).
  'src/pages/HomePage.tsx',
  // Signing in: the persona switch in local mode, Teams SSO through teams-js inside Teams.
  'src/pages/PersonaPage.tsx',
  '@microsoft/teams-js',
] as const;

/**
 * What the home page opens only on a person's click, like another page. Nothing the home page
 * shows by itself may be here.
 */
export const HOME_ON_CLICK_SOURCES = [
  // The Koerskaart of a conversation held long ago, folded out of the history (it decodes the
  // canvas's stored Yjs state, so it brings the canvas engine along).
  'src/pages/canvas/HeldCanvasBody.tsx',
  // The forms behind a button (Fluent's Field, Input, Textarea, Select): the note of a check-in,
  // once an answer is chosen; "Gesprek aanvragen"; "Taal wijzigen".
  'src/pages/home/CheckInNote.tsx',
  'src/pages/home/RequestConversationForm.tsx',
  'src/pages/home/LanguageSelect.tsx',
] as const;

/**
 * Every file the signed-in home page needs, in either host: the entry's closure plus the pages'.
 * What the home page's own chunks load lazily counts too (a page that fetched its sections on
 * demand would still need them), except what a click opens (HOME_ON_CLICK_SOURCES); the entry's
 * lazy imports are the other pages and languages.
 */
export function homeRouteFiles(manifest: ViteManifest): string[] {
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry)?.[0];
  if (!entry) throw new Error('the build has no entry chunk');
  const shell = closureKeys(manifest, [entry]);
  // A build (or a test's manifest) without such a detail simply has nothing to leave out.
  const onClick = new Set(Object.keys(manifest).filter((key) => HOME_ON_CLICK_SOURCES.some((source) => key.replace(/\\/g, '/').includes(source))));
  const keys = closureKeys(
    manifest,
    [entry, ...HOME_ROUTE_SOURCES.map((source) => chunkKeyOf(manifest, source))],
    (key) => !shell.has(key),
    (key) => onClick.has(key),
  );
  return filesOf(manifest, keys);
}

export function gzippedBytes(dist: string, files: readonly string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length, 0);
}
