import { describe, expect, it } from 'vitest';
import { getTraceId, parseEvent } from '../../src/index.js';
import { loadFixture, toObjectForm } from '../support/fixtures.js';

const raw = loadFixture('samples/create_tenant.2026.string-form.json');
const traceId = '6aae5af4-7ee4-4de3-bd1d-5ebf13767cbf';

describe('getTraceId', () => {
  it.each([
    ['a raw event in string form', raw],
    ['a raw event in object form', toObjectForm(raw)],
    ['the event as a JSON string', JSON.stringify(raw)],
    ['a parsed event', parseEvent(raw)],
    ['an event whose body is broken', { ...raw, detail: { ...(raw.detail as object), event: '{broken' } }],
  ])('reads it from %s', (_label, input) => {
    expect(getTraceId(input)).toBe(traceId);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 1],
    ['a string that is not JSON', '{"detail":'],
    ['an event without detail', { ...raw, detail: undefined }],
    ['a detail that is a string', { detail: '{"trace_id":"x"}' }],
    ['a trace_id that is not a string', { detail: { trace_id: 42 } }],
  ])('returns undefined for %s, without throwing', (_label, input) => {
    expect(getTraceId(input)).toBeUndefined();
  });

  it('does not throw on an object whose getter throws', () => {
    const hostile = {
      get detail(): never {
        throw new Error('boom');
      },
    };
    expect(getTraceId(hostile)).toBeUndefined();
  });
});

describe('getTraceId on other shapes', () => {
  it.each([
    ['a JSON string of an array', '[{"detail":{"trace_id":"t"}}]'],
    ['an array', [{ detail: { trace_id: 't' } }]],
    ['a detail that is an array', { detail: [{ trace_id: 't' }] }],
  ])('is undefined for %s', (_label, input) => {
    expect(getTraceId(input)).toBeUndefined();
  });

  it('reads a JSON string event', () => {
    expect(getTraceId('{"detail":{"trace_id":"t"}}')).toBe('t');
  });
});
