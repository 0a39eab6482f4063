// Mutation testing of the hand-written library code: `npm run mutation`.
// Sized for a 2-core machine: two test-runner processes, and per-test coverage so that each
// mutant runs only the tests that reach it. Reports go to reports/mutation/ (git-ignored).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // A mutant in module-level code ("static": constant tables, regular expressions built at import)
  // can only be judged by re-running every test; there are over a thousand such mutants, and running
  // the whole suite for each would take hours on two cores. Stryker lists them as "ignored".
  ignoreStatic: true,
  mutate: [
    'src/**/*.ts',
    // Generated from the OpenAPI specs; their generator has its own tests.
    '!src/generated/**',
    // The executable's two lines start main(); the CLI's code is mutated through test/cli/.
    '!src/cli/bin.ts',
    // Re-exports and type declarations only.
    '!src/index.ts',
  ],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  timeoutMS: 10000,
  // The test files share one module runner (vitest.stryker.config.ts), which holds more memory
  // than node's default heap limit over a run; a runner is restarted after 40 mutants.
  testRunnerNodeArgs: ['--max-old-space-size=8192'],
  maxTestRunnerReuse: 40,
  // Reuse the results of the last run for mutants whose code and covering tests did not change:
  // after a first full run, a run tests only the mutants that changed or whose tests did.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
