/**
 * Fuzzes the decoder and the redaction: `npm run fuzz` runs 100,000 generated cases (or `--cases
 * N`, or the `FUZZ_CASES` environment variable), checks every promise of
 * `test/hostile/invariants.ts` on each (and, on events with secrets planted under secret keys
 * and their JSON broken, that `redactEvent` leaves none in sight), prints `fuzz: N cases, N
 * failed`, and exits 1 on any failure. `--seed S` (or `FUZZ_SEED`) replays a run.
 *
 * Then it prints the growth table (scripts/fuzz/growth.ts): for every input dimension, the time
 * at sizes n, 2n, 4n, 8n and each ratio n→2n; the run exits 1 where a doubling costs more than
 * three times as much, measured again before failing. `--no-growth` skips that part.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { redactEvent, safeParseEvent } from '../src/index.js';
import {
  arbitraryInputArb,
  extendedEventArb,
  getAt,
  mutatedEventArb,
  paddedEventArb,
  prototypeEventArb,
  secretTexts,
  validEventArb,
} from '../test/support/arbitraries.js';
import { InvariantError, checkDecoding } from '../test/hostile/invariants.js';
import { secretEventArb, secretParts, textsOf } from '../test/support/secret-events.js';
import { printGrowthTable } from './fuzz/growth.js';
import { growthCases } from './fuzz/growth-cases.js';

interface Options {
  readonly cases: number;
  readonly seed: number;
  readonly growth: boolean;
}

function readOptions(argv: readonly string[]): Options {
  const valueOf = (flag: string): string | undefined => {
    const index = argv.indexOf(flag);
    return index === -1 ? undefined : argv[index + 1];
  };
  const cases = Number(valueOf('--cases') ?? process.env.FUZZ_CASES ?? 100_000);
  const seed = Number(valueOf('--seed') ?? process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
  if (!Number.isInteger(cases) || cases < 1) throw new RangeError('--cases must be a positive integer');
  if (!Number.isInteger(seed)) throw new RangeError('--seed must be an integer');
  return { cases, seed, growth: !argv.includes('--no-growth') };
}

/** One generated case: a label and the check to run. */
interface FuzzCase {
  readonly kind: string;
  readonly describe: () => string;
  readonly run: () => void;
}

function expect(condition: boolean, message: string): void {
  if (!condition) throw new InvariantError(message);
}

const caseArb: fc.Arbitrary<FuzzCase> = fc.oneof(
  {
    weight: 10,
    arbitrary: mutatedEventArb.map((event) => ({
      kind: 'mutated event',
      describe: () => `${event.fixture}, mutations ${JSON.stringify(event.mutations).slice(0, 300)}, text ${JSON.stringify(event.textMutation)}`,
      run: () => void checkDecoding(event.input, { json: true, secrets: secretTexts(event.secrets) }),
    })),
  },
  {
    weight: 4,
    arbitrary: arbitraryInputArb.map(({ input, json }) => ({
      kind: 'arbitrary input',
      describe: () => (json ? JSON.stringify(input)?.slice(0, 300) ?? String(input) : typeof input),
      run: () => void checkDecoding(input, { json }),
    })),
  },
  {
    weight: 2,
    arbitrary: validEventArb.map((event) => ({
      kind: 'valid event',
      describe: () => `${event.fixture}, encoding ${JSON.stringify(event.encoding)}`,
      run: () => void checkDecoding(event.input, { json: true, secrets: secretTexts(event.secrets), expectValid: true }),
    })),
  },
  {
    weight: 2,
    arbitrary: extendedEventArb.map((event) => ({
      kind: 'unknown fields',
      describe: () => `${event.fixture}, added ${JSON.stringify(event.added.map(({ path, name }) => [...path, name]))}`,
      run: () => {
        const { lenient } = checkDecoding(event.input, { json: true, secrets: secretTexts(event.secrets), expectValid: true });
        for (const { path, name, value } of event.added) {
          const holder = getAt(lenient.data, path) as Record<string, unknown>;
          expect(Object.hasOwn(holder, name) && isDeepStrictEqual(holder[name], value), `added field ${[...path, name].join('.')} was not kept`);
        }
      },
    })),
  },
  {
    weight: 1,
    arbitrary: paddedEventArb.map((event) => ({
      kind: 'padded event',
      describe: () => `${event.fixture}, encoding ${JSON.stringify(event.encoding)}`,
      run: () => {
        const padded = checkDecoding(event.padded, { json: true, expectValid: true });
        expect(isDeepStrictEqual(padded.lenient.data, safeParseEvent(event.input).data), 'whitespace padding changed the result');
      },
    })),
  },
  {
    weight: 2,
    arbitrary: secretEventArb.map((event) => ({
      kind: 'secrets in broken JSON',
      describe: () => `${event.fixture}, plantings ${JSON.stringify(event.plantings).slice(0, 300)}, breakages ${JSON.stringify(event.breakages)}`,
      run: () => {
        const parts = secretParts(event.secret, event.secretNumber);
        const leaks = textsOf(redactEvent(event.input)).filter((text) => parts.some((part) => text.includes(part)));
        expect(leaks.length === 0, `redactEvent left a planted secret in ${leaks.length} strings`);
      },
    })),
  },
  {
    weight: 1,
    arbitrary: prototypeEventArb.map((event) => ({
      kind: 'prototype keys',
      describe: () => `${event.fixture}, ${event.kind} at ${event.holder.join('.') || '(root)'}`,
      run: () => void checkDecoding(event.input, { json: event.kind === 'own-key', secrets: secretTexts(event.secrets) }),
    })),
  },
);

function fuzz({ cases, seed }: Options): number {
  const batch = 1_000;
  let ran = 0;
  let failed = 0;
  const kinds = new Map<string, number>();
  for (let round = 0; ran < cases; round++) {
    const size = Math.min(batch, cases - ran);
    const generated = fc.sample(caseArb, { numRuns: size, seed: seed + round });
    generated.forEach((fuzzCase, index) => {
      kinds.set(fuzzCase.kind, (kinds.get(fuzzCase.kind) ?? 0) + 1);
      try {
        fuzzCase.run();
      } catch (error) {
        failed++;
        if (failed <= 10) {
          const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
          console.error(`FAIL ${fuzzCase.kind} (seed ${seed + round}, case ${index}): ${reason}\n     ${fuzzCase.describe()}`);
        }
      }
    });
    ran += size;
    if (round % 20 === 19) console.error(`  … ${ran} cases`);
  }
  console.log(`fuzz: seed ${seed}; ${[...kinds].map(([kind, count]) => `${count} ${kind}`).join(', ')}`);
  console.log(`fuzz: ${ran} cases, ${failed} failed`);
  return failed;
}

const options = readOptions(process.argv.slice(2));
const failed = fuzz(options);
const nonLinear = options.growth ? await printGrowthTable(growthCases) : [];
process.exitCode = failed > 0 || nonLinear.length > 0 ? 1 : 0;
