/** One runner for every workspace: unit tests next to the code, integration and e2e under tests/. */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{domain,bot,functions,tabs,tests}/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: {
    '^.+\\.tsx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  testTimeout: 30000,
};
