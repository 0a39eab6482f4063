import { defineConfig } from 'vitest/config';

/**
 * The vitest configuration Stryker runs (see `stryker.config.mjs`): the runtime tests only.
 * Type tests (`*.test-d.ts`) are left out because a mutant cannot change a type check's result
 * at run time, and tests of the code generator and of the README are left out because they test
 * no mutated file (`src/generated/` and `src/cli/` are not mutated).
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [
      '**/node_modules/**',
      // They test no mutated file.
      'test/generator.test.ts',
      'test/readme.test.ts',
      'test/bundle-size.test.ts',
      'test/consumers/**',
      'test/cli/**',
      'test/**/cli*.test.ts',
      // Starts a node process (2 s) that mutants do not reach: its code is not instrumented there.
      // test/validator-engines.test.ts compares the two validator engines in process instead.
      'test/validator-fallback.test.ts',
    ],
    typecheck: { enabled: false },
    // Each mutant runs the tests that reach it: fewer, fixed property cases and smaller "large"
    // inputs keep one run short, and the same cases judge every mutant.
    // The JSON Schema test checks every 15th fixture with ajv (all of them in npm test).
    env: { HOSTILE_RUNS_SCALE: '0.1', HOSTILE_SIZE_SCALE: '0.05', HOSTILE_SEED: '20260519', JSON_SCHEMA_FIXTURE_STRIDE: '15' },
  },
});
