import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestName } from '../../src/cli/did-you-mean.js';

const OPTIONS = ['--strict', '--format', '--verbose', '--help', '-h'];

describe('closestName', () => {
  it.each([
    ['--strcit', '--strict'], // two neighbours swapped: one edit
    ['--stict', '--strict'],
    ['--Strict', '--strict'],
    ['--formt', '--format'],
    ['--verb', '--verbose'], // the start of a name
    ['--hlep', '--help'],
  ])('%s: %s', (input, expected) => {
    expect(closestName(input, OPTIONS)).toBe(expected);
  });

  it.each(['--bogus', '-x', '--', 'x', '--strictest-mode-ever'])('%s: nothing near', (input) => {
    expect(closestName(input, OPTIONS)).toBeUndefined();
  });

  it('prefers the nearest name, and the first of equally near ones', () => {
    expect(closestName('jso', ['jsonl', 'json'])).toBe('json');
    expect(closestName('jsno', ['text', 'json', 'github'])).toBe('json');
    expect(closestName('jsox', ['json', 'jsoy'])).toBe('json');
    expect(closestName('jsox', ['jsoy', 'json'])).toBe('jsoy');
  });

  it('lets a third of a name differ: two letters of a name of 6 to 8', () => {
    expect(closestName('--frmt', OPTIONS)).toBe('--format');
    expect(closestName('--frm', OPTIONS)).toBeUndefined();
    expect(closestName('he', ['help'])).toBeUndefined();
    expect(closestName('hel', ['help'])).toBe('help');
  });

  it('takes input of 3 characters or more that starts a name, however short', () => {
    expect(closestName('ver', ['verbose'])).toBe('verbose');
    expect(closestName('ve', ['verbose'])).toBeUndefined();
    expect(closestName('ose', ['verbose'])).toBeUndefined();
  });

  it('counts edits as the optimal string alignment distance does', () => {
    const letters = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 7 });
    fc.assert(
      fc.property(letters, letters, (input, candidate) => {
        const near = alignmentDistance(input, candidate) <= Math.floor(candidate.length / 3) || (input.length >= 3 && candidate.startsWith(input));
        expect(closestName(input, [candidate])).toBe(near ? candidate : undefined);
      }),
      { numRuns: 3000, seed: 20261128 },
    );
  });

  it('does not compare input longer than any name could be a typo of', () => {
    expect(closestName('x'.repeat(100), ['x'.repeat(100)])).toBe('x'.repeat(100));
    expect(closestName('x'.repeat(101), ['x'.repeat(101)])).toBeUndefined();
    expect(closestName(`--strict${'x'.repeat(100)}`, OPTIONS)).toBeUndefined();
    expect(closestName('x'.repeat(1_000_000), OPTIONS)).toBeUndefined();
  });
});

/**
 * The distance by its recursive definition: the last letters match, or the last edit was a
 * deletion, an insertion, a substitution, or a swap of the last two neighbours.
 */
function alignmentDistance(a: string, b: string): number {
  const memo = new Map<string, number>();
  const distance = (i: number, j: number): number => {
    if (i === 0 || j === 0) return i + j;
    const key = `${i},${j}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const options = [distance(i - 1, j) + 1, distance(i, j - 1) + 1, distance(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1)];
    if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) options.push(distance(i - 2, j - 2) + 1);
    const result = Math.min(...options);
    memo.set(key, result);
    return result;
  };
  return distance(a.length, b.length);
}
