/** The browser suite (`npm run test:e2e`): real Chromium through playwright-core against the local host. */
const base = require('./jest.config.js').projects[0];

module.exports = {
  transform: base.transform,
  moduleNameMapper: base.moduleNameMapper,
  modulePathIgnorePatterns: base.modulePathIgnorePatterns,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
  // Generous: two files run at once on CI's 2 busy cores, and a test may take a minute there. Tests assert what the
  // pages show, never how fast.
  testTimeout: 180000,
  globalSetup: '<rootDir>/test/e2e/global-setup.ts',
  globalTeardown: '<rootDir>/test/e2e/global-teardown.ts',
  // Two files at once: a file mostly waits on Chromium (axe, rendering) or on its host, one at a time, so one worker
  // left a core idle. Each file has its own host and its own browser contexts.
  maxWorkers: 2,
};
