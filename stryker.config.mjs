// Mutation testing of the hand-written library code, one part at a time: `npm run mutation`
// (scripts/mutation.ts) runs every part of mutation-parts.json with MUTATION_PART set.
// A part mutates its subjects under src/ and is judged by their mirror tests under test/ and the
// hostile layer (vitest.stryker.config.ts). Every test decodes events, so under the whole suite a
// mutant of the decoding path would run nearly all of it, and a run would take many hours on two
// cores. A mutant that a test of another part would kill counts as survived: each part's score,
// and so the total, is a lower bound.
import { readFileSync } from 'node:fs';

const parts = JSON.parse(readFileSync(new URL('./mutation-parts.json', import.meta.url), 'utf8'));
const part = process.env.MUTATION_PART ?? '';
if (!Object.hasOwn(parts, part)) {
  throw new Error(`MUTATION_PART must name a part of mutation-parts.json (${Object.keys(parts).join(', ')}); npm run mutation runs them all`);
}
const subjectGlob = (subject) => (subject.endsWith('.ts') ? `src/${subject}` : `src/${subject}/**/*.ts`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  // Each mutant runs only the tests that reach it.
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // A mutant in module-level code ("static": constant tables, regular expressions built at import)
  // can only be judged by re-running every test of the part; Stryker lists them as "ignored".
  ignoreStatic: true,
  mutate: [
    ...parts[part].map(subjectGlob),
    // The executable's two lines start main(); the CLI's code is mutated through test/cli/.
    '!src/cli/bin.ts',
  ],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${part}/index.html` },
  jsonReporter: { fileName: `reports/mutation/${part}/mutation.json` },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  timeoutMS: 10000,
  // The test files share one module runner (vitest.stryker.config.ts), which holds more memory
  // than node's default heap limit over a run; a runner is restarted after 40 mutants.
  testRunnerNodeArgs: ['--max-old-space-size=8192'],
  maxTestRunnerReuse: 40,
  // Reuse the results of the part's last run for mutants whose code and covering tests did not
  // change: after a first full run, a run tests only the mutants that changed or whose tests did.
  incremental: true,
  incrementalFile: `reports/mutation/${part}/incremental.json`,
  tempDirName: `.stryker-tmp-${part}`,
  // Not copied to the sandbox: the reports, and the sandboxes of other parts' runs.
  ignorePatterns: ['/reports', '/.stryker-tmp*'],
  cleanTempDir: 'always',
};
