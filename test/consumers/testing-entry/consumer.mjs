// The `saasus-eventbridge/testing` entry point, as a test suite uses it: build an event with
// createTestEvent, parse it with the root entry point, in both SaaSus forms.
// Usage: node consumer.mjs <fixture.json>; exits non-zero on a mismatch.
// Messages name what differs, never a value (events hold an api_key and bodies).
import { readFileSync } from 'node:fs';
import { parseEvent } from 'saasus-eventbridge';
import { createTestEvent } from 'saasus-eventbridge/testing';

const [fixturePath] = process.argv.slice(2);
const fixture = JSON.parse(readFileSync(fixturePath, 'utf8'));

function check(condition, what) {
  if (!condition) throw new Error(`testing entry consumer: ${what}`);
}

for (const form of ['string', 'object']) {
  const raw = createTestEvent('create_tenant', { response_body: { id: 'tenant-from-test' } }, { form });
  check(JSON.stringify(Object.keys(raw).sort()) === JSON.stringify(Object.keys(fixture).sort()), `a ${form}-form test event has other envelope fields than a real event`);
  check(typeof raw.detail.event === (form === 'string' ? 'string' : 'object'), `createTestEvent did not build the ${form} form`);
  const event = parseEvent(raw);
  check(event.detail.event_type === 'create_tenant', `a ${form}-form test event did not parse as create_tenant`);
  check(event.detail.event.response_body.id === 'tenant-from-test', `a ${form}-form test event lost its response_body override`);
}

console.log('testing entry consumer: ok');
