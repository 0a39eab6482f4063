// A TypeScript CommonJS module compiled with "module": "node16": `import … = require()` must
// resolve the package's "require" condition, with types from dist/index.d.cts.
import saasus = require('saasus-eventbridge');
import type { EventBridgeHandler, SNSHandler, SQSHandler } from 'aws-lambda';

/** What the harness read from the fixture itself, without this package. */
interface Expected {
  readonly eventType: string;
  readonly tenantId: string;
  readonly traceId: string;
}

const handler = saasus.createEventHandler({ create_tenant: (event) => void event.detail.event.response_body.id });
const eventBridgeHandler: EventBridgeHandler<'api_call', unknown, void> = handler;
const sqsHandler: SQSHandler = handler;
const snsHandler: SNSHandler = handler;

/**
 * Parses the fixture and throws when the result differs from what is expected. Messages never
 * contain a value: the fixture holds an api_key and bodies.
 */
function checkFixture(fixture: string, expected: Expected): void {
  const result = saasus.safeParseEvent(fixture);
  if (!result.success) throw new Error('node16 CommonJS consumer: the fixture did not parse');
  const event = result.data;
  if (!saasus.isKnownEventType(event) || event.detail.event_type !== 'create_tenant') {
    throw new Error('node16 CommonJS consumer: the fixture did not parse as a create_tenant event');
  }
  const tenant: saasus.Tenant = event.detail.event.response_body;
  // @ts-expect-error `id` is a string. If the package's types did not resolve (any), this line would compile.
  const notANumber: number = tenant.id;
  void notANumber;
  if (tenant.id !== expected.tenantId) throw new Error('node16 CommonJS consumer: response_body.id differs from the fixture');
  const whole = result.data;
  if (!saasus.isEventType(whole, 'create_tenant')) throw new Error('node16 CommonJS consumer: isEventType did not recognise create_tenant');
  const created: saasus.SaasusEventOf<'create_tenant'> = whole;
  if (created.detail.received_event_type !== expected.eventType) throw new Error('node16 CommonJS consumer: received_event_type differs from the fixture');
  const failure = saasus.safeParseEvent('{}');
  if (failure.success || !(failure.error instanceof saasus.SaasusEventError)) {
    throw new Error('node16 CommonJS consumer: bad input did not give a SaasusEventError');
  }
}

export = { checkFixture, eventBridgeHandler, sqsHandler, snsHandler };
