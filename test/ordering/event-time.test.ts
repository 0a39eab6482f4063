import { describe, expect, it } from 'vitest';
import { compareEventTime, getEventTime, isNewerThan, parseEvent } from '../../src/index.js';
import { loadFixture, toObjectForm } from '../support/fixtures.js';

const raw = loadFixture('samples/create_tenant.2026.string-form.json');
const time = '2026-05-19T02:22:58Z';
const timeMillis = Date.parse(time);

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

describe('event times', () => {
  it.each([
    ['2026-05-19T02:22:58Z', Date.UTC(2026, 4, 19, 2, 22, 58)],
    ['2026-05-19T02:22:58.5Z', Date.UTC(2026, 4, 19, 2, 22, 58, 500)],
    ['2026-05-19T02:22:58.123999Z', Date.UTC(2026, 4, 19, 2, 22, 58, 123)],
    ['2026-05-19T11:22:58+09:00', Date.UTC(2026, 4, 19, 2, 22, 58)],
    ['2026-05-18T21:52:58-04:30', Date.UTC(2026, 4, 19, 2, 22, 58)],
    ['2026-05-19T02:22:58+23:59', Date.UTC(2026, 4, 19, 2, 22, 58) - (23 * 60 + 59) * 60_000],
    ['2026-12-31T23:59:59Z', Date.UTC(2026, 11, 31, 23, 59, 59)],
    ['0050-01-01T00:00:00Z', -60_589_296_000_000],
  ])('%s is %d', (time, millis) => {
    expect(getEventTime({ time })).toBe(millis);
  });

  it.each(['2026-05-19T02:22:58+24:00', '2026-05-19T02:22:58+00:60', '2026-13-01T00:00:00Z', '2026-00-01T00:00:00Z', '2026-05-00T00:00:00Z', '2026-05-19T02:60:00Z', '2026-05-19T24:00:00Z'])(
    '%s is not a time',
    (time) => {
      expect(() => getEventTime({ time })).toThrow(new TypeError('event.time is missing or not an RFC 3339 date-time'));
    },
  );

  it('errors say what is wrong', () => {
    expect(() => getEventTime('{')).toThrow(new TypeError('event is a string that is not JSON'));
    expect(() => getEventTime({ time: 1 })).toThrow(new TypeError('event.time is missing or not an RFC 3339 date-time'));
    expect(() => compareEventTime({ time: '2026-05-19T02:22:58Z' }, 'soon')).toThrow(new TypeError('stored time is not a valid Date, RFC 3339 string or epoch milliseconds'));
    expect(() => compareEventTime({ time: '2026-05-19T02:22:58Z' }, {} as never)).toThrow(TypeError);
  });

  it.each([
    ['a boolean', true],
    ['a plain object', {}],
    ['a String object holding a valid time', new String('2026-05-19T02:22:58Z')],
    ['a bigint', 1_779_157_378_000n],
  ])('a stored time that is %s is none of the accepted types', (_label, stored) => {
    expect(() => compareEventTime({ time: '2026-05-19T02:22:58Z' }, stored as never)).toThrow(
      new TypeError('stored time is not a valid Date, RFC 3339 string or epoch milliseconds'),
    );
  });
});
