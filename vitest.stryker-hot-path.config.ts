import { strykerVitestConfig } from './vitest.stryker.config.js';

/**
 * The tests `stryker.hot-path.config.mjs` judges the decoding path's mutants by: its mirror tests
 * (test/core, decoder, catalogue, envelope, errors) and the hostile layer.
 */
export default strykerVitestConfig(
  [
    'test/core/**/*.test.ts',
    'test/decoder/**/*.test.ts',
    'test/catalogue/**/*.test.ts',
    'test/envelope/**/*.test.ts',
    'test/errors.test.ts',
    'test/hostile/**/*.test.ts',
  ],
  [],
);
