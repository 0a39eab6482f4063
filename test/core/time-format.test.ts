import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRfc3339DateTime, parseRfc3339 } from '../../src/core/time-format.js';

describe('parseRfc3339', () => {
  it('agrees with Date on every instant from year 1 to 9999, with and without a fraction', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString();
        expect(parseRfc3339(iso)).toBe(date.getTime());
        expect(parseRfc3339(iso.replace(/\.\d+Z$/, 'Z'))).toBe(Math.floor(date.getTime() / 1000) * 1000);
        expect(parseRfc3339(iso.replace('T', 't').replace('Z', 'z'))).toBe(date.getTime());
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['2026-05-19T11:22:58+09:00', Date.parse('2026-05-19T02:22:58Z')],
    ['2026-05-19T02:22:58-00:30', Date.parse('2026-05-19T02:52:58Z')],
    ['2026-05-19T02:22:58.123456789Z', Date.parse('2026-05-19T02:22:58.123Z')],
    ['2024-02-29T00:00:00Z', Date.parse('2024-02-29T00:00:00Z')],
  ])('reads %s', (text, expected) => {
    expect(parseRfc3339(text)).toBe(expected);
  });

  it.each([
    '2023-02-29T00:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-05-19T02:22:60Z',
    '2026-05-19T24:00:00Z',
    '2026-05-19T02:22:58',
    '2026-05-19 02:22:58Z',
    '2026-05-19T02:22:58.Z',
    '2026-05-19T02:22:58.1234567890Z',
    '2026-05-19T02:22:58Zx',
    '2026-05-19T02:22:58+09:0',
    '2026-05-19T02:22:58+0900',
    '2026-5-19T02:22:58Z',
    '+2026-05-19T02:22:58Z',
    '',
  ])('refuses %j', (text) => {
    expect(parseRfc3339(text)).toBeUndefined();
  });
});

describe('isRfc3339DateTime', () => {
  const valid = '2026-05-19T02:22:58Z';

  it('refuses a character that is not a digit in any digit position', () => {
    for (const position of [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]) {
      for (const character of ['x', '/', ':', ' ']) {
        const text = `${valid.slice(0, position)}${character}${valid.slice(position + 1)}`;
        expect(isRfc3339DateTime(text), text).toBe(false);
        expect(parseRfc3339(text), text).toBeUndefined();
      }
    }
  });

  it('refuses a wrong separator in any separator position', () => {
    for (const position of [4, 7, 10, 13, 16]) {
      const text = `${valid.slice(0, position)}0${valid.slice(position + 1)}`;
      expect(isRfc3339DateTime(text), text).toBe(false);
    }
  });

  it('refuses out-of-range fields one at a time, and accepts their limits', () => {
    expect(isRfc3339DateTime('2026-00-19T02:22:58Z')).toBe(false);
    expect(isRfc3339DateTime('2026-13-19T02:22:58Z')).toBe(false);
    expect(isRfc3339DateTime('2026-05-00T02:22:58Z')).toBe(false);
    expect(isRfc3339DateTime('2026-05-32T02:22:58Z')).toBe(false);
    expect(isRfc3339DateTime('2026-05-19T24:22:58Z')).toBe(false);
    expect(isRfc3339DateTime('2026-05-19T02:60:58Z')).toBe(false);
    expect(isRfc3339DateTime('2026-05-19T02:22:60Z')).toBe(false);
    expect(isRfc3339DateTime('2026-05-19T02:22:58+24:00')).toBe(false);
    expect(isRfc3339DateTime('2026-05-19T02:22:58+09:60')).toBe(false);
    expect(isRfc3339DateTime('2026-05-19T02:22:58+x9:00')).toBe(false);
    expect(isRfc3339DateTime('2026-05-19T02:22:58+09:x0')).toBe(false);
    for (const limit of ['0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2026-05-19T02:22:58+23:59', '2026-05-19T02:22:58-23:59']) {
      expect(isRfc3339DateTime(limit), limit).toBe(true);
    }
  });

  it('reads fractions of one to nine digits, up to the zone', () => {
    expect(isRfc3339DateTime('2026-05-19T02:22:58.1Z')).toBe(true);
    expect(isRfc3339DateTime('2026-05-19T02:22:58.123456789+09:00')).toBe(true);
    expect(isRfc3339DateTime('2026-05-19T02:22:58.123')).toBe(false);
    expect(isRfc3339DateTime('2026-05-19T02:22:58.12x4Z')).toBe(false);
    expect(parseRfc3339('2026-05-19T02:22:58.9999Z')).toBe(Date.parse('2026-05-19T02:22:58.999Z'));
  });

  it('refuses text shorter than a date-time, even when a prefix looks like one', () => {
    expect(isRfc3339DateTime('2026-05-19T02:22:5Z')).toBe(false);
    expect(isRfc3339DateTime('2026-05-19T02:22:58')).toBe(false);
  });
});
