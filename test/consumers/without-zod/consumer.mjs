// An ES module application without zod (an optional peer of the package): the root entry point
// must work, and `saasus-eventbridge/zod` must fail with a module-not-found error naming zod.
// Usage: node consumer.mjs <fixture.json> <expected.json>; exits non-zero on any mismatch.
// Messages name what differs, never a value (the fixture holds an api_key and bodies).
import { readFileSync } from 'node:fs';
import { createEventHandler, isKnownEventType, parseEvent } from 'saasus-eventbridge';

const [fixturePath, expectedPath] = process.argv.slice(2);
const fixture = JSON.parse(readFileSync(fixturePath, 'utf8'));
const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));

function check(condition, what) {
  if (!condition) throw new Error(`ESM consumer without zod: ${what}`);
}

const event = parseEvent(fixture);
check(isKnownEventType(event), 'the fixture did not parse as a known event');
check(event.detail.event_type === expected.eventType, 'event_type differs from the fixture');
check(event.detail.event.response_body.id === expected.tenantId, 'response_body.id differs from the fixture');

const seen = [];
const handler = createEventHandler({ create_tenant: (created) => void seen.push(created.detail.event.response_body.id) });
check((await handler(fixture, {})) === undefined, 'the handler returned something for an EventBridge event');
const sqs = { Records: [{ messageId: 'm1', body: JSON.stringify(fixture), eventSource: 'aws:sqs' }] };
const { batchItemFailures } = await handler(sqs, {});
check(batchItemFailures.length === 0, 'the handler reported a failed SQS record');
check(seen.length === 2 && seen.every((id) => id === expected.tenantId), 'createEventHandler did not hand the event to its handler twice');

let error;
try {
  await import('saasus-eventbridge/zod');
} catch (caught) {
  error = caught;
}
check(error !== undefined, 'saasus-eventbridge/zod loaded without zod');
check(error.code === 'ERR_MODULE_NOT_FOUND', `saasus-eventbridge/zod failed with ${error.code} instead of ERR_MODULE_NOT_FOUND`);
check(/'zod'/.test(error.message), `the error of saasus-eventbridge/zod does not name zod: ${error.message}`);

console.log('ESM consumer without zod: ok, saasus-eventbridge/zod fails with ERR_MODULE_NOT_FOUND naming zod');
