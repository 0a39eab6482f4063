import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeUnsafe, escapeUnsafeJson, isPrintable, printableName, quotedArgument } from '../../src/cli/printable.js';

// Properties run many cases: more than vitest's 5 s default on a loaded machine.
const PROPERTY_TIMEOUT_MS = 60_000;

// Spelled out here, not taken from the source: C0, DEL, C1, bidirectional controls, separators, lone surrogates.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const hostileText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\n', '\r', '\t', '\u001b', '\u0000', '\u007f', '\u0085', '\u061c', '\u200e', '\u202e', '\u2066', '\u2069', '\u2028', '\u2029', '"', '\\', '\ud800', '\udfff', 'é', '😀', '\u200d'),
    fc.string({ maxLength: 1 }),
  ),
});

describe('printableName', () => {
  it('prints a safe name as it is', () => {
    expect(printableName('fixtures/a b/c-é😀.json')).toBe('fixtures/a b/c-é😀.json');
    expect(printableName('C:\\events\\a.json')).toBe('C:\\events\\a.json');
  });

  it('quotes and escapes a name holding anything unsafe or a quote', () => {
    expect(printableName('a\nb')).toBe('"a\\nb"');
    expect(printableName('a\u001b[2J\u202e')).toBe('"a\\u001b[2J\\u202e"');
    expect(printableName('"a"\\b\n')).toBe('"\\"a\\"\\\\b\\n"');
  });

  it('never lets an unsafe character through, and a quoted name reads back as the name', () => {
    fc.assert(
      fc.property(hostileText, (name) => {
        const printed = printableName(name);
        expect(printed).not.toMatch(UNSAFE);
        // An unquoted name is the name itself; a quoted one is a JSON string of it.
        if (printed.startsWith('"')) expect(JSON.parse(printed)).toBe(name);
        else expect(printed).toBe(name);
      }),
      { numRuns: 2000 },
    );
  }, PROPERTY_TIMEOUT_MS);
});

describe('escapeUnsafe', () => {
  it('escapes only what is unsafe', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const escaped = escapeUnsafe(text);
        expect(escaped).not.toMatch(UNSAFE);
        expect(isPrintable(text)).toBe(escaped === text);
      }),
      { numRuns: 2000 },
    );
  }, PROPERTY_TIMEOUT_MS);
});

describe('escapeUnsafeJson', () => {
  it('leaves no unsafe character in a JSON document and keeps its values', () => {
    fc.assert(
      fc.property(fc.dictionary(hostileText, hostileText), (value) => {
        const json = escapeUnsafeJson(JSON.stringify(value, null, 2));
        expect(json.replaceAll('\n', '')).not.toMatch(UNSAFE);
        expect(JSON.parse(json)).toEqual(value);
      }),
      { numRuns: 1000 },
    );
  }, PROPERTY_TIMEOUT_MS);
});

describe('quotedArgument', () => {
  it('quotes always and cuts long arguments', () => {
    expect(quotedArgument('--x')).toBe('"--x"');
    expect(quotedArgument('a'.repeat(81))).toBe(`"${'a'.repeat(80)}"…`);
    expect(quotedArgument('a'.repeat(80))).toBe(`"${'a'.repeat(80)}"`);
  });
});
