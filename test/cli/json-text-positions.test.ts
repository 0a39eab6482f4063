import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrayElementLines, jsonSyntaxErrorOffset, lineAndColumn, type ScanMeter } from '../../src/cli/json-text-positions.js';

// Properties run many cases: more than vitest's 5 s default on a loaded machine.
const PROPERTY_TIMEOUT_MS = 60_000;

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

// Text that is often JSON and often almost JSON: JSON values cut, spliced and sprinkled with tokens.
const jsonLikeText = fc.oneof(
  fc.json(),
  fc.tuple(fc.json(), fc.nat(), fc.nat()).map(([text, a, b]) => text.slice(0, a % (text.length + 1)) + text.slice(b % (text.length + 1))),
  fc.tuple(fc.json(), fc.nat(), fc.constantFrom(',', ']', '}', '"', ':', '\\', ' x', '\n', '\u0001', '01', '-', '1e', 'nul', '[', '{')).map(
    ([text, at, token]) => text.slice(0, at % (text.length + 1)) + token + text.slice(at % (text.length + 1)),
  ),
  fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '1', '-', '.', 'e', 't', 'n', ' ', '\\', 'u', '0') }),
);

describe('jsonSyntaxErrorOffset', () => {
  it('finds an error exactly when JSON.parse throws', () => {
    fc.assert(
      fc.property(jsonLikeText, (text) => {
        expect(jsonSyntaxErrorOffset(text) === undefined).toBe(parses(text));
      }),
      { numRuns: 3000 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('points where JSON.parse stops, when V8 says where', () => {
    fc.assert(
      fc.property(jsonLikeText, (text) => {
        try {
          JSON.parse(text);
        } catch (error) {
          const position = /at position (\d+)/.exec((error as Error).message);
          if (position !== null) expect(jsonSyntaxErrorOffset(text)).toBe(Number(position[1]));
        }
      }),
      { numRuns: 3000 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it.each([
    ['', 0],
    ['{"a": x}', 6],
    ['{"a":1,}', 7],
    ['[1, 2', 5],
    ['"abc', 4],
    ['"a\\qb"', 3],
    ['[1] 2', 4],
    ['{"a" 1}', 5],
  ])('%j fails at %d', (text, offset) => {
    expect(jsonSyntaxErrorOffset(text)).toBe(offset);
  });

  it('handles deep nesting without recursion', () => {
    expect(jsonSyntaxErrorOffset('['.repeat(100_000) + ']'.repeat(100_000))).toBeUndefined();
    expect(jsonSyntaxErrorOffset('['.repeat(100_000))).toBe(100_000);
  });
});

describe('arrayElementLines', () => {
  const space = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r\n'), maxLength: 4 });

  it('finds the line where each element starts, whatever the whitespace between them', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(space, fc.jsonValue(), fc.constantFrom(0, 2, '\t'), space)), space, (elements, end) => {
        let text = '[';
        const expected: number[] = [];
        elements.forEach(([before, value, indent, after], index) => {
          if (index > 0) text += ',';
          text += before;
          expected.push(text.split('\n').length);
          text += JSON.stringify(value, null, indent) + after;
        });
        text += `${end}]`;
        expect(arrayElementLines(text)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('reads the text once', () => {
    const meter: ScanMeter = { characters: 0 };
    const text = JSON.stringify([{ a: '\n' }, [1, 2], 'x'], null, 2);
    expect(arrayElementLines(text, meter)).toEqual([2, 5, 9]);
    expect(meter.characters).toBe(text.length);
  });
});

describe('lineAndColumn', () => {
  it.each([
    ['abc', 0, { line: 1, column: 1 }],
    ['abc', 2, { line: 1, column: 3 }],
    ['a\nbc', 2, { line: 2, column: 1 }],
    ['a\n\nbc', 4, { line: 3, column: 2 }],
    ['a\n', 2, { line: 2, column: 1 }],
  ])('%j at %d', (text, offset, expected) => {
    expect(lineAndColumn(text, offset)).toEqual(expected);
  });
});
