/**
 * The process's CPU time (user and system, all threads) in nanoseconds, microsecond resolution:
 * a clock for mitata that, unlike the wall clock, does not run while the process waits for a
 * core, so that other work on a busy machine does not count as the benchmark's. Garbage
 * collection on helper threads is CPU time of the process, so it still counts.
 *
 * @example
 * ```ts
 * const stats = await measure(() => work(), { now: cpuTimeNow });
 * ```
 */
export function cpuTimeNow(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) * 1e3;
}
