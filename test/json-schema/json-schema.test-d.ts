import { expectTypeOf, test } from 'vitest';
import { toJsonSchema, type JsonSchema, type JsonSchemaOptions } from '../../src/index.js';

test('toJsonSchema takes known event types and the two forms only', () => {
  expectTypeOf(toJsonSchema({ eventType: 'create_tenant', form: 'raw' })).toEqualTypeOf<JsonSchema>();
  // @ts-expect-error: not a SaaSus event type
  toJsonSchema({ eventType: 'create_tennant' });
  // @ts-expect-error: not a form
  toJsonSchema({ form: 'cooked' });
  expectTypeOf<JsonSchemaOptions['form']>().toEqualTypeOf<'decoded' | 'raw' | undefined>();
});
