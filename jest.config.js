/** One runner for every workspace: unit tests next to the code, integration and e2e under tests/. */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{domain,texts,app,contracts,bot,functions,tabs,tests}/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: {
    // Transpile only: `npm run typecheck` does the type checking once for the whole repo.
    '/node_modules/(?:intl-messageformat|@formatjs)/.+\\.js$': ['ts-jest', { tsconfig: { module: 'commonjs', target: 'es2022', allowJs: true, isolatedModules: true }, isolatedModules: true, diagnostics: false }],
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { module: 'commonjs', target: 'es2022', esModuleInterop: true, isolatedModules: true, jsx: 'react-jsx' }, isolatedModules: true, diagnostics: false }],
  },
  // intl-messageformat and its parser ship only ES modules; the runner loads CommonJS, so they are
  // transpiled like the sources.
  transformIgnorePatterns: ['/node_modules/(?!(?:intl-messageformat|@formatjs)/)'],
  // Dynamic imports name the emitted file ('./azure.js', as Node's ESM resolution wants); in the
  // tests that file is the .ts source beside it.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testTimeout: 30000,
  // Two workers on these two-core machines: most test time is spent waiting on a server, a browser
  // or a child process, not on the CPU (jest's default would be one worker here: cores minus one).
  maxWorkers: 2,
};
