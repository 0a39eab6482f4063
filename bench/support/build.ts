import { spawnSync } from 'node:child_process';
import { repoRoot } from './paths.js';

/**
 * Runs `npm run build` so that benchmarks measure the `dist/` a consumer installs, unless
 * `BENCH_SKIP_BUILD=1` says a parent process (`bench/run.ts`) has just built it.
 *
 * @example
 * ```ts
 * ensureBuilt();
 * ```
 */
export function ensureBuilt(): void {
  if (process.env.BENCH_SKIP_BUILD === '1') return;
  process.stderr.write('building dist/ (npm run build)...\n');
  const result = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, encoding: 'utf8', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`npm run build failed with exit code ${String(result.status)}`);
  }
}
