// docs/testing.md shows parts of this file; test/readme.test.ts keeps the two in step.
import { decideEventOrder, parseEvent, type ParseOptions } from 'saasus-eventbridge';
import { createTestEvent } from 'saasus-eventbridge/testing';

// A handler that sets `expect` needs events from your SaaS: the default saas_id is 'test_saas_id'.
const options: ParseOptions = { expect: { saasId: 'my-saas-id' } };
const mine = createTestEvent('create_tenant', { log: { saas_id: 'my-saas-id' } });
parseEvent(mine, options);

// Calls built alike share their log_id (one call delivered twice); set log_id to choose it.
const first = parseEvent(createTestEvent('delete_tenant', { time: '2026-05-19T02:22:58Z', log: { log_id: 'log-1' } }));
const second = parseEvent(createTestEvent('delete_tenant', { time: '2026-05-19T02:22:58Z', log: { log_id: 'log-2' } }));
decideEventOrder(second, { time: first.time, key: 'log-1' }); // 'same-second': 'log-2' sorts after 'log-1'

// The 2023 form: detail.event and the bodies as objects.
const objectForm = createTestEvent('delete_tenant', { pathParams: { tenant_id: 'tenant-1' } }, { form: 'object' });

// The same event as the other deliveries give it to Lambda.
const asSns = { Records: [{ EventSource: 'aws:sns', Sns: { MessageId: 'n1', Message: JSON.stringify(mine) } }] };
const asSqsThroughSns = {
  Records: [{ messageId: 'm1', eventSource: 'aws:sqs', body: JSON.stringify({ Type: 'Notification', Message: JSON.stringify(mine) }) }],
};

// Stand-ins for the reader's own code.
export { asSns, asSqsThroughSns, objectForm };
