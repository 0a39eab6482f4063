import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { saasusHandlerPath } from './bundle-size.js';
import { decodeEvents, stringFormCreateTenant } from './fixtures.js';
import { bundleHandler } from './support/bundle.js';
import { ensureBuilt } from './support/build.js';
import { renderTable } from './support/format.js';
import { loadBuiltLibrary } from './support/load-library.js';
import { isMain } from './support/standalone.js';
import { distEntry, repoRoot } from './support/paths.js';

const PROFILE_SECONDS = Number(process.env.BENCH_PROFILE_SECONDS ?? 4);
const TOP = 15;

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/**
 * Where `parseEvent` spends its time: runs a decode loop of each benchmark event under
 * `node --cpu-prof` and prints the functions with the most self time, and the most total time,
 * as shares of the loop's samples; then profiles a cold start (import the built library, parse
 * one event) the same way.
 *
 * @example
 * ```ts
 * await profileDecode();
 * ```
 */
export async function profileDecode(): Promise<void> {
  ensureBuilt();
  for (const [index, benchEvent] of decodeEvents.entries()) {
    const { profile, stdout } = runProfiled(['--import', 'tsx', fileURLToPath(import.meta.url), '--child', String(index)]);
    // Count only the decode loop and the garbage collection it causes: the profile also covers
    // start-up and tsx.
    printProfile(`${benchEvent.name} (${stdout.trim()})`, profile, (stack) => stack.some((name) => name.startsWith('runChild ')));
  }
  await profileColdStart();
}

/**
 * Cold start, twice: the minimal handler bundled as for Lambda (identifiers kept so that the
 * profile can name them) and invoked once, then `dist/index.js` imported from the file system as
 * an unbundled deployment would, and `parseEvent` called once. Only samples in that code (and
 * garbage collection) are counted.
 */
async function profileColdStart(): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'saasus-profile-cold-'));
  try {
    const eventLine = `const event = ${JSON.stringify(stringFormCreateTenant.event)};`;
    const bundle = await bundleHandler(saasusHandlerPath, { library: 'dist', readableNames: true });
    const bundlePath = join(directory, 'handler.mjs');
    writeFileSync(bundlePath, bundle.code);
    const bundled = join(directory, 'bundled.mjs');
    writeFileSync(bundled, [eventLine, "const { handler } = await import('./handler.mjs');", 'await handler(event);', ''].join('\n'));
    const unbundled = join(directory, 'unbundled.mjs');
    writeFileSync(
      unbundled,
      [eventLine, `const { parseEvent } = await import(${JSON.stringify(pathToFileURL(distEntry).href)});`, 'parseEvent(event);', ''].join('\n'),
    );

    const runs = [
      { title: 'cold start, bundled handler: import + one call', script: bundled, code: [pathToFileURL(bundlePath).href] },
      {
        title: 'cold start, unbundled dist/index.js: import + one parseEvent',
        script: unbundled,
        code: [pathToFileURL(join(distEntry, '..')).href, pathToFileURL(join(repoRoot, 'node_modules')).href],
      },
    ];
    for (const { title, script, code } of runs) {
      const { profile } = runProfiled(['--cpu-prof-interval=50', script]);
      const inCode = (node: ProfileNode) => code.some((prefix) => node.callFrame.url.startsWith(prefix));
      printProfile(`${title} (50 µs samples)`, profile, (_stack, nodes) => nodes.some(inCode));
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function runProfiled(args: readonly string[]): { profile: CpuProfile; stdout: string } {
  const directory = mkdtempSync(join(tmpdir(), 'saasus-profile-'));
  try {
    const result = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-interval=100', `--cpu-prof-dir=${directory}`, ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, BENCH_SKIP_BUILD: '1' },
    });
    if (result.status !== 0) throw new Error(`profiled process failed:\n${result.stderr}`);
    const file = readdirSync(directory).find((name) => name.endsWith('.cpuprofile'));
    if (file === undefined) throw new Error('node wrote no .cpuprofile');
    return { profile: JSON.parse(readFileSync(join(directory, file), 'utf8')) as CpuProfile, stdout: result.stdout };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

async function runChild(eventIndex: number): Promise<void> {
  const { parseEvent } = await loadBuiltLibrary();
  const { event } = decodeEvents[eventIndex]!;
  let calls = 0;
  let sink: unknown;
  const end = performance.now() + PROFILE_SECONDS * 1000;
  while (performance.now() < end) {
    for (let batch = 0; batch < 100; batch++) sink = parseEvent(event);
    calls += 100;
  }
  // Printing a property of the last result keeps the loop from being optimised away.
  process.stdout.write(`${calls} calls in ${PROFILE_SECONDS} s, ${typeof sink}`);
}

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url === '' ? '' : ` ${basename(url)}:${lineNumber + 1}`;
  return `${functionName === '' ? '(anonymous)' : functionName}${where}`;
}

/**
 * Prints the top functions by self and total time among the samples `include` selects (given
 * the sample's stack, leaf first, as names and as nodes), plus garbage collection, which the
 * profiler records outside any stack.
 */
function printProfile(title: string, profile: CpuProfile, include: (stack: readonly string[], nodes: readonly ProfileNode[]) => boolean): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let selected = 0;
  let selectedMicroseconds = 0;
  for (const [index, sampleId] of profile.samples.entries()) {
    const nodes: ProfileNode[] = [];
    for (let id: number | undefined = sampleId; id !== undefined; id = parentOf.get(id)) nodes.push(byId.get(id)!);
    const stack = nodes.map(frameName);
    if (stack[0] !== '(garbage collector)' && !include(stack, nodes)) continue;
    selected++;
    // timeDeltas[index + 1] is the time from this sample to the next: how long it stood for.
    selectedMicroseconds += profile.timeDeltas[index + 1] ?? 0;
    const leaf = stack[0]!;
    self.set(leaf, (self.get(leaf) ?? 0) + 1);
    for (const name of new Set(stack)) total.set(name, (total.get(name) ?? 0) + 1);
  }
  const top = (counts: Map<string, number>) =>
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(([name, count]) => [`${((100 * count) / selected).toFixed(1)}%`, name]);
  console.log(`\n== profile: ${title}; ${selected} samples selected (GC included), about ${(selectedMicroseconds / 1000).toFixed(1)} ms ==`);
  console.log('self time (share of selected samples):');
  console.log(renderTable(['share', 'function'], top(self)));
  console.log('total time, callees included:');
  console.log(renderTable(['share', 'function'], top(total)));
}

if (isMain(import.meta.url)) {
  const childFlag = process.argv.indexOf('--child');
  if (childFlag === -1) await profileDecode();
  else await runChild(Number(process.argv[childFlag + 1]));
}
