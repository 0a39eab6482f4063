// Mutation testing of everything but the decoding path (see stryker.hot-path.config.mjs), judged by
// the whole runtime suite: `npm run mutation:rest`. Together the two runs cover what
// stryker.config.mjs mutates.
import base from './stryker.config.mjs';
import hotPath from './stryker.hot-path.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: [...base.mutate, ...hotPath.mutate.map((pattern) => `!${pattern}`)],
};
