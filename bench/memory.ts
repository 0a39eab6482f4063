import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { allFixtureEvents } from './fixtures.js';
import { formatBytes, renderTable } from './support/format.js';
import { loadBuiltLibrary } from './support/load-library.js';
import { isMain, runStandalone } from './support/standalone.js';
import { repoRoot } from './support/paths.js';
import type { SummaryRow } from './support/summary.js';

/**
 * Events parsed before the first checkpoint: every fixture 250 times (about 55,000 events). The
 * heap grows once while the catalogue is parsed, each schema's validator is compiled to generated
 * code on its 50th use, and V8 optimizes the code; it is flat afterwards. The one-time cost is
 * printed for information.
 */
const WARMUP_CYCLES = 250;

/** When the heap is measured, in events parsed after the warm-up; growth is judged from the first on. */
const CHECKPOINTS = [0, 50_000, 100_000] as const;

/** Heap growth per event, from the first to the last checkpoint, still counted as flat. */
const GROWTH_TARGET_BYTES_PER_EVENT = 1;

type Json = Record<string, unknown>;

/**
 * Memory: heap in use, after full garbage collection, after a warm-up and then at 50k and 100k
 * more parsed events. The
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

  let failures = 0;
  let last: unknown;
  const parse = (index: number) => {
    const event: Json = { ...events[index % events.length]!, id: `event-${index}` };
    const result = safeParseEvent(event);
    if (!result.success) failures++;
    last = result;
  };

  const warmup = events.length * WARMUP_CYCLES;
  const beforeWarmup = settledHeapUsed(collect);
  for (let index = 0; index < warmup; index++) parse(index);
  const heapAt = new Map<number, number>();
  let parsed = 0;
  for (const checkpoint of CHECKPOINTS) {
    for (; parsed < checkpoint; parsed++) parse(warmup + parsed);
    heapAt.set(checkpoint, settledHeapUsed(collect));
  }

  const [first, , lastCheckpoint] = CHECKPOINTS;
  const growth = (heapAt.get(lastCheckpoint)! - heapAt.get(first)!) / (lastCheckpoint - first);
  console.log(`\n== memory: heapUsed after gc, ${events.length} fixtures cycled, ${failures} of ${warmup + parsed} rejected ==`);
  console.log(`warm-up of ${warmup} events (validators compiled, catalogue parsed): ${formatBytes(heapAt.get(0)! - beforeWarmup)} once`);
  console.log(
    renderTable(
      ['events parsed after the warm-up', 'heapUsed', `growth since ${first}`],
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
      figure: `memory: heap growth over ${lastCheckpoint - first} events after a warm-up`,
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
