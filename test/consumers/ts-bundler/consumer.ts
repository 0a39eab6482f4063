// A TypeScript project for a bundler ("moduleResolution": "bundler"): the import must resolve
// the package's "import" condition, with types from dist/index.d.ts (and dist/zod.d.ts for the
// zod entry point).
import { getOperation, isEventType, isKnownEventType, parseEvent, type SaasusEventOf } from 'saasus-eventbridge';
import { createTestEvent } from 'saasus-eventbridge/testing';
import { getEventSchema } from 'saasus-eventbridge/zod';

/** What the harness read from the fixture itself, without this package. */
export interface Expected {
  readonly eventType: string;
  readonly tenantId: string;
  readonly traceId: string;
}

/**
 * Parses the fixture, with `parseEvent` and with the event type's zod schema, and throws when a
 * result differs from what is expected. Messages never contain a value: the fixture holds an
 * api_key and bodies.
 */
export function checkFixture(fixture: string, expected: Expected): void {
  const event = parseEvent(fixture);
  if (!isKnownEventType(event) || event.detail.event_type !== 'create_tenant') {
    throw new Error('bundler consumer: the fixture did not parse as a create_tenant event');
  }
  if (getOperation(event.detail).operationId !== 'CreateTenant') throw new Error('bundler consumer: getOperation did not find CreateTenant');

  const created: SaasusEventOf<'create_tenant'> = getEventSchema('create_tenant').parse(JSON.parse(fixture));
  // @ts-expect-error `id` is a string. If the package's types did not resolve (any), this line would compile.
  const notANumber: number = created.detail.event.response_body.id;
  void notANumber;
  if (created.detail.event.response_body.id !== expected.tenantId) {
    throw new Error('bundler consumer: the zod schema gave a response_body.id that differs from the fixture');
  }

  // Every name types its event, alternative spellings included; the guard narrows the whole event.
  const sendTest = parseEvent(createTestEvent('create_event_bridge_test_event'));
  if (!isEventType(sendTest, 'create_eventbridge_test_event')) throw new Error('bundler consumer: isEventType missed an alternative spelling');
  const narrowed: SaasusEventOf<'create_event_bridge_test_event'> = sendTest;
  if (narrowed.detail.event_type !== 'create_eventbridge_test_event' || narrowed.detail.received_event_type !== 'create_event_bridge_test_event') {
    throw new Error('bundler consumer: the canonical and received names are not as decoded');
  }

  // Failed calls take the SaaSus error body without a cast; a shared name needs its operation key.
  const failed = parseEvent(createTestEvent('create_tenant', { http_status: '409', response_body: { type: 'conflict', message: 'exists' } }));
  if (isEventType(failed, 'create_tenant')) throw new Error('bundler consumer: isEventType took a failed call');
  createTestEvent('auth.UpdateTenant');
  // @ts-expect-error update_tenant names two operations
  void (() => createTestEvent('update_tenant'));
}
