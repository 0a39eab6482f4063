import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { distEntry, srcEntry } from './paths.js';

/**
 * A Lambda bundle, minified, and its sizes.
 *
 * @example
 * ```ts
 * const { minifiedBytes, gzipBytes }: HandlerBundle = await bundleHandler(entry, { library: 'dist' });
 * ```
 */
export interface HandlerBundle {
  readonly code: string;
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
}

/**
 * Bundles a handler file the way a Lambda build does (esbuild `--bundle --minify
 * --platform=node --format=esm --target=node20`, dependencies included), with
 * `saasus-eventbridge` resolved to the built `dist/index.js` (what a consumer installs) or,
 * with `library: 'src'`, to the sources (so that a test needs no prior build). `readableNames`
 * keeps identifiers, for profiles.
 *
 * @example
 * ```ts
 * const { gzipBytes } = await bundleHandler('bench/handlers/saasus-handler.ts', { library: 'dist' });
 * ```
 */
export async function bundleHandler(
  entry: string,
  options: { readonly library: 'dist' | 'src'; readonly readableNames?: boolean },
): Promise<HandlerBundle> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    // Readable names are for profiles; sizes are always measured with identifiers minified.
    ...(options.readableNames === true ? { minifySyntax: true, minifyWhitespace: true } : { minify: true }),
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    alias: { 'saasus-eventbridge': options.library === 'dist' ? distEntry : srcEntry },
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error(`esbuild wrote nothing for ${entry}`);
  return { code: output.text, minifiedBytes: output.contents.byteLength, gzipBytes: gzipSync(output.contents).byteLength };
}
