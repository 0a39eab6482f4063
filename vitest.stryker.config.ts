import { defineConfig } from 'vitest/config';
import type { ViteUserConfig } from 'vitest/config';
import { partTests, readMutationParts } from './scripts/mutation/parts.js';
import { QuickFirstSequencer } from './test/support/quick-first-sequencer.js';

const excluded = [
  '**/node_modules/**',
  // They test no mutated file: the generator and importers, the docs, the bundle and the packed package.
  'test/scripts/**',
  'test/readme.test.ts',
  'test/bench/**',
  'test/consumers/**',
  // They start databases (seconds each); the ordering code they reach has its own unit tests.
  '**/*.store.test.ts',
  // They read source text, which Stryker's sandbox holds instrumented.
  '**/*.source.test.ts',
  // They start a node process, whose code is not instrumented.
  'test/cli/bin.test.ts',
  'test/core/compile-shape.no-new-function.test.ts',
];

// They replace a module with vi.mock, which needs a module runner of their own.
const mocking = ['test/cli/unreadable.test.ts', 'test/zod/index.zod-lowest.test.ts'];

const common = {
  typecheck: { enabled: false },
  // As in vitest.config.ts: under Stryker's instrumentation a test runs several times slower.
  testTimeout: 60_000,
  hookTimeout: 120_000,
  // Each mutant runs the tests that reach it: fewer, fixed property cases and smaller "large"
  // inputs keep one run short, and the same cases judge every mutant.
  // The JSON Schema test checks every 15th fixture with ajv (all of them in npm test).
  env: { HOSTILE_RUNS_SCALE: '0.1', HOSTILE_SIZE_SCALE: '0.05', HOSTILE_SEED: '20260519', JSON_SCHEMA_FIXTURE_STRIDE: '15' },
} satisfies NonNullable<ViteUserConfig['test']>;

/** The folder a pattern such as `test/cli/**\/*.test.ts` selects, or the file it names. */
const folderOrFileOf = (pattern: string): string => pattern.replace(/\*\*\/\*\.test\.ts$/, '');

/**
 * The vitest configuration for the test files `include` selects: most share one module runner, and
 * those of {@link mocking} that `include` names get their own.
 */
function strykerVitestConfig(include: readonly string[]): ViteUserConfig {
  const shared = {
    ...common,
    name: 'shared-runner',
    include: [...include],
    exclude: [...excluded, ...mocking],
    // One module runner for all files: a new one per file costs more than most tests.
    // test/support/fresh-modules.ts still gives each file fresh library modules.
    isolate: false,
    setupFiles: ['test/support/fresh-modules.ts'],
  };
  const mockingIncluded = mocking.filter((file) => include.some((pattern) => file.startsWith(folderOrFileOf(pattern))));
  const isolated = { ...common, name: 'isolated', include: mockingIncluded, exclude: excluded };
  return defineConfig({
    test: {
      sequence: { sequencer: QuickFirstSequencer },
      projects: [{ test: shared }, ...(mockingIncluded.length > 0 ? [{ test: isolated }] : [])],
    },
  });
}

function testsOfPart(part: string | undefined): string[] {
  if (part === undefined) return ['test/**/*.test.ts'];
  const subjects = readMutationParts()[part];
  if (subjects === undefined) throw new Error(`MUTATION_PART ${part} is not in mutation-parts.json`);
  return partTests(subjects);
}

/**
 * The vitest configuration Stryker runs (see `stryker.config.mjs`): the runtime tests of the part
 * `MUTATION_PART` names, or all of them when it is unset. Type tests (`*.test-d.ts`) are left out
 * because a mutant cannot change a type check's result at run time; so are tests of no mutated
 * file and tests that start other processes.
 */
export default strykerVitestConfig(testsOfPart(process.env['MUTATION_PART']));
