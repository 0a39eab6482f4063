// A TypeScript project for a bundler ("moduleResolution": "bundler"): the import must resolve
// the package's "import" condition, with types from dist/index.d.ts (and dist/zod.d.ts for the
// zod entry point).
import { getOperation, isKnownEventType, parseEvent, type SaasusEventOf } from 'saasus-eventbridge';
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
}
