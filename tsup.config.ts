import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', testing: 'src/testing/index.ts', zod: 'src/zod/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'node20',
    platform: 'node',
    clean: true,
    external: ['zod'],
    // Both formats share chunks between entry points: one decoder, one catalogue and one class
    // of each error whichever entry points an application loads. esbuild splits only ES
    // modules; with `treeshake`, tsup turns each split chunk into CommonJS with rollup, which
    // keeps the code as written (tsup's own CommonJS splitting rewrites `?.` and `??` into
    // helper calls, slower on the decoder's hot path).
    splitting: true,
    treeshake: true,
  },
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    external: ['zod'],
  },
]);
