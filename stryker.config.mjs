// Mutation testing of the rules and the handlers (`npm run mutation`): far too slow for CI on 2 cores (most code is
// reached by most tests through the contract), so it is run by hand, narrowed to the code and the tests at stake:
//   MUTATE=src/domain/campaigns/access.ts TESTS=test/features/access.matrix.test.ts npm run mutation
const mutate = process.env.MUTATE
  ? process.env.MUTATE.split(',')
  : ['src/domain/**/*.ts', 'src/features/**/*.ts'];

export default {
  testRunner: 'jest',
  jest: { projectType: 'custom', configFile: 'jest.mutation.config.js', enableFindRelatedTests: true },
  mutate: [...mutate, '!**/index.ts'],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants: tables, limits) rerun every test of the module; 28% of the domain's
  // mutants took 93% of a run. They are left out of the score and reviewed by reading.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 60000,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['static/app/build', 'static/app/node_modules', '.forge-local', 'reports'],
};
