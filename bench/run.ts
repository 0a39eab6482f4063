import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from './support/build.js';
import { benchPath, repoRoot } from './support/paths.js';
import { isMain } from './support/standalone.js';
import { renderSummary, type SummaryRow } from './support/summary.js';

/** Every benchmark, each run in its own process so that none inherits another's JIT state or heap. */
const BENCHMARKS = [
  { file: 'bundle-size.ts', exposeGc: false },
  { file: 'cold-start.ts', exposeGc: false },
  // Not with --expose-gc: mitata would then collect garbage before every measurement, a full
  // collection frees the hidden classes of the events just decoded, and V8 deoptimizes every
  // function compiled against them ("weak objects" under --trace-deopt): each measurement would
  // time a deoptimization and recompilation instead of steady decoding.
  { file: 'decode.ts', exposeGc: false },
  { file: 'memory.ts', exposeGc: true },
  { file: 'typecheck.ts', exposeGc: false },
] as const;

/**
 * Builds `dist/` once, runs every benchmark, and prints one table of every figure, its target
 * and whether it is met. Targets are reported, never enforced: the exit code says only whether
 * the benchmarks ran.
 *
 * @example
 * ```ts
 * await runAllBenchmarks();
 * ```
 */
export async function runAllBenchmarks(): Promise<void> {
  const started = performance.now();
  ensureBuilt();
  const directory = mkdtempSync(join(tmpdir(), 'saasus-bench-'));
  const rows: SummaryRow[] = [];
  try {
    for (const { file, exposeGc } of BENCHMARKS) {
      const jsonFile = join(directory, `${file}.json`);
      const args = [...(exposeGc ? ['--expose-gc'] : []), '--import', 'tsx', benchPath(file), '--json', jsonFile];
      const result = spawnSync(process.execPath, args, { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, BENCH_SKIP_BUILD: '1' } });
      if (result.status !== 0) throw new Error(`bench/${file} failed with exit code ${String(result.status)}`);
      rows.push(...(JSON.parse(readFileSync(jsonFile, 'utf8')) as SummaryRow[]));
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`\n==== saasus-eventbridge benchmarks: every figure against a baseline measured in the same run (${seconds.toFixed(0)} s) ====`);
  console.log(renderSummary(rows));
  const missed = rows.filter((row) => row.met === false).length;
  console.log(`\n${rows.filter((row) => row.met === true).length} targets met, ${missed} missed (targets are reported, not enforced)`);
}

if (isMain(import.meta.url)) await runAllBenchmarks();
