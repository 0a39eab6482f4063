import { describe, expect, it } from 'vitest';
import { defineCommand, type Command } from '../../src/cli/command.js';
import { listOf, parseCommandLine } from '../../src/cli/parse-command-line.js';
import { UsageError } from '../../src/cli/usage-error.js';

const options = {
  quiet: { type: 'boolean', short: 'q', description: 'say less' },
  color: { type: 'string', valueName: 'color', default: 'red', choices: { red: 'warm', blue: 'cold' }, description: 'the color' },
  tag: { type: 'string', multiple: true, valueName: 'tag', description: 'a tag' },
  name: { type: 'string', valueName: 'name', description: 'a name' },
} as const;

const withPaths = defineCommand({
  name: 'paint',
  summary: 'paint files',
  description: 'Paints files.',
  positionals: { name: 'path', description: 'files to paint' },
  options,
  run: async () => 0,
}) as Command;

const optionsOnly = defineCommand({ name: 'mix', summary: 'mix', description: 'Mixes.', options, run: async () => 0 }) as Command;

function usageError(command: Command, args: string[]): string {
  try {
    parseCommandLine(command, args);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('no usage error');
}

describe('parseCommandLine', () => {
  it('gives every option a value: flags false, repeatable options [], string options their default or undefined', () => {
    expect(parseCommandLine(withPaths, ['a.json'])).toEqual({
      help: false,
      values: { quiet: false, color: 'red', tag: [], name: undefined },
      positionals: ['a.json'],
    });
  });

  it('reads long and short options, repeated options and positionals in any order', () => {
    const parsed = parseCommandLine(withPaths, ['a', '-q', '--color', 'blue', '--tag', 'x', 'b', '--tag=y', '--name', 'n', '--', '--c']);
    expect(parsed).toEqual({ help: false, values: { quiet: true, color: 'blue', tag: ['x', 'y'], name: 'n' }, positionals: ['a', 'b', '--c'] });
  });

  it('asks for the help on -h or --help anywhere, whatever else is wrong', () => {
    for (const args of [['--help'], ['-h'], ['--bogus', 'a', '--help'], ['--color', 'green', '-h'], ['', '-h']]) {
      expect(parseCommandLine(withPaths, args)).toEqual({ help: true });
    }
    expect(parseCommandLine(optionsOnly, ['extra', '--help'])).toEqual({ help: true });
  });

  it.each([
    [['--bogus', 'a'], 'unknown option "--bogus"'],
    [['--quiett', 'a'], 'unknown option "--quiett" (did you mean "--quiet"?)'],
    [['--colour', 'red', 'a'], 'unknown option "--colour" (did you mean "--color"?)'],
    [['-x', 'a'], 'unknown option "-x"'],
    [['--color', 'green', 'a'], 'unknown value "green" for --color: use red or blue'],
    [['--color', 'bleu', 'a'], 'unknown value "bleu" for --color (did you mean "blue"?): use red or blue'],
    [['--color'], "Option '--color <value>' argument missing"],
    [['--quiet=yes', 'a'], "Option '-q, --quiet' does not take an argument"],
    [[], 'missing <path...>: files to paint'],
    [['a', ''], 'argument 2 is an empty <path>, which names nothing'],
    [['--', ''], 'argument 1 is an empty <path>, which names nothing'],
  ])('rejects %j', (args, message) => {
    expect(usageError(withPaths, args)).toBe(message);
  });

  it("gives parseArgs' own messages on one line", () => {
    const message = usageError(withPaths, ['--color', '--quiet', 'a']);
    expect(message).toMatch(/^Option '--color' argument is ambiguous\. Did you forget/);
    expect(message).not.toContain('\n');
  });

  it('rejects positional arguments for a command that takes none', () => {
    expect(usageError(optionsOnly, ['extra'])).toBe('unexpected argument "extra": mix takes options only');
    expect(parseCommandLine(optionsOnly, [])).toMatchObject({ help: false, positionals: [] });
  });

  it('quotes, escapes and cuts what the user typed', () => {
    expect(usageError(withPaths, ['--a\u001b[2J', 'x'])).toBe('unknown option "--a\\u001b[2J"');
    expect(usageError(withPaths, ['--color', 'x'.repeat(1000), 'a'])).toBe(`unknown value "${'x'.repeat(80)}"… for --color: use red or blue`);
  });
});

describe('listOf', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a or b'],
    [['a', 'b', 'c'], 'a, b or c'],
  ])('%j', (names, text) => {
    expect(listOf(names)).toBe(text);
  });
});
