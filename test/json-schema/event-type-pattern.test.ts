// The JSON Schema pattern of the event_type values that name an operation says exactly what the
// decoder's namesOperation says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogueOperations, namesOperation } from '../../src/catalogue/catalogue.js';
import type { OperationEntry } from '../../src/catalogue/operation.js';
import { eventTypePattern } from '../../src/json-schema/event-type-pattern.js';

const operations = catalogueOperations();

function operationNamed(operationId: string, eventTypes: readonly [string, ...string[]] = [operationId]): OperationEntry {
  return { api: 'test', operationId, method: 'POST', pathTemplate: '/x', eventTypes, responses: {} };
}

// ajv compiles patterns with the `u` flag; other validators may not.
const compile = (pattern: string) => [new RegExp(pattern, 'u'), new RegExp(pattern)];

describe('eventTypePattern', () => {
  it('takes, for each letter and digit, exactly the characters that lower-case to it (every code point checked)', () => {
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
    const single = new Map([...alphabet].map((character) => [character, compile(eventTypePattern(operationNamed(character)))]));
    const anyOfThem = compile([...alphabet].map((character) => `(?:${eventTypePattern(operationNamed(character))})`).join('|'));
    let matched = 0;
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      const character = String.fromCodePoint(codePoint);
      const lower = character.toLowerCase();
      const patterns = single.get(lower);
      if (patterns === undefined || character === '_') {
        if (anyOfThem.some((pattern) => pattern.test(character))) expect.fail(`U+${codePoint.toString(16)} matches a letter it does not lower-case to`);
        continue;
      }
      matched++;
      expect(patterns.every((pattern) => pattern.test(character)), `U+${codePoint.toString(16)}`).toBe(true);
      for (const [other, otherPatterns] of single) {
        if (other !== lower) expect(otherPatterns.some((pattern) => pattern.test(character))).toBe(false);
      }
    }
    // a-z and A-Z, 0-9, and KELVIN SIGN.
    expect(matched).toBe(26 * 2 + 10 + 1);
  });

  it('agrees with namesOperation on every listed spelling and operationId of the catalogue', () => {
    const names = operations.flatMap((operation) => [...operation.eventTypes, operation.operationId]);
    const disagreements: string[] = [];
    let named = 0;
    for (const operation of operations) {
      const patterns = compile(eventTypePattern(operation));
      for (const name of names) {
        const expected = namesOperation(name, operation);
        if (expected) named++;
        if (patterns.some((pattern) => pattern.test(name) !== expected)) disagreements.push(`${operation.operationId} ${name}`);
      }
    }
    expect(disagreements).toEqual([]);
    // Every operation is named by its own names, and some by another operation's (update_tenant).
    expect(named).toBeGreaterThan(names.length);
  });

  it('agrees with namesOperation on generated spellings', () => {
    const spelling = fc
      .record({
        operation: fc.constantFrom(...operations),
        cases: fc.array(fc.constantFrom('lower', 'upper', 'kelvin', 'dotted-i', 'long-s'), { minLength: 60, maxLength: 60 }),
        underscores: fc.array(fc.nat({ max: 2 }), { minLength: 61, maxLength: 61 }),
        edit: fc.constantFrom('none', 'drop', 'double', 'swap', 'dash', 'space', 'newline-end'),
        at: fc.nat(),
      })
      .map(({ operation, cases, underscores, edit, at }) => {
        const letters = [...operation.operationId].map((character, index) => {
          const lower = character.toLowerCase();
          switch (cases[index]) {
            case 'upper':
              return lower.toUpperCase();
            case 'kelvin':
              return lower === 'k' ? '\u212A' : lower;
            case 'dotted-i':
              return lower === 'i' ? '\u0130' : lower;
            case 'long-s':
              return lower === 's' ? '\u017F' : lower;
            default:
              return lower;
          }
        });
        let name = '_'.repeat(underscores[0]!) + letters.map((letter, index) => letter + '_'.repeat(underscores[index + 1]!)).join('');
        const position = at % (name.length + 1);
        if (edit === 'drop') name = name.slice(0, position) + name.slice(position + 1);
        if (edit === 'double') name = name.slice(0, position) + name.charAt(position) + name.slice(position);
        if (edit === 'swap' && position + 1 < name.length) name = name.slice(0, position) + name.charAt(position + 1) + name.charAt(position) + name.slice(position + 2);
        if (edit === 'dash') name = `${name.slice(0, position)}-${name.slice(position)}`;
        if (edit === 'space') name = `${name.slice(0, position)} ${name.slice(position)}`;
        if (edit === 'newline-end') name = `${name}\n`;
        return { operation, name };
      });
    fc.assert(
      fc.property(spelling, ({ operation, name }) => {
        for (const pattern of compile(eventTypePattern(operation))) expect(pattern.test(name)).toBe(namesOperation(name, operation));
      }),
      { numRuns: 2_000, seed: 20260519 },
    );
  });

  it('keeps a listed spelling whose key is another', () => {
    const operation = operationNamed('CreateThing', ['create_thing', 'make.thing']);
    for (const pattern of compile(eventTypePattern(operation))) {
      expect(pattern.test('make.thing')).toBe(true);
      expect(pattern.test('makeXthing')).toBe(false);
      expect(pattern.test('CREATE_THING')).toBe(true);
    }
  });
  it('is one pattern of the key, letters in either case and underscores anywhere, when every spelling has that key', () => {
    expect(eventTypePattern(operationNamed('GetAb', ['get_ab', 'GET_AB', 'getab']))).toBe('^_*[gG]_*[eE]_*[tT]_*[aA]_*[bB]_*$');
    expect(eventTypePattern(operationNamed('Kb'))).toBe('^_*[kK\\u212A]_*[bB]_*$');
  });

  it('takes a character with no case as it is, escaped where a regular expression would read it', () => {
    const pattern = eventTypePattern(operationNamed('a/b.c-1+d'));
    expect(pattern).toBe('^_*[aA]_*\\/_*[bB]_*\\._*[cC]_*-_*1_*\\+_*[dD]_*$');
    for (const regex of compile(pattern)) {
      expect(regex.test('A/B.C-1+D')).toBe(true);
      expect(regex.test('a_/_b_._c-_1_+d')).toBe(true);
      expect(regex.test('aXbXc-1+d')).toBe(false);
      expect(regex.test('a/b.c-1d')).toBe(false);
    }
  });

  it('lists every spelling with another key after the pattern of the key, escaped', () => {
    const pattern = eventTypePattern(operationNamed('MakeThing', ['make_thing', 'make.thing', 'do(thing)', 'MAKE_THING']));
    expect(pattern).toBe('^(?:_*[mM]_*[aA]_*[kK\\u212A]_*[eE]_*[tT]_*[hH]_*[iI]_*[nN]_*[gG]_*|make\\.thing|do\\(thing\\))$');
    for (const regex of compile(pattern)) {
      for (const name of ['make.thing', 'do(thing)', 'Make_Thing']) expect(regex.test(name), name).toBe(true);
      for (const name of ['make.thingdo(thing)', 'dothing', 'make.thing|do(thing)', '']) expect(regex.test(name), name).toBe(false);
    }
  });
});
