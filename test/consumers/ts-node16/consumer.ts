// A TypeScript ES module compiled with "module": "node16": its import of the package must
// resolve the "import" condition, with types from dist/index.d.ts.
import { isKnownEventType, parseEvent, type SaasusEvent, type Tenant } from 'saasus-eventbridge';

/** What the harness read from the fixture itself, without this package. */
export interface Expected {
  readonly eventType: string;
  readonly tenantId: string;
  readonly traceId: string;
}

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
}
