import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { allFixtureEvents } from './fixtures.js';
import { formatBytes, renderTable } from './support/format.js';
import { loadBuiltLibrary } from './support/load-library.js';
import { isMain, runStandalone } from './support/standalone.js';
import { repoRoot } from './support/paths.js';
import type { SummaryRow } from './support/summary.js';

/** When the heap is measured, in events parsed; growth is judged from the first checkpoint on. */
const CHECKPOINTS = [10_000, 50_000, 100_000] as const;

/** Heap growth per event, from the first to the last checkpoint, still counted as flat. */
const GROWTH_TARGET_BYTES_PER_EVENT = 1;

type Json = Record<string, unknown>;

/**
 * Memory: heap in use, after full garbage collection, at 10k, 50k and 100k parsed events. The
 * events cycle through every fixture (many operations, both forms), each with a fresh envelope
 * `id`, so that a cache keyed by event, operation or id would show as growth.
 *
 * @example
 * ```ts
 * const rows = await benchMemory(); // needs node --expose-gc
 * ```
 */
export async function benchMemory(): Promise<SummaryRow[]> {
  const collect = globalThis.gc;
  if (collect === undefined) throw new Error('run with node --expose-gc');
  const { safeParseEvent } = await loadBuiltLibrary();
  const events = allFixtureEvents().map((fixture) => fixture.event);

  const heapAt = new Map<number, number>();
  let parsed = 0;
  let failures = 0;
  let last: unknown;
  for (const checkpoint of CHECKPOINTS) {
    for (; parsed < checkpoint; parsed++) {
      const event: Json = { ...events[parsed % events.length]!, id: `event-${parsed}` };
      const result = safeParseEvent(event);
      if (!result.success) failures++;
      last = result;
    }
    heapAt.set(checkpoint, settledHeapUsed(collect));
  }

  const [first, , lastCheckpoint] = CHECKPOINTS;
  const growth = (heapAt.get(lastCheckpoint)! - heapAt.get(first)!) / (lastCheckpoint - first);
  console.log(`\n== memory: heapUsed after gc, ${events.length} fixtures cycled, ${failures} of ${parsed} rejected ==`);
  console.log(
    renderTable(
      ['events parsed', 'heapUsed', `growth since ${first}`],
      CHECKPOINTS.map((checkpoint) => [
        String(checkpoint),
        formatBytes(heapAt.get(checkpoint)!),
        `${((heapAt.get(checkpoint)! - heapAt.get(first)!) / Math.max(1, checkpoint - first)).toFixed(3)} B/event`,
      ]),
    ),
  );
  if (last === undefined) throw new Error('no event was parsed');
  return [
    {
      figure: `memory: heap growth from ${first} to ${lastCheckpoint} events`,
      measured: `${growth.toFixed(3)} B/event (${formatBytes(heapAt.get(lastCheckpoint)! - heapAt.get(first)!)} in total)`,
      target: `< ${GROWTH_TARGET_BYTES_PER_EVENT} B/event (flat)`,
      met: growth < GROWTH_TARGET_BYTES_PER_EVENT,
    },
  ];
}

/** Heap in use after garbage collection has nothing left to free. */
function settledHeapUsed(collect: () => void): number {
  for (let pass = 0; pass < 4; pass++) collect();
  return process.memoryUsage().heapUsed;
}

if (isMain(import.meta.url)) {
  if (globalThis.gc === undefined) {
    // Started without --expose-gc (plain `tsx bench/memory.ts`): run again with it.
    const script = fileURLToPath(import.meta.url);
    const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, ...process.argv.slice(2)], { cwd: repoRoot, stdio: 'inherit' });
    process.exitCode = result.status ?? 1;
  } else {
    await runStandalone('memory', benchMemory);
  }
}
