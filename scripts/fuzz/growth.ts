/**
 * The growth table of `npm run fuzz`: for each input dimension, the library's time at sizes n,
 * 2n, 4n, … and each ratio n → 2n. About 2 is linear; a ratio above {@link MAX_RATIO} on any
 * doubling, still there after re-measuring, fails the run.
 *
 * Times are CPU time of this process (`process.cpuUsage`), not wall time: the machine may be
 * shared, and other processes' load then changes wall time by several times, not CPU time. Each
 * time is the least of a few runs after a garbage collection (noise only ever adds time); the
 * first size is run once untimed so that compilation is not charged to it, and work too quick
 * to measure is repeated, the same number of times at every size, to take at least 25 ms.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** One row of the table: a dimension of the input and the library call measured along it. */
export interface GrowthCase {
  /** The input dimension that grows: `event size`, `nesting depth`, `batch records`, … */
  readonly dimension: string;
  /** What is measured, with N for the size. */
  readonly what: string;
  /** The sizes, each twice the one before. */
  readonly sizes: readonly number[];
  /** Builds the input of one size (not timed) and returns the work to time. */
  readonly prepare: (size: number) => () => unknown;
}

/** The ratio of a doubling above which the growth is not linear (quadratic work gives 4). */
export const MAX_RATIO = 3;
const RUNS = 3;
// Times below this are mostly timer and scheduling noise: a smaller size is run repeatedly.
const MIN_MEASURED_MS = 25;
const MAX_REPEAT = 200;
// A doubling above MAX_RATIO is measured again this many times before it fails the run.
const REMEASURE = 2;

function exposeGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

function cpuMilliseconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** One row's result. */
export interface GrowthRow {
  readonly growthCase: GrowthCase;
  readonly times: number[];
  readonly ratios: number[];
  /** Indexes of the ratios above {@link MAX_RATIO}, after re-measuring. */
  readonly failed: number[];
}

/**
 * Measures every case and prints the table, one row as soon as it is measured. Returns the rows
 * whose growth is not linear.
 *
 * @example
 * ```ts
 * const failed = await printGrowthTable(growthCases);
 * if (failed.length > 0) process.exitCode = 1;
 * ```
 */
export async function printGrowthTable(cases: readonly GrowthCase[]): Promise<GrowthRow[]> {
  const gc = exposeGc();
  const timeOnce = async (run: () => unknown): Promise<number> => {
    gc();
    const start = cpuMilliseconds();
    await run();
    return cpuMilliseconds() - start;
  };
  const timeLeast = async (run: () => unknown, runs: number): Promise<number> => {
    let least = Number.POSITIVE_INFINITY;
    for (let index = 0; index < runs; index++) least = Math.min(least, await timeOnce(run));
    return least;
  };
  /** The work repeated enough times that the smallest size takes {@link MIN_MEASURED_MS}. */
  const repeated = (run: () => unknown, times: number) => async () => {
    for (let index = 0; index < times; index++) await run();
  };

  console.log(
    `growth: CPU milliseconds (least of ${RUNS} runs) at sizes n, 2n, 4n, …, and each ratio n→2n: about 2 is linear;` +
      ` a ratio above ${MAX_RATIO} still there after ${REMEASURE} more measurements fails the run.`,
  );
  const dimensionWidth = Math.max(...cases.map((growthCase) => growthCase.dimension.length));
  const whatWidth = Math.max(...cases.map((growthCase) => growthCase.what.length));
  const rows: GrowthRow[] = [];
  for (const growthCase of cases) {
    const prepared = growthCase.sizes.map((size) => growthCase.prepare(size));
    // Once untimed (compilation), then as many times as the smallest size needs to be measurable.
    const once = await timeOnce(prepared[0]!);
    const repeat = Math.min(MAX_REPEAT, Math.max(1, Math.ceil(MIN_MEASURED_MS / Math.max(once, 0.01))));
    const runs = prepared.map((run) => repeated(run, repeat));
    const times: number[] = [];
    for (const run of runs) times.push(await timeLeast(run, RUNS));
    const ratio = (index: number) => times[index + 1]! / Math.max(times[index]!, 0.01);
    const failed: number[] = [];
    for (let index = 0; index + 1 < times.length; index++) {
      // Noise only adds time: the least of every measurement of a size is the best estimate.
      for (let attempt = 0; attempt < REMEASURE && ratio(index) > MAX_RATIO; attempt++) {
        times[index] = Math.min(times[index]!, await timeLeast(runs[index]!, RUNS));
        times[index + 1] = Math.min(times[index + 1]!, await timeLeast(runs[index + 1]!, RUNS));
      }
      if (ratio(index) > MAX_RATIO) failed.push(index);
    }
    const ratios = times.slice(1).map((_time, index) => ratio(index));
    rows.push({ growthCase, times, ratios, failed });
    console.log(formatRow(growthCase, times, ratios, failed, dimensionWidth, whatWidth));
  }
  const failedRows = rows.filter((row) => row.failed.length > 0);
  console.log(
    failedRows.length === 0
      ? `growth: ${rows.length} rows, every doubling at most ${MAX_RATIO}×`
      : `growth: ${failedRows.length} of ${rows.length} rows grow faster than linear: ${failedRows.map((row) => row.growthCase.what).join('; ')}`,
  );
  return failedRows;
}

function formatRow(growthCase: GrowthCase, times: readonly number[], ratios: readonly number[], failed: readonly number[], dimensionWidth: number, whatWidth: number): string {
  const sizes = `N=${growthCase.sizes[0]!.toLocaleString('en-US')}…${growthCase.sizes.at(-1)!.toLocaleString('en-US')}`;
  const timeText = times.map((time) => time.toFixed(1).padStart(7)).join(' ');
  const ratioText = ratios.map((value, index) => `${value.toFixed(2)}${failed.includes(index) ? '!' : ' '}`.padStart(6)).join(' ');
  return `  ${growthCase.dimension.padEnd(dimensionWidth)}  ${growthCase.what.padEnd(whatWidth)}  ${sizes.padEnd(22)} ms ${timeText}  ratios ${ratioText}`;
}

/**
 * Sizes `first`, `2 × first`, … (`count` of them).
 *
 * @example
 * ```ts
 * doublings(1_000, 4); // [1000, 2000, 4000, 8000]
 * ```
 */
export function doublings(first: number, count: number): number[] {
  return Array.from({ length: count }, (_value, index) => first * 2 ** index);
}
