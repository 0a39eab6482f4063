import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { powertoolsHandlerPath, saasusHandlerPath } from './bundle-size.js';
import { stringFormCreateTenant } from './fixtures.js';
import { bundleHandler } from './support/bundle.js';
import { formatNanoseconds, formatRatio, renderTable } from './support/format.js';
import { isMain, runStandalone } from './support/standalone.js';
import { median, rotate } from './support/stats.js';
import type { SummaryRow } from './support/summary.js';

/** The cold-start target: a process running the handler within this factor of an empty one. */
const COLD_START_RATIO_TARGET = 1.1;

const RUNS = Number(process.env.BENCH_COLD_START_RUNS ?? 40);
const WARMUP_RUNS = 3;
const PHASE_RUNS = 10;

interface Variant {
  readonly name: string;
  readonly args: readonly string[];
}

/**
 * Cold start: wall time of a fresh `node` process that imports a bundled handler and parses one
 * event, against a process that loads an empty ES module, and against the same handler on
 * Powertools' parser. Runs are interleaved (every variant once per run, in a rotating order);
 * the figure is the median.
 *
 * @example
 * ```ts
 * const rows = await benchColdStart();
 * ```
 */
export async function benchColdStart(): Promise<SummaryRow[]> {
  const directory = mkdtempSync(join(tmpdir(), 'saasus-cold-start-'));
  try {
    const variants: Variant[] = [
      { name: 'empty ES module', args: [writeFile(directory, 'empty.mjs', '')] },
      { name: 'node -e 0', args: ['-e', '0'] },
      { name: 'saasus-eventbridge handler', args: [await writeInvocation(directory, 'saasus', saasusHandlerPath)] },
      { name: 'powertools handler', args: [await writeInvocation(directory, 'powertools', powertoolsHandlerPath)] },
    ];
    const times = new Map<string, number[]>(variants.map((variant) => [variant.name, []]));
    process.stderr.write(`cold start: ${RUNS} interleaved runs of ${variants.length} processes...\n`);
    for (let run = 0; run < WARMUP_RUNS + RUNS; run++) {
      for (const variant of rotate(variants, run)) {
        const elapsed = timeProcess(variant);
        if (run >= WARMUP_RUNS) times.get(variant.name)!.push(elapsed);
      }
    }

    const medians = new Map([...times].map(([name, samples]) => [name, median(samples)]));
    const empty = medians.get('empty ES module')!;
    const ours = medians.get('saasus-eventbridge handler')!;
    const powertools = medians.get('powertools handler')!;
    console.log(`\n== cold start: median wall time of ${RUNS} fresh node processes each ==`);
    // The minimum is printed beside the median: on a busy machine it is the better estimate of
    // the uncontended cost, while the median is the figure the target is judged on.
    const emptyMin = Math.min(...times.get('empty ES module')!);
    console.log(
      renderTable(
        ['process', 'median', 'x empty (median)', 'min', 'x empty (min)'],
        [...times].map(([name, samples]) => [
          name,
          formatNanoseconds(medians.get(name)!),
          formatRatio(medians.get(name)! / empty),
          formatNanoseconds(Math.min(...samples)),
          formatRatio(Math.min(...samples) / emptyMin),
        ]),
      ),
    );
    console.log(`\n== cold start: inside the handler processes, median of ${PHASE_RUNS} more runs ==`);
    console.log(
      renderTable(
        ['process', 'import the bundle', 'first call (one parse)'],
        variants
          .filter((variant) => variant.name.endsWith('handler'))
          .map((variant) => {
            const phases = measurePhases(variant);
            return [variant.name, `${phases.import.toFixed(2)} ms`, `${phases.firstCall.toFixed(2)} ms`];
          }),
      ),
    );
    return [
      {
        figure: 'cold start: handler process / empty node process',
        measured: `${formatRatio(ours / empty)} (${formatNanoseconds(ours)} vs ${formatNanoseconds(empty)})`,
        target: `<= ${COLD_START_RATIO_TARGET.toFixed(2)}x`,
        met: ours / empty <= COLD_START_RATIO_TARGET,
      },
      {
        figure: 'cold start: handler process / powertools handler process',
        measured: `${formatRatio(ours / powertools)} (powertools ${formatNanoseconds(powertools)}, ${formatRatio(powertools / empty)} empty)`,
        target: '-',
        met: undefined,
      },
    ];
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function writeFile(directory: string, name: string, text: string): string {
  const path = join(directory, name);
  writeFileSync(path, text);
  return path;
}

/**
 * Writes the handler's bundle and a module that invokes it once with the published string-form
 * `create_tenant` event (inlined, so that no file is read), failing the process unless the
 * handler returned the tenant's id.
 */
async function writeInvocation(directory: string, name: string, handlerPath: string): Promise<string> {
  const bundle = await bundleHandler(handlerPath, { library: 'dist' });
  writeFile(directory, `${name}-handler.mjs`, bundle.code);
  return writeFile(
    directory,
    `${name}-invoke.mjs`,
    [
      `const event = ${JSON.stringify(stringFormCreateTenant.event)};`,
      'const start = performance.now();',
      `const { handler } = await import('./${name}-handler.mjs');`,
      'const imported = performance.now();',
      'const result = await handler(event);',
      'const handled = performance.now();',
      "if (typeof result !== 'string') process.exitCode = 1;",
      "if (process.env.BENCH_REPORT_PHASES === '1') console.log(JSON.stringify({ import: imported - start, firstCall: handled - imported }));",
      '',
    ].join('\n'),
  );
}

function timeProcess(variant: Variant): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, variant.args, { stdio: 'ignore' });
  const elapsed = Number(process.hrtime.bigint() - start);
  if (result.status !== 0) {
    const rerun = spawnSync(process.execPath, variant.args, { encoding: 'utf8' });
    throw new Error(`${variant.name} exited with ${String(result.status)}:\n${rerun.stderr}`);
  }
  return elapsed;
}

/**
 * How long importing the bundle and the first call take inside a handler process (medians),
 * as the process itself reports them: the share of the cold start that is the library's.
 */
function measurePhases(variant: Variant): { import: number; firstCall: number } {
  const samples: { import: number; firstCall: number }[] = [];
  for (let run = 0; run < PHASE_RUNS; run++) {
    const result = spawnSync(process.execPath, variant.args, { encoding: 'utf8', env: { ...process.env, BENCH_REPORT_PHASES: '1' } });
    if (result.status !== 0) throw new Error(`${variant.name} exited with ${String(result.status)}:\n${result.stderr}`);
    samples.push(JSON.parse(result.stdout) as { import: number; firstCall: number });
  }
  return { import: median(samples.map((sample) => sample.import)), firstCall: median(samples.map((sample) => sample.firstCall)) };
}

if (isMain(import.meta.url)) await runStandalone('cold start', benchColdStart);
