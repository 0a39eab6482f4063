import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt } from './build.js';
import { renderSummary, type SummaryRow } from './summary.js';

/**
 * Whether the module with this `import.meta.url` is the script node was started with.
 *
 * @example
 * ```ts
 * if (isMain(import.meta.url)) await runStandalone('decode', benchDecode);
 * ```
 */
export function isMain(moduleUrl: string): boolean {
  const script = process.argv[1];
  return script !== undefined && pathToFileURL(resolve(script)).href === moduleUrl;
}

/**
 * Runs one benchmark as a script: builds `dist/`, runs it, prints its summary rows, and writes
 * them as JSON to the file named by `--json <file>` (how `bench/run.ts` collects them).
 *
 * @example
 * ```ts
 * await runStandalone('bundle size', benchBundleSize);
 * ```
 */
export async function runStandalone(name: string, bench: () => Promise<SummaryRow[]>): Promise<void> {
  ensureBuilt();
  const rows = await bench();
  console.log(`\n== ${name}: summary ==\n${renderSummary(rows)}\n`);
  const jsonFlag = process.argv.indexOf('--json');
  const jsonFile = jsonFlag === -1 ? undefined : process.argv[jsonFlag + 1];
  if (jsonFile !== undefined) writeFileSync(jsonFile, JSON.stringify(rows));
}
