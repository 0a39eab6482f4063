// Mutation testing of the decoding path alone, judged by its own tests and the hostile layer:
// `npm run mutation:hot-path`. Every test of the suite decodes events, so under stryker.config.mjs
// each of these mutants runs nearly the whole suite; here it runs its subject's tests. A mutant
// that survives here may still be killed by another test: the score is a lower bound.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  vitest: { configFile: 'vitest.stryker-hot-path.config.ts' },
  mutate: ['src/core/**/*.ts', 'src/decoder/**/*.ts', 'src/catalogue/**/*.ts', 'src/envelope/**/*.ts', 'src/errors.ts'],
  htmlReporter: { fileName: 'reports/mutation-hot-path/index.html' },
  jsonReporter: { fileName: 'reports/mutation-hot-path/mutation.json' },
  incrementalFile: 'reports/stryker-incremental-hot-path.json',
  tempDirName: '.stryker-tmp-hot-path',
};
