// docs/schemas.md shows parts of this file; test/readme.test.ts keeps the two in step.
import { createEventSchema, eventSchema } from 'saasus-eventbridge';
import { createSaasusEventDetailSchema, getEventSchema } from 'saasus-eventbridge/zod';

// Any tool that takes a Standard Schema; or call it directly: validate never returns a Promise.
const result = eventSchema['~standard'].validate(input);
if (result.issues) console.error(result.issues.map((issue) => issue.path));
const ownEvents = createEventSchema({ strict: false, expect: { saasId: process.env.SAASUS_SAAS_ID! } });

// zod: one event type's successful calls, typed; the output is what parseEvent returns.
const TenantCreated = getEventSchema('create_tenant');
const tenant = TenantCreated.parse(input).detail.event.response_body; // Tenant

// zod: detail alone, for tools that unwrap the envelope; expect can only check saasId there.
const OwnDetail = createSaasusEventDetailSchema({ expect: { saasId: process.env.SAASUS_SAAS_ID! } });

// Stand-ins for the reader's own code.
declare const input: unknown;
export { OwnDetail, ownEvents, tenant };
