// A CommonJS application: `require` must resolve the package's "require" condition
// (dist/index.cjs). The harness runs it with --no-experimental-require-module, as Node 20 before
// 20.19 behaves: anything that requires an ES module fails there with ERR_REQUIRE_ESM. The root
// entry point must load no zod (installed here, as a peer of the package): only
// `saasus-eventbridge/zod` may.
// Usage: node consumer.cjs <fixture.json> <expected.json>; exits non-zero on any mismatch.
// Messages name what differs, never a value (the fixture holds an api_key and bodies).
const { readFileSync } = require('node:fs');
const { SaasusEventError, getTraceId, isKnownEventType, parseEvent, safeParseEvent } = require('saasus-eventbridge');

const [fixturePath, expectedPath] = process.argv.slice(2);
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

console.log('CommonJS consumer: ok, the root entry point loaded no zod');
