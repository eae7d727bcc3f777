/** Unit, integration and local-host tests (`npm test`). The browser suite has its own config (jest.e2e.config.js). */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const common = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@shared/(.*)$': '<rootDir>/src/shared/$1',
    '^@domain/(.*)$': '<rootDir>/src/domain/$1',
  },
  // The ICU message formatter ships as ES modules only: compiled like the app's own code.
  transformIgnorePatterns: ['/node_modules/(?!(intl-messageformat|@formatjs)/)'],
  // Mutation testing's copies of the repository (npm run mutation) are not this repository's modules.
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/'],
};

module.exports = {
  // Generous per-test limit: CI runs on 2 busy cores. Tests assert behaviour and counts, never durations. A global
  // option: Jest ignores it inside a project's config (it was there, so every test had the default 5 s).
  testTimeout: 20000,
  // One worker per core. Jest's default leaves a core to its parent process, which only collects results: on CI's
  // 2 cores that ran every file on one core while the other idled.
  maxWorkers: '100%',
  projects: [
    {
      ...common,
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['<rootDir>/test/e2e/', '<rootDir>/test/ui/', '/node_modules/'],
    },
    {
      ...common,
      displayName: 'ui',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/ui/**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/test/ui/setup.ts'],
      moduleNameMapper: {
        ...common.moduleNameMapper,
        // Stylesheets (Atlaskit's CommonJS builds `require('./x.compiled.css')`; @atlaskit/css-reset's main *is* a
        // CSS file) are side effects only: an empty module stands in for each, wherever it is required from.
        '\\.css$|^@atlaskit/css-reset$': '<rootDir>/test/helpers/style-stub.ts',
      },
    },
  ],
};
