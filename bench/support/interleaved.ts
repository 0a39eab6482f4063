import { do_not_optimize, measure } from 'mitata';
import { cpuTimeNow } from './cpu-clock.js';
import { median, rotate } from './stats.js';

/**
 * A function to time, by name.
 *
 * @example
 * ```ts
 * const candidate: Candidate = { name: 'floor', run: () => JSON.parse(text) };
 * ```
 */
export interface Candidate {
  readonly name: string;
  readonly run: () => unknown;
}

/**
 * How long each mitata measurement lasts, and how many interleaved rounds there are.
 *
 * @example
 * ```ts
 * const options: InterleaveOptions = { rounds: 15, minCpuTimeMs: 100 };
 * ```
 */
export interface InterleaveOptions {
  readonly rounds: number;
  readonly minCpuTimeMs: number;
}

/**
 * Times candidates with mitata in interleaved rounds (every candidate once per round, in a
 * rotating order) and returns, per candidate, the median over rounds of mitata's mean CPU time
 * per call in nanoseconds. A burst of noise from another process then spoils one round of every
 * candidate rather than all rounds of one, and the median drops it; CPU time rather than wall
 * time leaves out the time the process spends waiting for a core.
 *
 * @example
 * ```ts
 * const times = await timeInterleaved([{ name: 'parse', run: () => JSON.parse(text) }], { rounds: 5, minCpuTimeMs: 300 });
 * ```
 */
export async function timeInterleaved(candidates: readonly Candidate[], options: InterleaveOptions): Promise<Map<string, number>> {
  const perRound = new Map<string, number[]>(candidates.map((candidate) => [candidate.name, []]));
  for (let round = 0; round < options.rounds; round++) {
    for (const candidate of rotate(candidates, round)) {
      const { run } = candidate;
      // Small batches keep one measurement short (mitata's default batch of 4096 calls makes
      // even its 12-sample minimum last a second for a 20 µs call), so that there is time for
      // many short rounds: short rounds spread the machine's noise evenly over the candidates.
      const stats = await measure(() => do_not_optimize(run()), {
        min_cpu_time: options.minCpuTimeMs * 1e6,
        batch_samples: 256,
        now: cpuTimeNow,
      });
      perRound.get(candidate.name)!.push(stats.avg);
    }
  }
  return new Map([...perRound].map(([name, times]) => [name, median(times)]));
}
