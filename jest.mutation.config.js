/**
 * The tests mutation testing runs (`npm run mutation`): the node project of jest.config.js, without the local
 * host's own emulation tests, the browser suite and the UI (the mutated code is src/domain and src/features).
 */
const base = require('./jest.config.js');

const node = base.projects.find((project) => project.displayName === 'node');

module.exports = {
  ...node,
  displayName: undefined,
  testTimeout: base.testTimeout,
  rootDir: __dirname,
  // TESTS narrows the suite for a targeted run (a comma-separated list of globs under the repository).
  testMatch: process.env.TESTS
    ? process.env.TESTS.split(',').map((glob) => `<rootDir>/${glob}`)
    : ['<rootDir>/test/{domain,features,properties,shared}/**/*.test.ts'],
};
