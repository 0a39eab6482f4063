import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'tinyglobby';
import { main } from '../src/cli/main.js';

const FILES = Number(process.env.BENCH_VALIDATE_FILES ?? 10_000);
const ROUNDS = Number(process.env.BENCH_VALIDATE_ROUNDS ?? 7);
const operationsDir = fileURLToPath(new URL('../fixtures/operations/', import.meta.url));

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

async function runSilently(argv: string[]): Promise<void> {
  let bytes = 0;
  const code = await main(argv, { stdout: { write: (text: string) => (bytes += text.length) }, stderr: { write: () => true, isTTY: false } });
  if (code !== 0 || bytes === 0) throw new Error(`validate exited ${code}: the generated fixtures should all be valid`);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

await benchValidateCli();
