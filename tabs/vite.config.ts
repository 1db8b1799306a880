import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, runnerImport, type HtmlTagDescriptor, type Plugin } from 'vite';
import type * as HomeRoute from '../scripts/lib/tabBundle.js';
import { buildTimeStyles } from './buildTimeStyles.js';
import { firstScreenModules } from './firstScreenModules.js';
import { CONFIG_FILE, EARLY_CONFIG_REQUEST } from './src/config.js';
import { precompiled } from './src/i18n/precompiled.js';
import { textKeysNamed, type SpelledString } from './src/i18n/textKeys.js';
import { ROUTE_IDS, type RouteId } from './src/routes.js';

/**
 * The pages an address opens the tab on, by route: the tab's home and the Koerskaart (the meeting's
 * tab opens #/canvas). index.html preloads the code of the one the address names (see pagePreload).
 */
export const PRELOADED_PAGE_MODULES: Partial<Record<RouteId, string>> & { home: string } = {
  home: 'src/pages/HomePage.tsx',
  canvas: 'src/pages/canvas/CanvasPage.tsx',
};

/**
 * The script index.html runs first: it asks for config.json (left for loadConfig, src/config.ts),
 * opens local storage, and adds modulepreload links for the files of the page the address names (routeFromHash's
 * reading: the first segment after "#/"; unknown is home), none for a page not in `filesByPage`.
 */
export function pagePreloadScript(filesByPage: Partial<Record<RouteId, readonly string[]>>): string {
  return [
    `(function (filesByPage, pages) {`,
    `  var config = fetch(${JSON.stringify(`./${CONFIG_FILE}`)}, { cache: 'no-store' });`,
    `  config.catch(function () {});`,
    `  window[${JSON.stringify(EARLY_CONFIG_REQUEST)}] = config;`,
    // The page's first use of local storage reads it from disk, a long task on a phone: done here,
    // while the scripts are still on their way, instead of while the first screen is being built
    // (the Koerskaart's outbox, Yjs' settings, the local bell all read it).
    `  try { window.localStorage.length; } catch (e) {}`,
    `  var page = location.hash.replace(/^#\\/?/, '').split(/[\\/?]/)[0];`,
    `  if (pages.indexOf(page) < 0) page = 'home';`,
    `  var files = Object.prototype.hasOwnProperty.call(filesByPage, page) ? filesByPage[page] : [];`,
    `  files.forEach(function (file) {`,
    `    var link = document.createElement('link');`,
    `    link.rel = 'modulepreload';`,
    `    link.crossOrigin = '';`,
    `    link.href = file;`,
    `    document.head.appendChild(link);`,
    `  });`,
    `})(${JSON.stringify(filesByPage)}, ${JSON.stringify(ROUTE_IDS)});`,
  ].join('\n');
}

/** What transformIndexHtml's `this` is during a build (the HTML plugin's generateBundle context). */
interface EmittingContext {
  emitFile(file: { type: 'asset'; name: string; source: string }): string;
  getFileName(reference: string): string;
}

interface BundledChunk {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
}

/**
 * `<link rel="modulepreload">` for the opened page's chunk and everything it imports, added by a
 * small script at the top of index.html: the browser fetches them alongside the entry, instead of
 * only once the entry has run and asked for the page (one round trip later, then one more for
 * the chunks that page imports). An address that opens another page (a deep link) gets none;
 * main.tsx starts that page's code. Vite already preloads the entry's own static imports.
 */
function pagePreload(): Plugin {
  return {
    name: 'koers-page-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunks = Object.values(context.bundle ?? {}).filter((item): item is BundledChunk & typeof item => item.type === 'chunk');
        const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        // The entry's own closure is preloaded by Vite already.
        const already = new Set<string>();
        const entry = context.chunk;
        const walk = (name: string, into: Set<string>) => {
          if (into.has(name)) return;
          into.add(name);
          for (const imported of byName.get(name)?.imports ?? []) walk(imported, into);
        };
        if (entry) walk(entry.fileName, already);
        const filesByPage: Partial<Record<RouteId, string[]>> = {};
        for (const [route, module] of Object.entries(PRELOADED_PAGE_MODULES) as [RouteId, string][]) {
          const page = chunks.find((chunk) => chunk.facadeModuleId?.replace(/\\/g, '/').endsWith(module));
          if (!page) throw new Error(`the build has no chunk for ${module}`);
          const wanted = new Set<string>();
          walk(page.fileName, wanted);
          filesByPage[route] = [...wanted].filter((name) => !already.has(name)).map((name) => `./${name}`);
        }
        // A file of its own, not an inline script: the tab's Content-Security-Policy runs only scripts
        // from its own origin (contracts/src/securityHeaders.ts). Async and first in the head: it runs
        // as soon as it is here, without waiting for the entry.
        const emitted = (this as unknown as EmittingContext).emitFile({ type: 'asset', name: 'page-preload.js', source: pagePreloadScript(filesByPage) });
        const src = `./${(this as unknown as EmittingContext).getFileName(emitted)}`;
        const tag: HtmlTagDescriptor = { tag: 'script', attrs: { src, async: true }, injectTo: 'head-prepend' };
        return [tag];
      },
    },
  };
}

/** The tab's texts: one file per area, holding that area's texts in every language. */
const TAB_TEXTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../texts/src/tab');
/** The languages fetched when someone reads in them (i18n/locale.ts); Dutch comes with the tab. */
const FETCHED_LANGUAGES = ['en', 'nl-BE'];
const LANGUAGE_QUERY = 'koers-language';

/**
 * Each language's texts in its own chunk. An area's file (home.ts: homeNl, homeEn, homeNlBE) is
 * imported by the Dutch catalogue that comes with the tab and by the English and Flemish ones
 * fetched later; one module in two chunks lands in a chunk both load, every language included.
 * So the fetched catalogues import their own copy of each area file (the same file under another
 * id), and tree-shaking leaves each copy only its own language.
 */
function oneLanguagePerChunk(): Plugin {
  const languageOf = (importer: string): string | undefined => {
    const [file = '', query = ''] = importer.split('?');
    if (path.dirname(file) !== TAB_TEXTS) return undefined;
    const language = new URLSearchParams(query).get(LANGUAGE_QUERY) ?? path.basename(file, '.ts');
    return FETCHED_LANGUAGES.includes(language) ? language : undefined;
  };
  return {
    name: 'koers-one-language-per-chunk',
    enforce: 'pre',
    async resolveId(source, importer) {
      const language = importer && source.startsWith('./') ? languageOf(importer) : undefined;
      if (!importer || !language) return null;
      const resolved = await this.resolve(source, importer.split('?')[0], { skipSelf: true });
      return resolved ? `${resolved.id}?${LANGUAGE_QUERY}=${language}` : null;
    },
  };
}

interface Node {
  type: string;
  start: number;
  end: number;
  [field: string]: unknown;
}

/** The string a property's value spells, when it is a string literal (quoted or a template without expressions). */
function stringValue(value: Node): string | undefined {
  if (value.type === 'Literal' && typeof value.value === 'string') return value.value;
  const quasis = value.quasis as { value: { cooked: string } }[] | undefined;
  if (value.type === 'TemplateLiteral' && (value.expressions as unknown[]).length === 0 && quasis?.length === 1) return quasis[0]?.value.cooked;
  return undefined;
}

/** The locale a text module's copy is in (see oneLanguagePerChunk): Dutch unless it is a fetched language's copy. */
const LOCALE_OF_LANGUAGE: Record<string, string> = { en: 'en-GB', 'nl-BE': 'nl-BE' };

/**
 * The tab's texts arrive parsed (src/i18n/precompiled.ts): each text with ICU syntax in
 * texts/src/tab becomes its parsed message, and formatjs' parser is replaced by its no-parser
 * build (resolve.alias below). Plain texts stay strings.
 */
function precompiledTexts(): Plugin {
  return {
    name: 'koers-precompiled-texts',
    enforce: 'post',
    transform(code, id) {
      const [file = '', query = ''] = id.split('?');
      if (path.dirname(file) !== TAB_TEXTS) return null;
      const locale = LOCALE_OF_LANGUAGE[new URLSearchParams(query).get(LANGUAGE_QUERY) ?? ''] ?? 'nl-NL';
      const edits: { start: number; end: number; text: string }[] = [];
      const visit = (node: unknown): void => {
        if (Array.isArray(node)) return node.forEach(visit);
        if (typeof node !== 'object' || node === null) return;
        const current = node as Node;
        if (current.type === 'Property') {
          const value = current.value as Node;
          const text = stringValue(value);
          const message = text === undefined ? undefined : precompiled(text, locale);
          if (message !== undefined && typeof message !== 'string') edits.push({ start: value.start, end: value.end, text: JSON.stringify(message) });
        }
        for (const [field, child] of Object.entries(current)) if (field !== 'type') visit(child);
      };
      visit(this.parse(code));
      let out = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
      return { code: out, map: null };
    },
  };
}

/** The Dutch catalogue (texts/src/tab/nl.ts) as the tab's code imports it, and one module per text. */
const DUTCH_TEXTS = path.join(TAB_TEXTS, 'nl.ts');
const DUTCH_REGISTRY = '\0koers-dutch-texts';
const DUTCH_TEXT = '\0koers-dutch-text:';
type DutchTexts = Record<string, string>;
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The strings a module's code spells: its string literals and the heads of its templates. */
function spelledStrings(program: unknown): SpelledString[] {
  const found: SpelledString[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const current = node as Node;
    if (current.type === 'Literal' && typeof current.value === 'string') found.push({ text: current.value, open: false });
    if (current.type === 'TemplateLiteral') {
      const quasis = current.quasis as { value: { cooked: string | null } }[];
      const open = (current.expressions as unknown[]).length > 0;
      found.push({ text: quasis[0]?.value.cooked ?? '', open });
    }
    for (const [field, child] of Object.entries(current)) if (field !== 'type') visit(child);
  };
  visit(program);
  return found;
}

/**
 * The Dutch texts travel with the code that shows them, not as one catalogue on the first screen:
 * in the build, the tab's import of the Dutch catalogue gets an object that starts empty, and
 * every module of the tab first imports one small module per text key it spells (textKeysNamed),
 * which puts that text, parsed, into the object. A module runs after its imports, so a text is
 * there before any code that names its key can show it; a text two pages share lands in a chunk
 * both load. The catalogue itself stays the one source; English and Flemish are fetched whole.
 */
function dutchTextsWithTheirCode(): Plugin[] {
  let texts: DutchTexts = {};
  let keys: string[] = [];
  return [
    {
      name: 'koers-dutch-texts-registry',
      apply: 'build',
      enforce: 'pre',
      async buildStart() {
        // Read through Vite's own module runner: texts/ is TypeScript, outside this package.
        texts = (await runnerImport<{ tabNl: DutchTexts }>(DUTCH_TEXTS)).module.tabNl;
        keys = Object.keys(texts);
      },
      async resolveId(source, importer) {
        if (source === DUTCH_REGISTRY || source.startsWith(DUTCH_TEXT)) return source;
        if (!importer || !/(^|\/)nl(\.[jt]s)?$/.test(source) || path.dirname(importer.split('?')[0] ?? '') === TAB_TEXTS) return null;
        const resolved = await this.resolve(source, importer, { skipSelf: true });
        return resolved?.id === DUTCH_TEXTS ? DUTCH_REGISTRY : null;
      },
      load(id) {
        if (id === DUTCH_REGISTRY) return 'export const tabNl = {};';
        if (!id.startsWith(DUTCH_TEXT)) return null;
        const key = decodeURIComponent(id.slice(DUTCH_TEXT.length));
        const text = texts[key];
        if (text === undefined) throw new Error(`the Dutch catalogue has no text ${key}`);
        const message = precompiled(text, 'nl-NL');
        return `import { tabNl } from ${JSON.stringify(DUTCH_REGISTRY)};\ntabNl[${JSON.stringify(key)}] = ${JSON.stringify(message)};\n`;
      },
    },
    {
      name: 'koers-dutch-texts-with-their-code',
      apply: 'build',
      enforce: 'post',
      transform(code, id) {
        const file = id.split('?')[0] ?? '';
        if (id.startsWith('\0') || !file.startsWith(REPO + path.sep) || file.includes(`${path.sep}node_modules${path.sep}`) || path.dirname(file) === TAB_TEXTS) return null;
        if (!/\.[cm]?[jt]sx?$/.test(file)) return null;
        const named = textKeysNamed(spelledStrings(this.parse(code)), keys);
        if (named.length === 0) return null;
        const imports = named.map((key) => `import ${JSON.stringify(DUTCH_TEXT + encodeURIComponent(key))};`).join('\n');
        return { code: `${imports}\n${code}`, map: null };
      },
    },
  ];
}

/**
 * The UI libraries the shell and the home page use, as one chunk: split by which pages share
 * each package, they made some twenty small files, and each file compresses on its own (4 KB
 * more to download). A Fluent package no page of the first screen uses (Dialog, Combobox…) stays
 * in the chunks of the pages that do.
 */
const FIRST_SCREEN_UI =
  /\/node_modules\/(@fluentui\/react-(aria|badge|button|card|field|icons|jsx-runtime|label|link|message-bar|motion|progress|provider|select|shared-contexts|spinner|tabster|text|textarea|utilities)|@fluentui\/tokens|@griffel|tabster|keyborg|@tanstack)\//;

/**
 * Of those packages, only the modules the first screen runs (the home route of
 * scripts/lib/tabBundle.ts): the rest of a package, such as Teams' dark and high-contrast token
 * tables (src/host/otherThemes.ts loads them when asked) or a listbox's active descendant, stays
 * with the pages that use it. Rolldown still adds what the chunk's modules import
 * (includeDependenciesRecursively): tabster's core names its Mover, Modalizer and Restorer, so
 * they ride along (4 KB). Without that the first screen came in ten more small files.
 */
const firstScreen = firstScreenModules(async () => {
  // Read through Vite's own module runner: scripts/ is TypeScript, outside this package.
  const { HOME_ROUTE_SOURCES, HOME_ON_CLICK_SOURCES } = (await runnerImport<typeof HomeRoute>(path.join(REPO, 'scripts/lib/tabBundle.ts'))).module;
  return { pages: HOME_ROUTE_SOURCES, onClick: HOME_ON_CLICK_SOURCES };
});

/**
 * The entry, and the first screen's own pages: each stays a chunk of its own (the entry's, or the
 * page's, loaded only when that page is).
 */
const OWN_CHUNK = /\/tabs\/src\/main\.tsx$|\/tabs\/src\/pages\/(HomePage|PersonaPage)\.tsx$|\/tabs\/src\/pages\/home\//;

/**
 * The tab's own code the first screen runs besides its pages (data, API clients, small
 * components) and the Dutch texts it shows go into the same chunk: split by which pages share
 * them they made some fifteen files of less than a kilobyte, and on a slow line every file is a
 * request of its own (six at a time over HTTP/1.1). Another page that opens first fetches them
 * too, a few kilobytes it mostly uses itself.
 */
const isFirstScreenCode = (id: string): boolean => (id.includes('/tabs/src/') || id.startsWith(DUTCH_TEXT)) && !OWN_CHUNK.test(id.split('?')[0] ?? '');

const isFirstScreenUi = (id: string): boolean => firstScreen.has(id) && (FIRST_SCREEN_UI.test(id) || isFirstScreenCode(id));

/**
 * The Koerskaart's first paint, which the meeting's tab opens on: its page and the reads the tab
 * starts for it, without what it loads after painting (its tools, the list of conversations).
 */
const koerskaartScreen = firstScreenModules(() =>
  Promise.resolve({ pages: ['src/pages/canvas/CanvasPage.tsx', 'src/data/canvasOpening.ts'], onClick: [], lazy: false }),
);
const UI_PACKAGES = /\/node_modules\/(@fluentui|tabster|keyborg|@griffel)\//;

/**
 * What that first paint runs beyond the first screen's chunk, the same way: the UI components and
 * the tab's shared code and texts in one chunk instead of some ten small files. Not the canvas's
 * own modules (the page's chunk) nor what these import (the canvas engine stays a chunk of its
 * own): another page that shares some of them fetches this chunk, 2 to 3 KB more than it uses,
 * and not the engine.
 */
const isKoerskaartCode = (id: string): boolean =>
  koerskaartScreen.has(id) && !firstScreen.has(id) && (UI_PACKAGES.test(id) || isFirstScreenCode(id)) && !id.includes('/src/pages/canvas/');

/**
 * One build serves every environment: the API address and mode come from /config.json at run time
 * (served by server.ts in development, written next to index.html by the deploy in Azure).
 */
export default defineConfig({
  plugins: [buildTimeStyles(path.dirname(fileURLToPath(import.meta.url))), react(), pagePreload(), oneLanguagePerChunk(), precompiledTexts(), dutchTextsWithTheirCode(), firstScreen.plugin, koerskaartScreen.plugin],
  resolve: {
    // The tab's texts are parsed when it is built (precompiledTexts); formatting them needs no parser.
    alias: [{ find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' }],
  },
  // Relative asset paths: the built tab works from any folder of any static host (routing is by hash).
  base: './',
  clearScreen: false,
  build: {
    outDir: 'dist',
    target: 'es2022',
    // Source maps would be served next to the code to anyone who opens the tab.
    sourcemap: false,
    // Teams' clients (Edge WebView2, current Chrome, Edge, Safari and Firefox) know modulepreload;
    // a browser that does not just fetches the chunks when they are imported.
    modulePreload: { polyfill: false },
    // Vite's manifest (which chunks each page needs) is written only when asked, `vite build
    // --manifest`: the bundle-size test's build does (scripts/lib/tabBuild.ts); the deployed tab
    // serves no list of its source files.
    // Each page is its own chunk (src/pages/routePages.ts); other shared code is split by what
    // the pages share, so the home page fetches only what it uses. The first screen's UI
    // libraries and shared code are one chunk (isFirstScreenUi), some 280 KB before compression.
    chunkSizeWarningLimit: 400,
    rolldownOptions: { output: { codeSplitting: { groups: [
            { name: 'ui', test: isFirstScreenUi },
            { name: 'koerskaart', test: isKoerskaartCode, includeDependenciesRecursively: false },
          ] } } },
  },
  optimizeDeps: {
    // Listed up front so the first page load pre-bundles everything in one pass, without a
    // discovery round and a full reload halfway (that is what makes a cold start slow).
    include: [
      'react',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'react-dom/client',
      '@fluentui/react-components',
      '@microsoft/teams-js',
      'intl-messageformat',
      'zod',
    ],
  },
  server: {
    warmup: { clientFiles: ['./src/main.tsx'] },
  },
});
