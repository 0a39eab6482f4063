// An ES module application: `import` must resolve the package's "import" condition (dist/index.js),
// and the root entry point must load no zod (installed here, as a peer of the package): only
// `saasus-eventbridge/zod` may.
// Usage: node consumer.mjs <fixture.json> <expected.json>; exits non-zero on any mismatch.
// Messages name what differs, never a value (the fixture holds an api_key and bodies).
import { readFileSync } from 'node:fs';
import { register } from 'node:module';

// Hooks first, then the package: its static imports are resolved through them.
const zodResolutions = new Int32Array(new SharedArrayBuffer(4));
register('./count-zod-resolutions.mjs', import.meta.url, { data: { zodResolutions } });
const { SaasusEventError, getTraceId, isKnownEventType, parseEvent, safeParseEvent } = await import('saasus-eventbridge');

const [fixturePath, expectedPath] = process.argv.slice(2);
const raw = readFileSync(fixturePath, 'utf8');
const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));

function check(condition, what) {
  if (!condition) throw new Error(`ESM consumer: ${what}`);
}

check(import.meta.resolve('saasus-eventbridge').endsWith('/node_modules/saasus-eventbridge/dist/index.js'), 'import did not resolve to dist/index.js');

const event = parseEvent(raw);
check(isKnownEventType(event), 'the fixture did not parse as a known event');
check(event.detail.event_type === expected.eventType, 'event_type differs from the fixture');
check(event.detail.event.response_body.id === expected.tenantId, 'response_body.id differs from the fixture');
check(getTraceId(raw) === expected.traceId, 'getTraceId differs from the fixture');

const failure = safeParseEvent('{}');
check(!failure.success && failure.error instanceof SaasusEventError, 'bad input did not give a SaasusEventError');

check(Atomics.load(zodResolutions, 0) === 0, 'importing saasus-eventbridge loaded zod');
// The hooks see zod when it is loaded: the check above is not vacuous.
const { SaasusEventSchema } = await import('saasus-eventbridge/zod');
check(Atomics.load(zodResolutions, 0) > 0, 'importing saasus-eventbridge/zod did not resolve zod through the hooks');
check(SaasusEventSchema.parse(raw).detail.event.response_body.id === expected.tenantId, 'SaasusEventSchema gave another response_body.id');

console.log('ESM consumer: ok, the root entry point loaded no zod');
