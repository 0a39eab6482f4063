import { describe, expect, it } from 'vitest';
import { ENVELOPE_FIELDS } from '../../src/envelope/event-format.js';
import { EventBridgeEnvelopeSchema } from '../../src/zod/index.js';

describe('EventBridgeEnvelopeSchema', () => {
  it('has the fields of the event format, in its order', () => {
    expect(Object.keys(EventBridgeEnvelopeSchema.shape)).toEqual(ENVELOPE_FIELDS);
  });

  it('requires what the event format requires', () => {
    const optional = Object.entries(EventBridgeEnvelopeSchema.shape)
      .filter(([, schema]) => schema.safeParse(undefined).success)
      .map(([name]) => name);
    // `detail` is any value here, absent included: the caller's schema decides.
    expect(optional).toEqual(['replay-name', 'detail']);
  });
});
