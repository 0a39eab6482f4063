/**
 * Fuzzes the decoder: `npm run fuzz` runs 100,000 generated cases (or `--cases N`, or the
 * `FUZZ_CASES` environment variable), checks every promise of `test/hostile/invariants.ts` on
 * each, prints `fuzz: N cases, N failed`, and exits 1 on any failure. `--seed S` (or `FUZZ_SEED`)
 * replays a run.
 *
 * Then it measures how decoding time grows with input size (deep bodies, large bodies, large
 * arrays of wrong values), timing size N and 2N in the same run and printing the ratios: about 2
 * means linear. `--no-growth` skips that part. Timings are printed, not asserted.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { SaasusEventError, safeParseEvent } from '../src/index.js';
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
import { loadFixture, withLogFields } from '../test/support/fixtures.js';
import { InvariantError, checkDecoding } from '../test/hostile/invariants.js';

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

// ---------------------------------------------------------------------------------------------
// Growth with size

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median of 5 timed runs of `run`. */
function timeRuns(run: () => void): number {
  const times: number[] = [];
  for (let index = 0; index < 5; index++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** An input of a given size, and the JSON text in it that dominates its cost (the baseline). */
interface SizedInput {
  readonly input: unknown;
  readonly text: string;
}

/** Times decoding, and `JSON.parse` of the dominant text alone, checking the outcome is a result or a SaasusEventError. */
function timeDecoding(make: (size: number) => SizedInput, size: number): { decode: number; parse: number } {
  const { input, text } = make(size);
  const decode = timeRuns(() => {
    const result = safeParseEvent(input);
    if (!result.success && !(result.error instanceof SaasusEventError)) throw new Error('decoding ended in something else');
  });
  return { decode, parse: timeRuns(() => JSON.parse(text)) };
}

const tenant = loadFixture('samples/create_tenant.2026.string-form.json');
const roles = loadFixture('operations/auth/CreateTenantUserRoles.json');
const users = loadFixture('operations/auth/GetSaasUsers.json');
const unknownType = { ...tenant, detail: { ...(tenant.detail as object), event_type: 'launch_rocket' } };

const growthCases: [label: string, sizes: [number, number], make: (size: number) => SizedInput][] = [
  [
    'body nested N levels deep (unknown event type)',
    [100_000, 200_000],
    (depth) => {
      const text = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      return { input: withLogFields(unknownType, { request_body: text }), text };
    },
  ],
  [
    'body nested N levels deep (under a validated attributes map)',
    [100_000, 200_000],
    (depth) => {
      const text = `{"name":"n","back_office_staff_email":"e","attributes":{"deep":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}}`;
      return { input: withLogFields(tenant, { request_body: text }), text };
    },
  ],
  [
    'valid response of N users (validated one by one)',
    [50_000, 100_000],
    (count) => {
      const user = '{"id":"u","email":"e@example.com","sign_in_id":"s","attributes":{"k":"v"}}';
      const text = `{"users":[${Array.from({ length: count }, () => user).join(',')}]}`;
      return { input: withLogFields(users, { response_body: text }), text };
    },
  ],
  [
    'body of N MB in one string field',
    [5, 10],
    (megabytes) => {
      const text = JSON.stringify({ name: 'x'.repeat(megabytes * 1_000_000), back_office_staff_email: 'e', attributes: {} });
      return { input: withLogFields(tenant, { request_body: text }), text };
    },
  ],
  [
    'array of N wrong values (issues capped at 100)',
    [1_000_000, 2_000_000],
    (count) => {
      const text = `{"role_names":[${'1,'.repeat(count - 1)}1]}`;
      return { input: withLogFields(roles, { request_body: text }), text };
    },
  ],
  [
    'whole event as N MB of JSON text',
    [5, 10],
    (megabytes) => {
      const text = JSON.stringify(withLogFields(tenant, { request_body: JSON.stringify({ name: 'n', back_office_staff_email: 'e', attributes: { blob: 'x'.repeat(megabytes * 1_000_000) } }) }));
      return { input: text, text };
    },
  ],
];

function measureGrowth(): void {
  console.log('growth: median of 5 runs at size N and 2N; a ratio near 2 is linear. JSON.parse of the same text is the baseline.');
  for (const [label, [small, large], make] of growthCases) {
    timeDecoding(make, small); // warm up
    const smallTimes = timeDecoding(make, small);
    const largeTimes = timeDecoding(make, large);
    const ratio = (a: number, b: number) => (a / Math.max(b, 0.001)).toFixed(2);
    console.log(
      `  ${label}: N=${small} ${smallTimes.decode.toFixed(1)} ms, N=${large} ${largeTimes.decode.toFixed(1)} ms, ratio ${ratio(largeTimes.decode, smallTimes.decode)}` +
        ` (JSON.parse alone: ${smallTimes.parse.toFixed(1)} ms, ${largeTimes.parse.toFixed(1)} ms, ratio ${ratio(largeTimes.parse, smallTimes.parse)})`,
    );
  }
}

const options = readOptions(process.argv.slice(2));
const failed = fuzz(options);
if (options.growth) measureGrowth();
process.exitCode = failed > 0 ? 1 : 0;
