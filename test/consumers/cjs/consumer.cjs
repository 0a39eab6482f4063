// A CommonJS application: `require` must resolve the package's "require" condition
// (dist/index.cjs). The harness runs it with --no-experimental-require-module, as Node 20 before
// 20.19 behaves: anything that requires an ES module fails there with ERR_REQUIRE_ESM. The root
// entry point must load no zod (installed here, as a peer of the package): only
// `saasus-eventbridge/zod` may. Every entry point shares one copy of the decoder and catalogue:
// one module defines each error class, and an export is the same value from every entry point.
// Usage: node consumer.cjs <fixture.json> <expected.json> <a text of the catalogue>; exits
// non-zero on any mismatch.
// Messages name what differs, never a value (the fixture holds an api_key and bodies).
const { readFileSync } = require('node:fs');
const { SaasusEventError, getTraceId, isKnownEventType, parseEvent, safeParseEvent } = require('saasus-eventbridge');

const [fixturePath, expectedPath, catalogueText] = process.argv.slice(2);
const fixture = JSON.parse(readFileSync(fixturePath, 'utf8'));
const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));

function check(condition, what) {
  if (!condition) throw new Error(`CommonJS consumer: ${what}`);
}

const resolved = require.resolve('saasus-eventbridge');
check(resolved.endsWith('/node_modules/saasus-eventbridge/dist/index.cjs'), 'require did not resolve to dist/index.cjs');
check(require.cache[resolved] !== undefined, 'the package was not loaded as CommonJS');

const event = parseEvent(fixture);
check(isKnownEventType(event), 'the fixture did not parse as a known event');
check(event.detail.event_type === expected.eventType, 'event_type differs from the fixture');
check(event.detail.event.response_body.id === expected.tenantId, 'response_body.id differs from the fixture');
check(getTraceId(fixture) === expected.traceId, 'getTraceId differs from the fixture');

const failure = safeParseEvent('{}');
check(!failure.success && failure.error instanceof SaasusEventError, 'bad input did not give a SaasusEventError');

// require.cache holds every CommonJS module loaded so far, by real path.
const loadedZod = () => Object.keys(require.cache).filter((path) => path.includes('/node_modules/zod/'));
check(loadedZod().length === 0, 'require of saasus-eventbridge loaded zod');
// zod is seen when it is loaded: the check above is not vacuous.
const { SaasusEventSchema } = require('saasus-eventbridge/zod');
check(loadedZod().length > 0, 'require of saasus-eventbridge/zod loaded no zod from node_modules');
check(SaasusEventSchema.parse(fixture).detail.event.response_body.id === expected.tenantId, 'SaasusEventSchema gave another response_body.id');

// One copy in memory for all three entry points.
const root = require('saasus-eventbridge');
const testing = require('saasus-eventbridge/testing');
const packageModules = () => Object.keys(require.cache).filter((path) => path.includes('/node_modules/saasus-eventbridge/dist/'));
const holding = (pattern) => packageModules().filter((path) => {
  const code = readFileSync(path, 'utf8');
  return typeof pattern === 'string' ? code.includes(pattern) : pattern.test(code);
});
check(typeof catalogueText === 'string' && catalogueText.length > 0, 'no catalogue text given');
const catalogueCopies = holding(catalogueText).length;
check(catalogueCopies === 1, `${catalogueCopies} loaded modules of the package hold the catalogue, not one`);
// As written in the source, or as esbuild writes a class: `var SaasusEventError = class extends Error`.
const errorClasses = holding(/\bclass SaasusEventError\b|\bSaasusEventError\d* = class\b/).length;
check(errorClasses === 1, `${errorClasses} loaded modules of the package define SaasusEventError, not one`);
for (const path of packageModules()) {
  for (const [name, value] of Object.entries(require.cache[path].exports)) {
    check(!(name in root) || root[name] === value, `${name} from ${path.slice(path.lastIndexOf('/') + 1)} is not the root entry point's`);
  }
}
const testEvent = testing.createTestEvent('create_tenant');
check(isKnownEventType(parseEvent(testEvent)), 'the root entry point did not decode an event of the testing entry point');
const refused = SaasusEventSchema.safeParse('{}');
check(!refused.success && refused.error.issues.length > 0, 'SaasusEventSchema accepted bad input');

console.log(
  `CommonJS consumer: ok, the root entry point loaded no zod; ${packageModules().length} modules of the package loaded, ` +
    'one of them holds the catalogue and one defines SaasusEventError',
);
