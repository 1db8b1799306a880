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

/** The files of these chunks and of everything they import statically (what loading them fetches). */
export function staticClosure(manifest: ViteManifest, keys: readonly string[]): string[] {
  const seen = new Set<string>();
  const files: string[] = [];
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`manifest has no chunk ${key}`);
    files.push(chunk.file, ...(chunk.css ?? []));
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return [...new Set(files)];
}

/** The entry (index.html) and the sources of the chunks the home route loads after it. */
export const HOME_ROUTE_SOURCES = [
  // The page itself, and the data it reads (its queries are in its chunks).
  'src/pages/HomePage.tsx',
  // Signing in: the persona switch in local mode, Teams SSO through teams-js inside Teams.
  'src/pages/PersonaPage.tsx',
  '@microsoft/teams-js',
] as const;

/** Every file the signed-in home page needs, in either host: the entry's closure plus the pages'. */
export function homeRouteFiles(manifest: ViteManifest): string[] {
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry)?.[0];
  if (!entry) throw new Error('the build has no entry chunk');
  return staticClosure(manifest, [entry, ...HOME_ROUTE_SOURCES.map((source) => chunkKeyOf(manifest, source))]);
}

export function gzippedBytes(dist: string, files: readonly string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length, 0);
}
