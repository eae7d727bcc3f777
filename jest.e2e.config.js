/** The browser suite (`npm run test:e2e`): real Chromium through playwright-core against the local host. */
const base = require('./jest.config.js').projects[0];

module.exports = {
  transform: base.transform,
  moduleNameMapper: base.moduleNameMapper,
  modulePathIgnorePatterns: base.modulePathIgnorePatterns,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
  testTimeout: 90000,
  maxWorkers: 1,
};
