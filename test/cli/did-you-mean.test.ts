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

  it('prefers the nearest name', () => {
    expect(closestName('jso', ['jsonl', 'json'])).toBe('json');
    expect(closestName('jsno', ['text', 'json', 'github'])).toBe('json');
  });

  it('does not compare input longer than any name could be a typo of', () => {
    expect(closestName(`--strict${'x'.repeat(100)}`, OPTIONS)).toBeUndefined();
    expect(closestName('x'.repeat(1_000_000), OPTIONS)).toBeUndefined();
  });
});
