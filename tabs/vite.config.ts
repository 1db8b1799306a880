import react from '@vitejs/plugin-react';
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';
import { ROUTE_IDS } from './src/routes.js';

/** The module of the page the tab opens on; index.html preloads its code (see homePreload). */
export const HOME_PAGE_MODULE = 'src/pages/HomePage.tsx';

/**
 * The script index.html runs first: modulepreload links for `files` unless the address names
 * another page than home (routeFromHash's reading: the first segment after "#/"; unknown is home).
 */
export function homePreloadScript(files: readonly string[]): string {
  const otherPages = ROUTE_IDS.filter((id) => id !== 'home');
  return [
    `(function (files, otherPages) {`,
    `  var page = location.hash.replace(/^#\\/?/, '').split(/[\\/?]/)[0];`,
    `  if (otherPages.indexOf(page) >= 0) return;`,
    `  files.forEach(function (file) {`,
    `    var link = document.createElement('link');`,
    `    link.rel = 'modulepreload';`,
    `    link.crossOrigin = '';`,
    `    link.href = file;`,
    `    document.head.appendChild(link);`,
    `  });`,
    `})(${JSON.stringify(files)}, ${JSON.stringify(otherPages)});`,
  ].join('\n');
}

interface BundledChunk {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
}

/**
 * `<link rel="modulepreload">` for the home page's chunk and everything it imports, added by a
 * small script at the top of index.html: the browser fetches them alongside the entry, instead of
 * only once the entry has run and asked for the page (one round trip later). An address that opens
 * another page (the meeting's Koerskaart tab, a deep link) skips them; main.tsx starts that page's
 * code instead. Vite already preloads the entry's own static imports.
 */
function homePreload(): Plugin {
  return {
    name: 'koers-home-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunks = Object.values(context.bundle ?? {}).filter((item): item is BundledChunk & typeof item => item.type === 'chunk');
        const home = chunks.find((chunk) => chunk.facadeModuleId?.replace(/\\/g, '/').endsWith(HOME_PAGE_MODULE));
        if (!home) return [];
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
        const wanted = new Set<string>();
        walk(home.fileName, wanted);
        const files = [...wanted].filter((name) => !already.has(name)).map((name) => `./${name}`);
        const tag: HtmlTagDescriptor = { tag: 'script', children: homePreloadScript(files), injectTo: 'head' };
        return [tag];
      },
    },
  };
}

/**
 * One build serves every environment: the API address and mode come from /config.json at run time
 * (served by server.ts in development, written next to index.html by the deploy in Azure).
 */
export default defineConfig({
  plugins: [react(), homePreload()],
  // Relative asset paths: the built tab works from any folder of any static host (routing is by hash).
  base: './',
  clearScreen: false,
  build: {
    outDir: 'dist',
    target: 'es2022',
    // Source maps would be served next to the code to anyone who opens the tab.
    sourcemap: false,
    // Vite's manifest (which chunks each page needs) is written only when asked, `vite build
    // --manifest`: the bundle-size test's build does (scripts/lib/tabBuild.ts); the deployed tab
    // serves no list of its source files.
    // Each page is its own chunk (src/pages/routePages.ts); shared code, Fluent's components
    // included, is split by what the pages share, so the home page fetches only what it uses.
    chunkSizeWarningLimit: 300,
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
