/**
 * Which way the imports may point, checked by `npm run deps` (part of `npm test`).
 *
 * Dependencies point inward: the edges (functions/, bot/, tabs/, scripts/) may use app/, contracts/
 * and domain/; app/ uses only domain/ and texts/; domain/ uses only zod and yjs; texts/ (the catalogues
 * and the text engine) uses only intl-messageformat. Paths below are the *resolved* files,
 * so `@koers/domain` counts as `domain/…` (the workspace symlink is followed to its real folder).
 * `tests/architecture.test.ts` proves each rule bites on a small fixture tree.
 */

/** Test code (a `*.test.ts` file or anything in a `__tests__/` folder); in app/ it may use app/src/testing. */
const testCode = ['[.]test[.]ts$', '/__tests__/'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'A cycle, type-only imports included: modules that import each other are one module in ' +
        'two files. Move the shared piece to where it belongs (usually a smaller file both can use).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment:
        'domain/ holds the rules and the ports: it imports zod, yjs (with its lib0) and its own files, ' +
        'nothing else. Yjs is pure: the Koerskaart text CRDT, the same on the server and in the tab.',
      from: { path: '^domain/', pathNot: testCode },
      to: { pathNot: ['^domain/', '(?:^|/)node_modules/(?:zod|yjs|lib0)/'] },
    },
    {
      name: 'domain-tests-are-pure',
      severity: 'error',
      comment: "domain/'s tests run the rules as they are: zod, yjs, fast-check (property tests) and domain/ itself.",
      from: { path: '^domain/.*(?:[.]test[.]ts$|/__tests__/)' },
      to: { pathNot: ['^domain/', '(?:^|/)node_modules/(?:zod|yjs|lib0|fast-check|pure-rand)/'] },
    },
    {
      name: 'texts-stand-alone',
      severity: 'error',
      comment:
        'texts/ holds the catalogues and the text engine, shared by the server, the bot and the tab: ' +
        'it imports intl-messageformat and its own files, nothing else.',
      from: { path: '^texts/', pathNot: testCode },
      to: { pathNot: ['^texts/', '(?:^|/)node_modules/(?:intl-messageformat|@formatjs)/'] },
    },
    {
      name: 'texts-tests-stand-alone',
      severity: 'error',
      comment: "texts/' tests check the engine against intl-messageformat itself, with fast-check (property tests).",
      from: { path: '^texts/.*(?:[.]test[.]ts$|/__tests__/)' },
      to: { pathNot: ['^texts/', '(?:^|/)node_modules/(?:intl-messageformat|@formatjs|fast-check|pure-rand)/'] },
    },
    {
      name: 'app-uses-only-the-domain',
      severity: 'error',
      comment:
        'app/ holds the use cases: it imports @koers/domain, @koers/texts, zod and its own files; no ' +
        'SDK, no Node built-in, no adapter, no wire contract. One data library is allowed: ' +
        'date-holidays, the public holiday rules per country (pure computation, no I/O).',
      from: { path: '^app/' },
      to: { pathNot: ['^app/', '^domain/', '^texts/', '(?:^|/)node_modules/zod/', '(?:^|/)node_modules/date-holidays(?:-parser)?/'] },
    },
    {
      name: 'app-testing-is-for-tests',
      severity: 'error',
      comment:
        'app/src/testing holds the in-memory stores and the fixtures of the tests: no product code ' +
        'depends on them, in any workspace. Test code may (and the bot\'s chat harness, bot/src/testing).',
      from: { pathNot: [...testCode, '^app/src/testing/', '^bot/src/testing/', '^tests/'] },
      to: { path: '^app/src/testing/' },
    },
    {
      name: 'contracts-use-only-the-domain',
      severity: 'error',
      comment: 'contracts/ is shared by the functions and the tab: zod and the domain\'s shapes only.',
      from: { path: '^contracts/' },
      to: { pathNot: ['^contracts/', '^domain/', '(?:^|/)node_modules/zod/'] },
    },
    {
      name: 'server-does-not-use-the-tab',
      severity: 'error',
      comment: 'functions/ and bot/ run on the server; tabs/ is the browser app: share through contracts/ or domain/.',
      from: { path: '^(?:functions|bot)/' },
      to: { path: '^tabs/' },
    },
    {
      name: 'tab-talks-to-the-server-over-http',
      severity: 'error',
      comment:
        'tabs/ runs in the browser: it reaches the server through the contracts, never by importing ' +
        'functions/, app/ or bot/.',
      from: { path: '^tabs/' },
      to: { path: '^(?:functions|app|bot)/' },
    },
    {
      name: 'nothing-imports-tests',
      severity: 'error',
      comment: 'tests/ is the outermost ring: product code never depends on it.',
      from: { pathNot: '^tests/' },
      to: { path: '^tests/' },
    },
    {
      name: 'resolvable',
      severity: 'error',
      comment: 'An import the tool cannot resolve is one it cannot check: fix the path or the install.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Only the workspaces' own build output: an exclude also drops every dependency *on* a matching
    // path, and many npm packages keep their code in dist/ (a domain import of such an SDK would
    // then pass unseen). node_modules is not excluded either, only not followed, for the same reason.
    exclude: { path: '^[^/]+/dist/' },
    // `import type` disappears when TypeScript compiles, but a type-only cycle is still a cycle in
    // the design: see those imports too.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    combinedDependencies: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
  },
};
