import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatRatio, renderTable } from './support/format.js';
import { catalogueOperations } from '../src/catalogue/catalogue.js';
import { distTypes, repoRoot } from './support/paths.js';
import { isMain, runStandalone } from './support/standalone.js';
import { median, rotate } from './support/stats.js';
import type { SummaryRow } from './support/summary.js';

/** The type-check target: the typed consumer within this factor of the `any` consumer. */
const TYPECHECK_RATIO_TARGET = 3;

const RUNS = Number(process.env.BENCH_TYPECHECK_RUNS ?? 3);
const TSC = join(repoRoot, 'node_modules/typescript/bin/tsc');

interface Consumer {
  readonly name: string;
  readonly project: string;
}

interface Diagnostics {
  readonly checkSeconds: number;
  readonly totalSeconds: number;
  readonly instantiations: number;
  readonly memoryKilobytes: number;
}

/**
 * Type-check cost for a consumer: `tsc --noEmit --extendedDiagnostics` of a handler that
 * switches over every canonical event type of the catalogue (one case per name, each case
 * reading its response body), against the same switch over `EventBridgeEvent<string, any>` from
 * `@types/aws-lambda`. The consumer reads the built declarations (`dist/index.d.ts`) as an
 * installed package would.
 *
 * @example
 * ```ts
 * const rows = await benchTypecheck();
 * ```
 */
export async function benchTypecheck(): Promise<SummaryRow[]> {
  // One case per operation: `event_type` holds the canonical name, whichever spelling arrived.
  const eventTypes = [...new Set(catalogueOperations().map((operation) => operation.eventTypes[0]))];
  // Inside the repository, so that the declarations' own imports (zod) resolve from its
  // node_modules; under node_modules/.cache, so that no project tsconfig includes the files.
  const cache = join(repoRoot, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const directory = mkdtempSync(join(cache, 'saasus-bench-typecheck-'));
  try {
    // A snapshot of the declarations: another build of dist/ during the tsc runs must not matter.
    cpSync(join(distTypes, '..'), join(directory, 'dist'), { recursive: true, filter: (source) => !/\.(c?js|map)$/.test(source) });
    const consumers: Consumer[] = [
      writeConsumer(directory, 'saasus', typedConsumer(eventTypes)),
      writeConsumer(directory, 'any', anyConsumer(eventTypes)),
      // One case shows the fixed cost of reading the declarations, apart from the per-case cost.
      writeConsumer(directory, 'saasus-one-case', typedConsumer(['create_tenant'])),
    ];
    const runs = new Map<string, Diagnostics[]>(consumers.map((consumer) => [consumer.name, []]));
    process.stderr.write(`typecheck: ${RUNS} interleaved tsc runs of ${consumers.length} consumers (${eventTypes.length} cases)...\n`);
    for (let run = 0; run < RUNS; run++) {
      for (const consumer of rotate(consumers, run)) runs.get(consumer.name)!.push(runTsc(consumer));
    }

    const summary = (name: string) => {
      const list = runs.get(name)!;
      return {
        check: median(list.map((entry) => entry.checkSeconds)),
        total: median(list.map((entry) => entry.totalSeconds)),
        instantiations: list[0]!.instantiations,
        memory: median(list.map((entry) => entry.memoryKilobytes)),
      };
    };
    const typed = summary('saasus');
    const untyped = summary('any');
    const oneCase = summary('saasus-one-case');
    console.log(`\n== typecheck: tsc --noEmit --extendedDiagnostics, median of ${RUNS} runs ==`);
    console.log(
      renderTable(
        ['consumer', 'total time', 'check time', 'instantiations', 'memory'],
        [
          ['switch over SaasusEvent (saasus-eventbridge)', `${typed.total.toFixed(2)} s`, `${typed.check.toFixed(2)} s`, String(typed.instantiations), `${Math.round(typed.memory / 1024)} MB`],
          ['switch over EventBridgeEvent<string, any>', `${untyped.total.toFixed(2)} s`, `${untyped.check.toFixed(2)} s`, String(untyped.instantiations), `${Math.round(untyped.memory / 1024)} MB`],
          ['SaasusEvent, one case only', `${oneCase.total.toFixed(2)} s`, `${oneCase.check.toFixed(2)} s`, String(oneCase.instantiations), `${Math.round(oneCase.memory / 1024)} MB`],
        ],
      ),
    );
    return [
      {
        figure: 'type-check: typed consumer / any consumer, tsc total time',
        measured: `${formatRatio(typed.total / untyped.total)} (${typed.total.toFixed(2)} s vs ${untyped.total.toFixed(2)} s)`,
        target: `<= ${TYPECHECK_RATIO_TARGET.toFixed(2)}x`,
        met: typed.total / untyped.total <= TYPECHECK_RATIO_TARGET,
      },
      {
        figure: 'type-check: typed consumer / any consumer, tsc check time',
        measured: `${formatRatio(typed.check / untyped.check)} (${typed.check.toFixed(2)} s vs ${untyped.check.toFixed(2)} s)`,
        target: '-',
        met: undefined,
      },
    ];
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** A handler on this library: narrow to known events, then one case per event type. */
function typedConsumer(eventTypes: readonly string[]): string {
  return [
    "import { isKnownEventType, parseEvent } from 'saasus-eventbridge';",
    '',
    'declare function touch<Value>(value: Value): Value;',
    '',
    'export const handler = async (input: unknown): Promise<void> => {',
    '  const event = parseEvent(input);',
    '  if (!isKnownEventType(event)) return;',
    '  switch (event.detail.event_type) {',
    ...cases(eventTypes),
    '  }',
    '};',
    '',
  ].join('\n');
}

/** The same handler on the untyped event of `@types/aws-lambda`. */
function anyConsumer(eventTypes: readonly string[]): string {
  return [
    "import type { EventBridgeEvent } from 'aws-lambda';",
    '',
    'declare function touch<Value>(value: Value): Value;',
    '',
    'export const handler = async (event: EventBridgeEvent<string, any>): Promise<void> => {',
    '  switch (event.detail.event_type) {',
    ...cases(eventTypes),
    '  }',
    '};',
    '',
  ].join('\n');
}

function cases(eventTypes: readonly string[]): string[] {
  return eventTypes.flatMap((eventType) => [
    `    case ${JSON.stringify(eventType)}: {`,
    '      touch(event.detail.event.response_body);',
    '      break;',
    '    }',
  ]);
}

/**
 * Writes a consumer and its tsconfig: a bundled Lambda project's usual settings, the library
 * resolved to the snapshot of the built declarations, `aws-lambda` to its installed types.
 */
function writeConsumer(directory: string, name: string, source: string): Consumer {
  const file = join(directory, `${name}-consumer.ts`);
  writeFileSync(file, source);
  const project = join(directory, `tsconfig.${name}.json`);
  const tsconfig = {
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2022'],
      module: 'ESNext',
      moduleResolution: 'Bundler',
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
      paths: { 'saasus-eventbridge': [join(directory, 'dist/index.d.ts')] },
    },
    files: [file],
  };
  writeFileSync(project, JSON.stringify(tsconfig, null, 2));
  return { name, project };
}

function runTsc(consumer: Consumer): Diagnostics {
  const result = spawnSync(process.execPath, [TSC, '-p', consumer.project, '--extendedDiagnostics'], { cwd: repoRoot, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`tsc failed on the ${consumer.name} consumer:\n${result.stdout.slice(0, 4000)}`);
  const field = (label: string) => {
    const match = new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(result.stdout);
    if (match === null) throw new Error(`tsc printed no "${label}"`);
    return Number(match[1]);
  };
  return {
    checkSeconds: field('Check time'),
    totalSeconds: field('Total time'),
    instantiations: field('Instantiations'),
    memoryKilobytes: field('Memory used'),
  };
}

if (isMain(import.meta.url)) await runStandalone('typecheck', benchTypecheck);
