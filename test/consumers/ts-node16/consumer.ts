// A TypeScript ES module compiled with "module": "node16": its import of the package must
// resolve the "import" condition, with types from dist/index.d.ts.
import type { EventBridgeHandler, SNSHandler, SQSHandler } from 'aws-lambda';
import {
  createEventHandler,
  isEventType,
  isKnownEventType,
  parseEvent,
  type AllEventHandlers,
  type SaasusEvent,
  type SaasusEventOf,
  type Tenant,
} from 'saasus-eventbridge';

/** What the harness read from the fixture itself, without this package. */
export interface Expected {
  readonly eventType: string;
  readonly tenantId: string;
  readonly traceId: string;
}

function onTenantCreated(event: SaasusEventOf<'create_tenant'>): string {
  return event.detail.event.response_body.id;
}

// The handler createEventHandler returns plugs into every Lambda handler type of @types/aws-lambda.
const handler = createEventHandler({
  // An alternative spelling's handler receives its operation's event, never `never`.
  create_event_bridge_test_event: (event) => {
    const canonical: 'create_eventbridge_test_event' = event.detail.event_type;
    const received: string = event.detail.received_event_type;
    void [canonical, received];
  },
});
export const eventBridgeHandler: EventBridgeHandler<'api_call', unknown, void> = handler;
export const sqsHandler: SQSHandler = handler;
export const snsHandler: SNSHandler = handler;

// @ts-expect-error the compiler reports the event types without a handler
export const everyHandler = { create_tenant: () => undefined } satisfies AllEventHandlers;

/**
 * Parses the fixture and throws when the result differs from what is expected. Messages never
 * contain a value: the fixture holds an api_key and bodies.
 */
export function checkFixture(fixture: string, expected: Expected): void {
  const event: SaasusEvent = parseEvent(fixture);
  if (!isKnownEventType(event) || event.detail.event_type !== 'create_tenant') {
    throw new Error('node16 ESM consumer: the fixture did not parse as a create_tenant event');
  }
  const tenant: Tenant = event.detail.event.response_body;
  // @ts-expect-error `id` is a string. If the package's types did not resolve (any), this line would compile.
  const notANumber: number = tenant.id;
  void notANumber;
  if (tenant.id !== expected.tenantId) throw new Error('node16 ESM consumer: response_body.id differs from the fixture');
  if (event.detail.trace_id !== expected.traceId) throw new Error('node16 ESM consumer: trace_id differs from the fixture');
  if (event.detail.received_event_type !== expected.eventType) throw new Error('node16 ESM consumer: received_event_type differs from the fixture');

  const whole: SaasusEvent = parseEvent(fixture);
  // @ts-expect-error the whole event is not narrowed yet
  onTenantCreated(whole);
  if (!isEventType(whole, 'create_tenant')) throw new Error('node16 ESM consumer: isEventType did not recognise create_tenant');
  if (onTenantCreated(whole) !== expected.tenantId) throw new Error('node16 ESM consumer: isEventType narrowed to the wrong event');
  // @ts-expect-error a misspelled name does not compile
  isEventType(whole, 'create_tennant');
}
