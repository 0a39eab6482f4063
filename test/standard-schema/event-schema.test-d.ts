import type { StandardSchemaV1 as SpecStandardSchemaV1 } from '@standard-schema/spec';
import { expectTypeOf, test } from 'vitest';
import { createEventSchema, eventSchema, type SaasusEvent, type StandardEventSchema, type StandardSchemaV1 } from '../../src/index.js';

test('eventSchema is a Standard Schema of SaasusEvent, with a synchronous validate', () => {
  expectTypeOf(eventSchema).toEqualTypeOf<StandardEventSchema>();
  expectTypeOf(createEventSchema({ strict: true })).toEqualTypeOf<StandardEventSchema>();
  expectTypeOf<StandardSchemaV1.InferOutput<typeof eventSchema>>().toEqualTypeOf<SaasusEvent>();
  expectTypeOf<StandardSchemaV1.InferInput<typeof eventSchema>>().toEqualTypeOf<unknown>();
  expectTypeOf(eventSchema['~standard'].validate({})).toEqualTypeOf<StandardSchemaV1.SuccessResult<SaasusEvent> | StandardSchemaV1.FailureResult>();
  expectTypeOf(eventSchema).toMatchTypeOf<StandardSchemaV1<unknown, SaasusEvent>>();
  // The interface of the standard's own package, which tools such as Powertools use.
  expectTypeOf(eventSchema).toMatchTypeOf<SpecStandardSchemaV1<unknown, SaasusEvent>>();
  expectTypeOf<SpecStandardSchemaV1.InferOutput<typeof eventSchema>>().toEqualTypeOf<SaasusEvent>();
  // @ts-expect-error: a Standard Schema of events gives events, not strings
  expectTypeOf(eventSchema).toMatchTypeOf<SpecStandardSchemaV1<unknown, string>>();
});
