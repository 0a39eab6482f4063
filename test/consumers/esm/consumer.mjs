// An ES module application: `import` must resolve the package's "import" condition (dist/index.js).
// Usage: node consumer.mjs <fixture.json> <expected.json>; exits non-zero on any mismatch.
// Messages name what differs, never a value (the fixture holds an api_key and bodies).
import { readFileSync } from 'node:fs';
import { SaasusEventError, getTraceId, isKnownEventType, parseEvent, safeParseEvent } from 'saasus-eventbridge';

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

console.log('ESM consumer: ok');
