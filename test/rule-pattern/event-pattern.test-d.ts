import { expectTypeOf, test } from 'vitest';
import { saasusEventPattern, type SaasusEventPattern, type SaasusEventType } from '../../src/index.js';

test('saasusEventPattern takes known event types only', () => {
  expectTypeOf(saasusEventPattern({ eventTypes: ['create_tenant', 'create_event_bridge_test_event'] })).toEqualTypeOf<SaasusEventPattern>();
  // @ts-expect-error: not a SaaSus event type
  saasusEventPattern({ eventTypes: ['create_tennant'] });
  // @ts-expect-error: a plain string could be anything
  saasusEventPattern({ eventTypes: ['create_tenant' as string] });
  expectTypeOf(saasusEventPattern).parameter(0).toEqualTypeOf<{ readonly eventTypes?: readonly SaasusEventType[] } | undefined>();
});

test('the pattern is plain JSON data', () => {
  expectTypeOf<SaasusEventPattern['source']>().toEqualTypeOf<{ prefix: string }[]>();
  expectTypeOf<NonNullable<SaasusEventPattern['detail']>['event_type']>().toEqualTypeOf<string[]>();
});
