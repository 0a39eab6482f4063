import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parseEvent, safeParseEvent } from '../../src/index.js';
import {
  encodeEvent,
  extendedEventArb,
  getAt,
  mutatedEventArb,
  paddedEventArb,
  secretTexts,
  validEventArb,
  type Encoding,
} from '../support/arbitraries.js';
import { checkDecoding } from './invariants.js';
import { SLOW_TEST_TIMEOUT_MS, propertyRuns } from '../support/property-runs.js';

vi.setConfig({ testTimeout: SLOW_TEST_TIMEOUT_MS });

const OBJECT_FORM: Encoding = { whole: false, log: false, request: false, response: false };

describe('valid events from the fixtures', () => {
  it('parse in every form and mixture, with secrets planted in api_key and the bodies', () => {
    fc.assert(
      fc.property(validEventArb, ({ input, secrets }) => {
        checkDecoding(input, { json: true, secrets: secretTexts(secrets), expectValid: true });
      }),
      propertyRuns(300),
    );
  });

  it('decode to the same event whichever layers are JSON strings', () => {
    fc.assert(
      fc.property(validEventArb, ({ tree, input }) => {
        expect(isDeepStrictEqual(parseEvent(input), parseEvent(encodeEvent(tree, OBJECT_FORM)))).toBe(true);
      }),
      propertyRuns(200),
    );
  });

  it('decode the same when every JSON text is padded with JSON whitespace', () => {
    fc.assert(
      fc.property(paddedEventArb, ({ input, padded }) => {
        expect(isDeepStrictEqual(parseEvent(padded), parseEvent(input))).toBe(true);
      }),
      propertyRuns(200),
    );
  });
});

describe('unknown fields', () => {
  it('added anywhere the format allows (envelope, detail, log record, body objects) never make a valid event fail, and are kept', () => {
    fc.assert(
      fc.property(extendedEventArb, ({ input, added, secrets }) => {
        const { lenient } = checkDecoding(input, { json: true, secrets: secretTexts(secrets), expectValid: true });
        const event = lenient.data!;
        for (const { path, name, value } of added) {
          const holder = getAt(event, path) as object;
          expect(Object.hasOwn(holder, name)).toBe(true);
          expect(isDeepStrictEqual((holder as Record<string, unknown>)[name], value)).toBe(true);
        }
      }),
      propertyRuns(300),
    );
  });

  it('are reported in strict mode, each as unknown_field at its own path', () => {
    fc.assert(
      fc.property(extendedEventArb, ({ input, added }) => {
        const result = safeParseEvent(input, { strict: true });
        const reported = new Set((result.error?.issues ?? []).filter((issue) => issue.code === 'unknown_field').map((issue) => JSON.stringify(issue.path)));
        for (const { path, name } of added.filter((field) => field.reported)) expect(reported.has(JSON.stringify([...path, name]))).toBe(true);
      }),
      propertyRuns(200),
    );
  });
});

describe('mutated events', () => {
  it('(fields removed, retyped, nulled, renamed, added; texts truncated, doubly encoded, padded; unknown event types; long arrays and strings) keep every promise', () => {
    fc.assert(
      fc.property(mutatedEventArb, ({ input, secrets }) => {
        checkDecoding(input, { json: true, secrets: secretTexts(secrets) });
      }),
      propertyRuns(1500),
    );
  });
});
