import { bundleHandler } from './support/bundle.js';
import { formatBytes, formatRatio, renderTable } from './support/format.js';
import { benchPath } from './support/paths.js';
import { isMain, runStandalone } from './support/standalone.js';
import type { SummaryRow } from './support/summary.js';

/**
 * The budget of the minimal handler's bundle with the whole catalogue, gzipped, in bytes.
 *
 * @example
 * ```ts
 * const withinBudget = bundle.gzipBytes <= BUNDLE_GZIP_BUDGET_BYTES;
 * ```
 */
export const BUNDLE_GZIP_BUDGET_BYTES = 25_000;

/**
 * The minimal handler on this library.
 *
 * @example
 * ```ts
 * const bundle = await bundleHandler(saasusHandlerPath, { library: 'src' });
 * ```
 */
export const saasusHandlerPath = benchPath('handlers/saasus-handler.ts');

/**
 * The same handler on Powertools' parser.
 *
 * @example
 * ```ts
 * const bundle = await bundleHandler(powertoolsHandlerPath, { library: 'dist' });
 * ```
 */
export const powertoolsHandlerPath = benchPath('handlers/powertools-handler.ts');

/**
 * Bundle size of the minimal Lambda handler, minified and gzipped, against the same handler
 * written with Powertools' parser.
 *
 * @example
 * ```ts
 * const rows = await benchBundleSize();
 * ```
 */
export async function benchBundleSize(): Promise<SummaryRow[]> {
  const ours = await bundleHandler(saasusHandlerPath, { library: 'dist' });
  const powertools = await bundleHandler(powertoolsHandlerPath, { library: 'dist' });
  console.log('\n== bundle size: esbuild --bundle --minify --platform=node --format=esm --target=node20, gzip (zlib default level) ==');
  console.log(
    renderTable(
      ['handler', 'minified', 'gzipped'],
      [
        ['saasus-eventbridge parseEvent', formatBytes(ours.minifiedBytes), formatBytes(ours.gzipBytes)],
        ['powertools parser + zod', formatBytes(powertools.minifiedBytes), formatBytes(powertools.gzipBytes)],
      ],
    ),
  );
  return [
    {
      figure: 'bundle of the minimal handler, gzipped',
      measured: `${formatBytes(ours.gzipBytes)}; ${formatRatio(ours.gzipBytes / powertools.gzipBytes)} powertools (${formatBytes(powertools.gzipBytes)})`,
      target: `<= ${formatBytes(BUNDLE_GZIP_BUDGET_BYTES)}`,
      met: ours.gzipBytes <= BUNDLE_GZIP_BUDGET_BYTES,
    },
    {
      figure: 'bundle of the minimal handler, minified',
      measured: `${formatBytes(ours.minifiedBytes)}; ${formatRatio(ours.minifiedBytes / powertools.minifiedBytes)} powertools (${formatBytes(powertools.minifiedBytes)})`,
      target: '-',
      met: undefined,
    },
  ];
}

if (isMain(import.meta.url)) await runStandalone('bundle size', benchBundleSize);
