// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The domain stays pure: it may import zod, yjs and its own files, nothing else — no SDK, no
 * Node built-ins, nothing from functions/, bot/ or tabs/. Yjs is a pure library (no I/O, no
 * globals): the Koerskaart's text merge is its CRDT, and server and tab must run the same one. `tests/architecture.test.ts` proves the rule
 * bites by linting a forbidden import.
 */
export const domainImportRule = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          regex: '^(?!zod$|yjs$|\\.{1,2}/)',
          message: 'domain/ is pure: import only zod, yjs and files inside domain/ (ports and adapters).',
        },
        {
          regex: '^\\.\\./\\.\\./',
          message: 'domain/ must not reach outside its own folder.',
        },
      ],
    },
  ],
};

/**
 * The use cases depend on the domain's ports and rules only: no SDK, no Node built-ins, no adapter
 * of functions/ or bot/, no wire contract (the edge maps the use cases' results to the wire).
 * date-holidays is the one data library allowed: the public holiday rules, pure computation.
 */
export const appImportRule = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          regex: '^(?!zod$|@koers/domain$|@koers/texts$|date-holidays$|\\.{1,2}/)',
          message: 'app/ holds the use cases: import only @koers/domain, @koers/texts, zod, date-holidays and files inside app/.',
        },
        {
          regex: '^\\.\\./\\.\\./',
          message: 'app/ must not reach outside its own folder.',
        },
      ],
    },
  ],
};

/** The catalogues and the text engine are shared by the server, the bot and the tab: intl-messageformat only. */
export const textsImportRule = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          regex: '^(?!intl-messageformat$|\\.{1,2}/)',
          message: 'texts/ is shared by the server, the bot and the tab: import only intl-messageformat and files inside texts/.',
        },
        {
          regex: '^\\.\\./\\.\\./',
          message: 'texts/ must not reach outside its own folder.',
        },
      ],
    },
  ],
};

/** The route contracts are shared by the functions and the tab: zod and the domain's shapes only. */
export const contractsImportRule = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          regex: '^(?!zod$|@koers/domain$|\\.{1,2}/)',
          message: 'contracts/ is shared by the functions and the tab: import only @koers/domain, zod and files inside contracts/.',
        },
        {
          regex: '^\\.\\./\\.\\./',
          message: 'contracts/ must not reach outside its own folder.',
        },
      ],
    },
  ],
};

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.koers-data/**', 'coverage/**', 'devTools/**'] },
  js.configs.recommended,
  // Type-aware: each file is checked with the types of the tsconfig.json nearest to it (tabs/ or the root).
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { globals: { ...globals.node }, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // The ports are async, and their in-memory stores, stand-ins and fakes are async functions on
      // purpose even where nothing is awaited: a failure in them rejects, as the real adapter's does,
      // instead of throwing before a promise exists (Promise.all, .catch and outboxes rely on that).
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['tabs/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Plain JavaScript (configs, a child process script) belongs to no tsconfig: checked without types.
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['domain/src/**/*.ts'],
    rules: {
      ...domainImportRule,
      // Dates in the domain are computed in UTC plus Intl with an explicit zone, never in the
      // machine's local time zone (tests run with TZ=UTC and would not notice).
      'no-restricted-properties': [
        'error',
        ...['getHours', 'setHours', 'getMinutes', 'setMinutes', 'getDate', 'setDate', 'getDay', 'getMonth', 'setMonth', 'getFullYear', 'setFullYear', 'getTimezoneOffset'].map(
          (property) => ({ property, message: 'Use the UTC variant or Intl with an explicit time zone (booking/zonedTime.ts).' }),
        ),
      ],
    },
  },
  {
    // A domain test may also use fast-check (property tests); it never reaches product code.
    files: ['domain/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?!zod$|yjs$|fast-check$|\\.{1,2}/)', message: 'domain/ tests import only zod, yjs, fast-check and files inside domain/.' },
            { regex: '^\\.\\./\\.\\./', message: 'domain/ must not reach outside its own folder.' },
          ],
        },
      ],
    },
  },
  {
    files: ['app/src/**/*.ts'],
    rules: appImportRule,
  },
  {
    files: ['contracts/src/**/*.ts'],
    rules: contractsImportRule,
  },
  {
    files: ['texts/src/**/*.ts'],
    rules: textsImportRule,
  },
  {
    // A texts test may also use fast-check (property tests over the catalogues); it never reaches product code.
    files: ['texts/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?!intl-messageformat$|fast-check$|\\.{1,2}/)', message: 'texts/ tests import only intl-messageformat, fast-check and files inside texts/.' },
            { regex: '^\\.\\./\\.\\./', message: 'texts/ must not reach outside its own folder.' },
          ],
        },
      ],
    },
  },
);
