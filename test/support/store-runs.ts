import type fc from 'fast-check';

/**
 * fast-check parameters for the store tests (test/*.store.test.ts): `numRuns` scaled by
 * `STORE_RUNS_SCALE` (npm test keeps the runs short; `STORE_RUNS_SCALE=20 npx vitest run store`
 * searches harder), and a fixed seed when `STORE_SEED` is set (to replay a failure). A failure is
 * reported as found: shrinking costs many database round trips and would outlast the test's
 * timeout; set `STORE_SHRINK=1` (with the seed) to shrink it.
 *
 * @example
 * ```ts
 * await fc.assert(fc.asyncProperty(tenantHistoryArb(), check), storeRuns(20));
 * ```
 */
export function storeRuns(numRuns: number): fc.Parameters<unknown> {
  const scale = Number(process.env.STORE_RUNS_SCALE ?? '1');
  const seed = process.env.STORE_SEED;
  return {
    numRuns: Math.max(1, Math.round(numRuns * (Number.isFinite(scale) && scale > 0 ? scale : 1))),
    ...(seed === undefined || seed === '' ? {} : { seed: Number(seed) }),
    endOnFailure: process.env.STORE_SHRINK !== '1',
  };
}

/** A test timeout that grows with `STORE_RUNS_SCALE`: the engines are slow on a busy machine. */
export function storeTimeout(milliseconds: number): number {
  const scale = Number(process.env.STORE_RUNS_SCALE ?? '1');
  return Math.round(milliseconds * Math.max(1, Number.isFinite(scale) ? scale : 1));
}
