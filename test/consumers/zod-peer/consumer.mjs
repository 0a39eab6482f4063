// An application with its own zod 4, at a version other than the one this repository develops
// with. zod is a peer dependency: the package's schemas must be built by the application's zod
// (one zod in the process) and compose with the application's own schemas.
// Usage: node consumer.mjs <fixture.json> <expected.json> <expected zod version>
// Messages name what differs, never a value from the fixture (it holds an api_key and bodies).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';
import * as zodCore from 'zod/v4/core';
import { EventBridgeEnvelopeSchema, SaasusEventSchema, getEventSchema } from 'saasus-eventbridge/zod';

const [fixturePath, expectedPath, zodVersion] = process.argv.slice(2);
const fixture = JSON.parse(readFileSync(fixturePath, 'utf8'));
const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));

function check(condition, what) {
  if (!condition) throw new Error(`zod peer consumer: ${what}`);
}

const versionOf = ({ major, minor, patch }) => `${major}.${minor}.${patch}`;
const require = createRequire(import.meta.url);
check(require('zod/package.json').version === zodVersion, `the application's zod is not ${zodVersion}`);
check(versionOf(zodCore.version) === zodVersion, `the application's zod does not say it is ${zodVersion}`);

// Every zod schema records the version of the zod that built it.
for (const [name, schema] of Object.entries({ EventBridgeEnvelopeSchema, SaasusEventSchema })) {
  check(versionOf(schema._zod.version) === zodVersion, `${name} was not built by the application's zod`);
  check(schema instanceof z.ZodType, `${name} is not a ZodType of the application's zod`);
}

const Message = z.object({ receivedAt: z.string(), event: SaasusEventSchema });
const message = Message.parse({ receivedAt: 'now', event: fixture });
check(message.event.detail.event_type === expected.eventType, 'a composed schema gave another event_type');
check(message.event.detail.event.response_body.id === expected.tenantId, 'a composed schema gave another response_body.id');

const created = getEventSchema('create_tenant').parse(fixture);
check(versionOf(getEventSchema('create_tenant')._zod.version) === zodVersion, 'getEventSchema was not built by the application\'s zod');
check(created.detail.event.response_body.id === expected.tenantId, 'getEventSchema gave another response_body.id');

const jsonSchema = z.toJSONSchema(EventBridgeEnvelopeSchema);
check(jsonSchema.type === 'object' && 'time' in jsonSchema.properties, "the application's z.toJSONSchema did not read the envelope schema");

console.log(`zod peer consumer (zod ${zodVersion}): ok`);
