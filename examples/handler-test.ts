// The README and docs/testing.md show this file down to the stand-ins; test/readme.test.ts keeps the two in step.
import { createTestEvent } from 'saasus-eventbridge/testing';
import { handler } from './lambda-dispatch.js';

const event = createTestEvent('create_tenant', { response_body: { id: 'tenant-1', name: 'Acme' } });
await handler(event, context);

// A failed call: a 4xx/5xx status takes the SaaSus error body.
const failed = createTestEvent('create_tenant', { http_status: '409', response_body: { type: 'conflict', message: 'exists' } });
await handler(failed, context);

// A name two operations share needs the operation key: 'update_tenant' alone does not compile.
await handler(createTestEvent('auth.UpdateTenant', { pathParams: { tenant_id: 'tenant-1' } }), context);

const asSqs = { Records: [{ messageId: 'm1', body: JSON.stringify(event), eventSource: 'aws:sqs' }] };
const { batchItemFailures } = await handler(asSqs, context);

// Stand-ins for the reader's own code.
declare const context: import('saasus-eventbridge').LambdaContext;
export { batchItemFailures };
