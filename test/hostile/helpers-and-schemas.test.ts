// The helpers that read raw events, and the zod schemas that wrap the decoder, on hostile input.
import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { compareEventTime, getEventTime, getTraceId, isNewerThan, safeParseEvent, type SaasusEventType } from '../../src/index.js';
import { SaasusEventSchema, createSaasusEventSchema, getEventSchema } from '../../src/zod/index.js';
import { arbitraryInputArb, mutatedEventArb, secretTexts, validEventArb } from '../support/arbitraries.js';
import { propertyRuns } from '../support/property-runs.js';

const revoked = (() => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
})();
const throwingProxy = new Proxy(
  {},
  {
    get() {
      throw new Error('s3cr3t trap');
    },
    has() {
      throw new Error('s3cr3t trap');
    },
  },
);

describe('getTraceId', () => {
  it('never throws and returns a string or undefined, for any input', () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryInputArb, mutatedEventArb), ({ input }) => {
        const traceId = getTraceId(input);
        expect(traceId === undefined || typeof traceId === 'string').toBe(true);
      }),
      propertyRuns(300),
    );
  });

  it.each([
    ['a revoked proxy', revoked],
    ['a proxy whose traps throw', throwingProxy],
    ['an event whose detail is a proxy whose traps throw', { detail: throwingProxy }],
  ])('returns undefined for %s', (_label, input) => {
    expect(getTraceId(input)).toBeUndefined();
  });

  it('reads the trace id of every valid event, in every form', () => {
    fc.assert(
      fc.property(validEventArb, ({ input, tree }) => {
        expect(getTraceId(input)).toBe((tree.detail as { trace_id: string }).trace_id);
      }),
      propertyRuns(100),
    );
  });
});

const storedArb = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
  fc.double(),
  fc.integer(),
  fc.string(),
  fc.constantFrom('2026-05-19T02:22:58Z', '2026-05-19T11:22:58+09:00', '2026-02-30T00:00:00Z', ''),
);

describe('event time helpers', () => {
  it('return a finite number / -1, 0 or 1, or throw a TypeError, for any JSON input and stored time', () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryInputArb.filter(({ json }) => json), mutatedEventArb, validEventArb), storedArb, ({ input }, stored) => {
        let millis: number | undefined;
        try {
          millis = getEventTime(input);
        } catch (error) {
          expect(error).toBeInstanceOf(TypeError);
        }
        if (millis !== undefined) expect(Number.isFinite(millis)).toBe(true);
        try {
          const order = compareEventTime(input, stored);
          expect([-1, 0, 1]).toContain(order);
          expect(isNewerThan(input, stored)).toBe(order > 0);
          expect(millis).toBeDefined();
        } catch (error) {
          expect(error).toBeInstanceOf(TypeError);
        }
      }),
      propertyRuns(300),
    );
  });

  it('name no value in their errors', () => {
    const secret = 's3cr3tTIME';
    for (const input of [secret, { time: secret }, JSON.stringify({ time: secret })]) {
      expect(() => getEventTime(input)).toThrow(TypeError);
      try {
        getEventTime(input);
      } catch (error) {
        expect(String(error)).not.toContain(secret);
      }
    }
    try {
      compareEventTime({ time: '2026-05-19T02:22:58Z' }, secret);
    } catch (error) {
      expect(String(error)).not.toContain(secret);
    }
  });
});

function errorTexts(error: z.ZodError): string[] {
  return [error.message, String(error), JSON.stringify(error), JSON.stringify(error.issues), inspect(error, { depth: 8 })];
}

describe('zod schemas', () => {
  const lenient = SaasusEventSchema;
  const strict = createSaasusEventSchema({ strict: true });

  it('SaasusEventSchema and getEventSchema never throw from safeParse and put no secret in their errors', () => {
    fc.assert(
      fc.property(mutatedEventArb, ({ input, tree, secrets }) => {
        const eventType = (tree.detail as { event_type?: unknown } | undefined)?.event_type;
        const schemas: z.ZodType[] = [lenient, strict];
        if (typeof eventType === 'string') {
          try {
            schemas.push(getEventSchema(eventType as SaasusEventType));
          } catch (error) {
            expect(error).toBeInstanceOf(RangeError); // an event type the catalogue does not know
          }
        }
        for (const schema of schemas) {
          const result = schema.safeParse(input);
          if (result.success) continue;
          for (const text of errorTexts(result.error)) for (const secret of secretTexts(secrets)) expect(text).not.toContain(secret);
        }
      }),
      propertyRuns(200),
    );
  });

  it('SaasusEventSchema accepts exactly what safeParseEvent accepts, and reports the same paths', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedEventArb, validEventArb), ({ input }) => {
        const viaSchema = lenient.safeParse(input);
        const direct = safeParseEvent(input);
        expect(viaSchema.success).toBe(direct.success);
        if (!direct.success) expect(viaSchema.error?.issues.map((issue) => issue.path)).toEqual(direct.error.issues.map((issue) => issue.path));
      }),
      propertyRuns(50),
    );
  });
});
