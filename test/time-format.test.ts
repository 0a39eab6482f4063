import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRfc3339 } from '../src/decoder/time-format.js';

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
