import { defineConfig } from 'vitest/config';
import type { ViteUserConfig } from 'vitest/config';
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

/**
 * The vitest configuration for the test files `include` selects, of which `mockingIncluded` are
 * those of {@link mocking}: most files share one module runner, and those that mock a module get
 * their own.
 */
export function strykerVitestConfig(include = ['test/**/*.test.ts'], mockingIncluded = mocking): ViteUserConfig {
  const shared = {
    ...common,
    name: 'shared-runner',
    include,
    exclude: [...excluded, ...mocking],
    // One module runner for all files: a new one per file costs more than most tests.
    // test/support/fresh-modules.ts still gives each file fresh library modules.
    isolate: false,
    setupFiles: ['test/support/fresh-modules.ts'],
  };
  const isolated = { ...common, name: 'isolated', include: mockingIncluded, exclude: excluded };
  return defineConfig({
    test: {
      sequence: { sequencer: QuickFirstSequencer },
      projects: [{ test: shared }, ...(mockingIncluded.length > 0 ? [{ test: isolated }] : [])],
    },
  });
}

/**
 * The vitest configuration Stryker runs (see `stryker.config.mjs`): the runtime tests only.
 * Type tests (`*.test-d.ts`) are left out because a mutant cannot change a type check's result
 * at run time; so are tests of no mutated file and tests that start other processes.
 */
export default strykerVitestConfig();
