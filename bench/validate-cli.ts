import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'tinyglobby';
import { main } from '../src/cli/main.js';

const FILES = Number(process.env.BENCH_VALIDATE_FILES ?? 10_000);
const ROUNDS = Number(process.env.BENCH_VALIDATE_ROUNDS ?? 7);
/** Failing events of the smaller array file; the larger one has twice as many. */
const ARRAY_EVENTS = Number(process.env.BENCH_VALIDATE_ARRAY_EVENTS ?? 10_000);
const ARRAY_ROUNDS = Number(process.env.BENCH_VALIDATE_ARRAY_ROUNDS ?? 3);
const operationsDir = fileURLToPath(new URL('../fixtures/operations/', import.meta.url));
const sampleEvent = fileURLToPath(new URL('../fixtures/samples/create_tenant.2023.object-form.json', import.meta.url));

/**
 * `saasus-eventbridge validate` on 10,000 generated fixture files, against a baseline that only
 * finds, reads (`readFileSync`, as the command does) and `JSON.parse`s the same files, timed in
 * alternating rounds in one process; prints the medians and their ratio.
 *
 * @example
 * ```ts
 * await benchValidateCli(); // npm run bench:validate
 * ```
 */
export async function benchValidateCli(): Promise<void> {
  if (FILES > 0) await benchManyFiles();
  await benchLargeArrayFile();
}

/**
 * The rows of the many small files (set `BENCH_VALIDATE_FILES=0` to skip them).
 *
 * @example
 * ```ts
 * await benchManyFiles();
 * ```
 */
export async function benchManyFiles(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'saasus-bench-validate-'));
  try {
    const files = writeFixtureFiles(folder, FILES);
    console.log(`${files} files from ${operationTemplates().length} operation fixtures in ${folder}`);
    const candidates: Record<string, () => Promise<unknown>> = {
      'baseline: glob + read + JSON.parse': () => readAndParse(folder),
      'validate --strict (text)': () => runSilently(['validate', '--strict', folder]),
      'validate --strict --format json': () => runSilently(['validate', '--strict', '--format', 'json', folder]),
    };
    // One warm-up round, not counted: module loading, JIT, the file system cache.
    for (const run of Object.values(candidates)) await run();
    const times = new Map<string, number[]>(Object.keys(candidates).map((name) => [name, []]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, run] of Object.entries(candidates)) {
        const start = performance.now();
        await run();
        times.get(name)!.push(performance.now() - start);
      }
    }
    const baseline = median(times.get('baseline: glob + read + JSON.parse')!);
    console.log(`\nmedian of ${ROUNDS} rounds, ${files} files:`);
    for (const [name, samples] of times) {
      const time = median(samples);
      const rate = Math.round(files / (time / 1000));
      console.log(`  ${name.padEnd(36)} ${time.toFixed(0).padStart(6)} ms  ${String(rate).padStart(7)} files/s  ${(time / baseline).toFixed(2)}x baseline`);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * `validate` on one pretty-printed `.json` array of n, then 2n, failing events, each reported
 * with its line: the time ratio 2n/n is about 2 when the work per event is constant (4 when it
 * grows with the events before it, as a line search from the start of the file did).
 *
 * @example
 * ```ts
 * await benchLargeArrayFile(); // the last rows of npm run bench:validate
 * ```
 */
export async function benchLargeArrayFile(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'saasus-bench-validate-array-'));
  try {
    const sizes = [ARRAY_EVENTS, 2 * ARRAY_EVENTS];
    const files = sizes.map((count) => writeFailingArray(folder, count));
    const medians: number[] = [];
    console.log(`\none .json array file of failing events (each reported with its line), median of ${ARRAY_ROUNDS} rounds:`);
    for (const [index, file] of files.entries()) {
      await runSilently(['validate', '--format', 'json', file], 1); // warm-up
      const samples: number[] = [];
      for (let round = 0; round < ARRAY_ROUNDS; round++) {
        const start = performance.now();
        await runSilently(['validate', '--format', 'json', file], 1);
        samples.push(performance.now() - start);
      }
      medians.push(median(samples));
      const count = sizes[index]!;
      const time = medians[index]!;
      console.log(`  validate, ${String(count).padStart(6)} failing events ${time.toFixed(0).padStart(8)} ms  ${(time / count).toFixed(3)} ms/event`);
    }
    const ratio = medians[1]! / medians[0]!;
    console.log(`  time ratio ${sizes[1]} / ${sizes[0]} events: ${ratio.toFixed(2)} (2.00 is linear, 4.00 quadratic)`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** An array of `count` copies of a sample event, each invalid (`time` a number), pretty-printed. */
function writeFailingArray(folder: string, count: number): string {
  const event = JSON.parse(readFileSync(sampleEvent, 'utf8')) as Record<string, unknown>;
  const events = Array.from({ length: count }, (_, index) => ({ ...event, id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`, time: index }));
  const file = join(folder, `failing-${count}.json`);
  writeFileSync(file, JSON.stringify(events, null, 2));
  return file;
}

function operationTemplates(): { api: string; name: string; text: string }[] {
  return readdirSync(operationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((api) =>
      readdirSync(join(operationsDir, api.name))
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => ({ api: api.name, name, text: readFileSync(join(operationsDir, api.name, name), 'utf8') })),
    );
}

/** Cycles through every operation's fixture, each copy with its own event id, 100 per folder. */
function writeFixtureFiles(folder: string, count: number): number {
  const templates = operationTemplates();
  for (let index = 0; index < count; index++) {
    const template = templates[index % templates.length]!;
    const event = JSON.parse(template.text) as { id: string };
    event.id = `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
    const subfolder = join(folder, template.api, String(Math.floor(index / 100)));
    mkdirSync(subfolder, { recursive: true });
    writeFileSync(join(subfolder, `${index}-${template.name}`), JSON.stringify(event, null, 2));
  }
  return count;
}

async function readAndParse(folder: string): Promise<number> {
  const files = (await glob('**/*.{json,jsonl,ndjson}', { cwd: folder, onlyFiles: true })).sort();
  for (const file of files) JSON.parse(readFileSync(join(folder, file), 'utf8'));
  return files.length;
}

async function runSilently(argv: string[], expectedCode = 0): Promise<void> {
  let bytes = 0;
  const code = await main(argv, { stdout: { write: (text: string) => (bytes += text.length) }, stderr: { write: () => true, isTTY: false } });
  if (code !== expectedCode || bytes === 0) throw new Error(`validate exited ${code}, expected ${expectedCode}`);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

await benchValidateCli();
