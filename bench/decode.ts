import { decodeWithPlainZod } from './competitors/plain-zod.js';
import { decodeWithPowertools } from './competitors/powertools.js';
import { objectFormFloor, stringFormFloor } from './competitors/floor.js';
import { brokenCreateTenantEvents, decodeEvents, stringFormCreateTenant, type BenchEvent } from './fixtures.js';
import { formatNanoseconds, formatRatio, renderTable } from './support/format.js';
import { timeInterleaved, type Candidate } from './support/interleaved.js';
import { loadBuiltLibrary } from './support/load-library.js';
import { isMain, runStandalone } from './support/standalone.js';
import type { SummaryRow } from './support/summary.js';

type Json = Record<string, unknown>;
type Decoder = (input: unknown) => unknown;

/** The decode target: `parseEvent` within this factor of the floor. */
const FLOOR_RATIO_TARGET = 1.3;

/** The decoder row of `parseEvent` without the compiled accept-only check. */
const CLOSURES_ONLY = 'parseEvent, closures only';

const ROUNDS = Number(process.env.BENCH_DECODE_ROUNDS ?? 15);
const MIN_CPU_TIME_MS = Number(process.env.BENCH_DECODE_MS ?? 100);

/**
 * Decode throughput of `parseEvent` on three events, against the floor (the `JSON.parse` calls
 * any decoder must make, or a shallow copy for the object form), `parseEvent` with code
 * generation switched off (closures only), Powertools' parser and a plain zod schema, all timed
 * in the same process in interleaved rounds.
 *
 * Timed twice. First as a Lambda meets SaaSus events: valid events whose log and envelope always
 * have the same fields, so that every decoder's property reads stay monomorphic; the targets are
 * judged on this. Then again after malformed variants of the event (fields missing, retyped)
 * went through every decoder, which is also the check that every decoder does the same work:
 * V8 then runs more general, slower code for all of them, and the figures are printed for
 * information.
 *
 * @example
 * ```ts
 * const rows = await benchDecode();
 * ```
 */
export async function benchDecode(): Promise<SummaryRow[]> {
  const { configure, parseEvent } = await loadBuiltLibrary();
  const decoders: Record<string, Decoder> = {
    parseEvent: (input) => parseEvent(input),
    // The same library with code generation switched off for the call: bodies are validated by
    // the closures alone, as under `configure({ jitless: true })` or a strict CSP.
    [CLOSURES_ONLY]: (input) => {
      configure({ jitless: true });
      try {
        return parseEvent(input);
      } finally {
        configure({ jitless: false });
      }
    },
    powertools: decodeWithPowertools,
    'plain zod': decodeWithPlainZod,
  };
  for (const [name, decode] of Object.entries(decoders)) {
    for (const benchEvent of decodeEvents) decode(benchEvent.event);
    process.stderr.write(`decode: ${name} accepts the benchmark's events\n`);
  }

  const detail: string[][] = [];
  const rows: SummaryRow[] = [];
  for (const benchEvent of decodeEvents) rows.push(...(await timeEvent(benchEvent, decoders, detail, '')));
  checkEquivalentWork(decoders);
  const afterMalformed = await timeEvent(stringFormCreateTenant, decoders, detail, ', after malformed events');
  rows.push(...afterMalformed.map((row) => ({ ...row, target: '-', met: undefined })));

  console.log(`\n== decode: median over ${ROUNDS} interleaved rounds of mitata's mean CPU time per call ==`);
  console.log(renderTable(['event', 'decoder', 'CPU time/call', 'x floor', 'x parseEvent'], detail));
  return rows;
}

async function timeEvent(benchEvent: BenchEvent, decoders: Record<string, Decoder>, detail: string[][], phase: string): Promise<SummaryRow[]> {
  const floor = floorOf(benchEvent);
  const label = `${benchEvent.name}${phase}`;
  const candidates: Candidate[] = [
    { name: 'floor', run: () => floor(benchEvent.event) },
    ...Object.entries(decoders).map(([name, decode]) => ({ name, run: () => decode(benchEvent.event) })),
  ];
  process.stderr.write(`decode: timing ${label} (${ROUNDS} rounds)...\n`);
  const times = await timeInterleaved(candidates, { rounds: ROUNDS, minCpuTimeMs: MIN_CPU_TIME_MS });
  const floorTime = times.get('floor')!;
  const ours = times.get('parseEvent')!;
  for (const [name, time] of times) {
    detail.push([label, name, formatNanoseconds(time), formatRatio(time / floorTime), formatRatio(time / ours)]);
  }
  const powertools = times.get('powertools')!;
  const plainZod = times.get('plain zod')!;
  const closuresOnly = times.get(CLOSURES_ONLY)!;
  // The object form makes no JSON.parse call: its floor (three shallow copies) is printed for
  // scale, without a target.
  const hasFloorTarget = floor === stringFormFloor;
  return [
    {
      figure: `decode ${label}: parseEvent / floor`,
      measured: `${formatRatio(ours / floorTime)} (${formatNanoseconds(ours)} vs ${formatNanoseconds(floorTime)})`,
      target: hasFloorTarget ? `<= ${FLOOR_RATIO_TARGET.toFixed(2)}x` : '-',
      met: hasFloorTarget ? ours / floorTime <= FLOOR_RATIO_TARGET : undefined,
    },
    {
      figure: `decode ${label}: parseEvent / parseEvent closures only`,
      measured: `${formatRatio(ours / closuresOnly)} (closures only ${formatNanoseconds(closuresOnly)})`,
      target: '-',
      met: undefined,
    },
    {
      figure: `decode ${label}: parseEvent / powertools`,
      measured: `${formatRatio(ours / powertools)} (powertools ${formatNanoseconds(powertools)})`,
      target: '< 1.00x',
      met: ours < powertools,
    },
    {
      figure: `decode ${label}: parseEvent / plain zod`,
      measured: `${formatRatio(ours / plainZod)} (plain zod ${formatNanoseconds(plainZod)})`,
      target: '-',
      met: undefined,
    },
  ];
}

function floorOf(benchEvent: BenchEvent): (event: Json) => unknown {
  return typeof (benchEvent.event.detail as Json).event === 'string' ? stringFormFloor : objectFormFloor;
}

/**
 * Fails the benchmark unless every decoder accepts the benchmark's events and rejects every
 * broken variant: a decoder that checks less would win for the wrong reason.
 */
function checkEquivalentWork(decoders: Record<string, Decoder>): void {
  const failures: string[] = [];
  for (const [name, decode] of Object.entries(decoders)) {
    for (const benchEvent of decodeEvents) {
      try {
        decode(benchEvent.event);
      } catch {
        failures.push(`${name} rejects the valid event "${benchEvent.name}"`);
      }
    }
    for (const broken of brokenCreateTenantEvents()) {
      let threw = false;
      try {
        decode(broken.event);
      } catch {
        threw = true;
      }
      if (!threw) failures.push(`${name} accepts an event where ${broken.name}`);
    }
  }
  if (failures.length > 0) throw new Error(`decoders do not do equivalent work:\n  ${failures.join('\n  ')}`);
}

if (isMain(import.meta.url)) await runStandalone('decode', benchDecode);
