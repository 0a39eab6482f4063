import type fc from 'fast-check';

/**
 * fast-check parameters for a property test: `numRuns` scaled by `HOSTILE_RUNS_SCALE` (Stryker
 * sets a small scale to keep one mutant's test run short; raise it locally to search harder),
 * and a fixed seed when `HOSTILE_SEED` is set (to replay a failure, or for mutation testing,
 * where a mutant must be judged by the same cases every time).
 *
 * @example
 * ```ts
 * fc.assert(fc.property(validEventArb, check), propertyRuns(200));
 * ```
 */
export function propertyRuns(numRuns: number): fc.Parameters<unknown> {
  const scale = Number(process.env.HOSTILE_RUNS_SCALE ?? '1');
  const seed = process.env.HOSTILE_SEED;
  return {
    numRuns: Math.max(1, Math.round(numRuns * (Number.isFinite(scale) && scale > 0 ? scale : 1))),
    ...(seed === undefined || seed === '' ? {} : { seed: Number(seed) }),
  };
}

/**
 * A size for a "large input" test, scaled by `HOSTILE_SIZE_SCALE` (Stryker uses a small scale:
 * the outcome is the same at any size, and npm test checks the full size).
 *
 * @example
 * ```ts
 * const depth = scaledSize(100_000);
 * ```
 */
export function scaledSize(size: number): number {
  const scale = Number(process.env.HOSTILE_SIZE_SCALE ?? '1');
  return Math.max(1_000, Math.round(size * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

/**
 * The time limit of a test that runs many generated cases or megabytes of input: vitest's default
 * (5 s) is a guess about the machine, not a promise of the library (timings are never asserted;
 * `npm run fuzz` and the benchmarks measure them), and a shared CI runner can take several times
 * longer than a laptop.
 *
 * @example
 * ```ts
 * it('keeps every promise', () => { ... }, SLOW_TEST_TIMEOUT_MS);
 * ```
 */
export const SLOW_TEST_TIMEOUT_MS = 120_000;
