import { describe, expect, it } from 'vitest';
import { compareEventTime, getEventTime, getTraceId, isNewerThan, parseEvent } from '../src/index.js';
import { loadFixture, toObjectForm } from './support/fixtures.js';

const raw = loadFixture('samples/create_tenant.2026.string-form.json');
const traceId = '6aae5af4-7ee4-4de3-bd1d-5ebf13767cbf';
const time = '2026-05-19T02:22:58Z';
const timeMillis = Date.parse(time);

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

describe('compareEventTime', () => {
  const event = parseEvent(raw);

  it.each([
    ['a Date', new Date(timeMillis)],
    ['an ISO string', time],
    ['an ISO string with an offset', '2026-05-19T11:22:58+09:00'],
    ['epoch milliseconds', timeMillis],
  ])('is 0 for the same time given as %s', (_label, stored) => {
    expect(compareEventTime(event, stored)).toBe(0);
    expect(isNewerThan(event, stored)).toBe(false);
  });

  it('is 1 when the event is newer, -1 when older', () => {
    expect(compareEventTime(event, timeMillis - 1000)).toBe(1);
    expect(compareEventTime(event, new Date(timeMillis + 1000))).toBe(-1);
    expect(isNewerThan(event, '2026-05-19T02:22:57Z')).toBe(true);
    expect(isNewerThan(event, '2026-05-19T02:22:59Z')).toBe(false);
  });

  it('treats nothing stored as older than any event', () => {
    expect(compareEventTime(event, null)).toBe(1);
    expect(compareEventTime(event, undefined)).toBe(1);
    expect(isNewerThan(event, null)).toBe(true);
  });

  it('reads raw events in both forms and as JSON strings', () => {
    expect(compareEventTime(raw, time)).toBe(0);
    expect(compareEventTime(toObjectForm(raw), timeMillis + 1)).toBe(-1);
    expect(compareEventTime(JSON.stringify(raw), timeMillis - 1)).toBe(1);
    expect(getEventTime(raw)).toBe(timeMillis);
  });

  it.each([
    ['an invalid Date', new Date('nope')],
    ['a string that is not a date-time', 'yesterday'],
    ['a date without a time', '2026-05-19'],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
  ])('throws a TypeError for %s as stored time', (_label, stored) => {
    expect(() => compareEventTime(event, stored)).toThrow(TypeError);
  });

  it.each([
    ['no time', { ...raw, time: undefined }],
    ['an invalid time', { ...raw, time: '2026-13-01T00:00:00Z' }],
    ['not an event', 42],
    ['a string that is not JSON', '{'],
  ])('throws a TypeError for an event with %s', (_label, input) => {
    expect(() => compareEventTime(input, null)).toThrow(TypeError);
  });
});
