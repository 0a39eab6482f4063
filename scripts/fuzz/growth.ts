/**
 * The growth table of `npm run fuzz`: for each input dimension, the library's time at sizes n,
 * 2n, 4n, … and each ratio n → 2n. About 2 is linear; a ratio above {@link MAX_RATIO} on any
 * doubling, still there after re-measuring, fails the run, unless the JSON engine alone on the
 * same input grows nearly as fast there (the engine's step, not the library's).
 *
 * Times are CPU time of this process (`process.cpuUsage`), not wall time: the machine may be
 * shared, and other processes' load then changes wall time by several times, not CPU time
 * (the collector's and compiler's helper threads still count). Each time is the median of a few
 * runs, each after a garbage collection; the first size is run once untimed so that compilation
 * is not charged to it, and work too quick to measure is repeated, the same number of times at
 * every size, to take at least 15 ms.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The work one size of a case times, and its baseline. */
export interface PreparedRun {
  readonly run: () => unknown;
  /**
   * The JSON engine's own work on the same input (`JSON.parse` of the texts the work reads, or
   * `JSON.stringify` of what it writes), timed at the same sizes. A doubling that
   * costs more than {@link MAX_RATIO} times only fails the run when it also grows
   * {@link MAX_EXCESS} times faster than the baseline's: the engine's own steps (its JSON parser
   * on deeply nested text has some) are not the library's.
   */
  readonly baseline?: () => unknown;
}

/** One row of the table: a dimension of the input and the library call measured along it. */
export interface GrowthCase {
  /** The input dimension that grows: `event size`, `nesting depth`, `batch records`, … */
  readonly dimension: string;
  /** What is measured, with N for the size. */
  readonly what: string;
  /** The sizes, each twice the one before. */
  readonly sizes: readonly number[];
  /** Builds the input of one size (not timed) and returns the work to time. */
  readonly prepare: (size: number) => PreparedRun;
}

/** The ratio of a doubling above which the growth is not linear (quadratic work gives 4). */
export const MAX_RATIO = 3;
/** How much faster than its baseline's a doubling above {@link MAX_RATIO} must grow to fail. */
export const MAX_EXCESS = 1.5;
const RUNS = 3;
// Times below this are mostly timer and scheduling noise: a smaller size is run repeatedly.
const MIN_MEASURED_MS = 15;
const MAX_REPEAT = 200;
// A suspicious doubling is measured again this many times before it fails the run.
const REMEASURE = 2;

function exposeGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function cpuMilliseconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** One row's result. */
export interface GrowthRow {
  readonly growthCase: GrowthCase;
  readonly times: readonly number[];
  readonly ratios: readonly number[];
  /** The ratios of the baseline (`JSON.parse` of the same texts), when the case has one. */
  readonly baselineRatios: readonly number[] | undefined;
  /** Indexes of the doublings that grow faster than linear, after re-measuring. */
  readonly failed: readonly number[];
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
  const timeOnce = async (work: () => unknown, repeat: number): Promise<number> => {
    gc();
    const start = cpuMilliseconds();
    for (let index = 0; index < repeat; index++) await work();
    return cpuMilliseconds() - start;
  };
  const sample = async (work: () => unknown, repeat: number): Promise<number[]> => {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) times.push(await timeOnce(work, repeat));
    return times;
  };
  /** How many times work must be repeated to take {@link MIN_MEASURED_MS}, after a first, untimed run. */
  const repetitions = async (work: () => unknown): Promise<number> => {
    await work();
    const once = median(await sample(work, 1));
    return Math.min(MAX_REPEAT, Math.max(1, Math.ceil(MIN_MEASURED_MS / Math.max(once, 0.01))));
  };

  console.log(
    `growth: CPU milliseconds (median of ${RUNS} runs, of all runs after re-measuring) at sizes n, 2n, 4n, …, each ratio n→2n (about 2 is linear), and the ratios of a` +
      ' baseline: the JSON engine alone on the same input (JSON.parse of its JSON texts; JSON.stringify of an object to log).' +
      ` A ratio above ${MAX_RATIO} and ${MAX_EXCESS} times the baseline's, still there after ${REMEASURE} more measurements, fails the run.`,
  );
  const dimensionWidth = Math.max(...cases.map((growthCase) => growthCase.dimension.length));
  const whatWidth = Math.max(...cases.map((growthCase) => growthCase.what.length));
  const rows: GrowthRow[] = [];
  for (const growthCase of cases) {
    const { sizes } = growthCase;
    // One size's input is alive at a time: a heap holding the others would slow the collector.
    const first = growthCase.prepare(sizes[0]!);
    const repeat = await repetitions(first.run);
    const baselineRepeat = first.baseline === undefined ? undefined : await repetitions(first.baseline);
    // Every sample of a size is kept; its time is their median, which one odd run cannot move.
    const samples: number[][] = sizes.map(() => []);
    const baselineSamples: number[][] = sizes.map(() => []);
    const times: number[] = [];
    const baselineTimes: number[] = [];
    const measure = async (index: number) => {
      const prepared = index === 0 ? first : growthCase.prepare(sizes[index]!);
      samples[index]!.push(...(await sample(prepared.run, repeat)));
      times[index] = median(samples[index]!);
      if (prepared.baseline !== undefined && baselineRepeat !== undefined) {
        baselineSamples[index]!.push(...(await sample(prepared.baseline, baselineRepeat)));
        baselineTimes[index] = median(baselineSamples[index]!);
      }
    };
    for (let index = 0; index < sizes.length; index++) await measure(index);
    const ratio = (series: readonly number[], index: number) => series[index + 1]! / Math.max(series[index]!, 0.01);
    const tooFast = (index: number) =>
      ratio(times, index) > MAX_RATIO && (baselineRepeat === undefined || ratio(times, index) > MAX_EXCESS * ratio(baselineTimes, index));
    const failed: number[] = [];
    for (let index = 0; index + 1 < sizes.length; index++) {
      for (let attempt = 0; attempt < REMEASURE && tooFast(index); attempt++) {
        await measure(index);
        await measure(index + 1);
      }
      if (tooFast(index)) failed.push(index);
    }
    const ratiosOf = (series: readonly number[]) => sizes.slice(1).map((_size, index) => ratio(series, index));
    const row: GrowthRow = {
      growthCase,
      times,
      ratios: ratiosOf(times),
      baselineRatios: baselineRepeat === undefined ? undefined : ratiosOf(baselineTimes),
      failed,
    };
    rows.push(row);
    console.log(formatRow(row, dimensionWidth, whatWidth));
  }
  const failedRows = rows.filter((row) => row.failed.length > 0);
  console.log(
    failedRows.length === 0
      ? `growth: ${rows.length} rows, no doubling above ${MAX_RATIO}× and ${MAX_EXCESS}× the baseline's`
      : `growth: ${failedRows.length} of ${rows.length} rows grow faster than linear: ${failedRows.map((row) => row.growthCase.what).join('; ')}`,
  );
  return failedRows;
}

function formatRow({ growthCase, times, ratios, baselineRatios, failed }: GrowthRow, dimensionWidth: number, whatWidth: number): string {
  const sizes = `N=${growthCase.sizes[0]!.toLocaleString('en-US')}…${growthCase.sizes.at(-1)!.toLocaleString('en-US')}`;
  const timeText = times.map((time) => time.toFixed(1).padStart(7)).join(' ');
  const ratioText = ratios.map((value, index) => `${value.toFixed(2)}${failed.includes(index) ? '!' : ' '}`.padStart(6)).join(' ');
  const baselineText = baselineRatios === undefined ? '' : `  baseline ${baselineRatios.map((value) => value.toFixed(2).padStart(5)).join(' ')}`;
  return `  ${growthCase.dimension.padEnd(dimensionWidth)}  ${growthCase.what.padEnd(whatWidth)}  ${sizes.padEnd(21)} ms ${timeText}  ratios ${ratioText}${baselineText}`;
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
