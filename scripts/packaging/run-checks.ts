/** A named check: resolves to a one-line summary, rejects with what went wrong. */
export interface Check {
  readonly name: string;
  /** Why the check cannot run yet; `undefined` when it can. */
  readonly skipReason?: (() => string | undefined) | undefined;
  readonly run: () => Promise<string>;
}

/** How many checks passed, failed and were skipped. */
export interface ChecksOutcome {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
}

/**
 * Runs checks, `concurrency` at a time (they mostly wait on child processes), and prints one
 * line per check as it ends, with the error under a failed one.
 *
 * @example
 * ```ts
 * const outcome = await runChecks([{ name: 'always', run: async () => 'fine' }], 2);
 * ```
 */
export async function runChecks(checks: readonly Check[], concurrency: number): Promise<ChecksOutcome> {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const queue = [...checks];
  const worker = async (): Promise<void> => {
    for (let check = queue.shift(); check !== undefined; check = queue.shift()) {
      const skipReason = check.skipReason?.();
      if (skipReason !== undefined) {
        counts.skipped++;
        console.log(`  skip  ${check.name}: ${skipReason}`);
        continue;
      }
      const started = performance.now();
      try {
        const summary = await check.run();
        counts.passed++;
        console.log(`  ok    ${check.name}: ${summary.replace(/\n/g, '; ')} (${seconds(started)})`);
      } catch (error) {
        counts.failed++;
        const message = error instanceof Error ? error.message : String(error);
        console.log(`  FAIL  ${check.name} (${seconds(started)})\n${message.replace(/^/gm, '        ')}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return counts;
}

function seconds(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}
