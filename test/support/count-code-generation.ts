// Run as a script: counts every use of `Function` (the code generation the library may do)
// while it decodes every fixture once and one fixture past the tier-up call count, with
// `configure({ jitless: true })` when `--jitless` is given, and prints the count and the
// outcomes as JSON. test/core/config.test.ts runs it in a child process, so that the global
// `Function` is replaced before the library loads and nowhere else.
let generated = 0;
const RealFunction = globalThis.Function;
globalThis.Function = new Proxy(RealFunction, {
  construct(target, args: unknown[]) {
    generated++;
    return Reflect.construct(target, args) as object;
  },
  apply(target, thisArgument, args: unknown[]) {
    generated++;
    return Reflect.apply(target, thisArgument, args) as unknown;
  },
});

const { configure, safeParseEvent } = await import('../../src/index.js');
const { TIER_UP_CALLS } = await import('../../src/core/compile-shape.js');
const { loadFixtures } = await import('./fixtures.js');

if (process.argv.includes('--jitless')) configure({ jitless: true });
const fixtures = loadFixtures();
const outcomes: unknown[] = [];
const repeated = fixtures.find(({ name }) => name.includes('CreateTenant'))!;
for (const { name, event } of [...fixtures, ...Array.from({ length: TIER_UP_CALLS * 2 }, () => repeated)]) {
  for (const strict of [false, true]) {
    const result = safeParseEvent(event, { strict });
    outcomes.push({ name, strict, outcome: result.success ? result.data.detail.event_type : result.error.issues });
  }
}
process.stdout.write(JSON.stringify({ generated, outcomes }));
