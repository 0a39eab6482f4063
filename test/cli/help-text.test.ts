import { describe, expect, it } from 'vitest';
import { defineCommand, type Command } from '../../src/cli/command.js';
import { COMMANDS, PROGRAM } from '../../src/cli/command-table.js';
import { commandHelp, commandSynopsis, programHelp } from '../../src/cli/help-text.js';
import { runCli } from '../support/run-cli.js';

const words = (text: string) => text.split(/\s+/).filter((word) => word !== '');

describe.each(COMMANDS.map((command) => [command.name, command] as const))('the help of %s', (name, command) => {
  const help = commandHelp(PROGRAM, command);

  it('is what "<command> --help" prints', async () => {
    expect((await runCli([name, '--help'])).stdout).toBe(help);
  });

  it('fits 80 columns', () => {
    for (const line of help.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('shows every option of the table, with its choices, default and description, in the synopsis and the list', () => {
    const synopsis = commandSynopsis(PROGRAM, command);
    expect(help.startsWith(`${synopsis}\n\n`)).toBe(true);
    expect(synopsis.startsWith(`Usage: ${PROGRAM} ${name}`)).toBe(true);
    const flat = words(help).join(' ');
    for (const [option, definition] of Object.entries(command.options)) {
      expect(synopsis).toContain(`[--${option}`);
      expect(help).toMatch(new RegExp(`^  (-\\w, )?--${option}\\b`, 'm'));
      expect(flat).toContain(words(definition.description).join(' '));
      for (const [choice, meaning] of Object.entries(definition.choices ?? {})) {
        const marked = choice === definition.default ? `${choice} (default):` : `${choice}:`;
        expect(flat).toContain(`${marked} ${words(meaning).join(' ')}`);
      }
    }
    expect(help).toMatch(/^ {2}-h, --help +show this help$/m);
    expect(flat).toContain(words(command.description).join(' '));
  });
});

describe('programHelp', () => {
  it('lists every command of the table with its summary, within 80 columns', () => {
    const help = programHelp(PROGRAM, COMMANDS);
    for (const command of COMMANDS) expect(help).toMatch(new RegExp(`^  ${command.name} +${command.summary.replace(/[()]/g, '\\$&')}$`, 'm'));
    for (const line of help.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });
});

describe('commandHelp', () => {
  const command = defineCommand({
    name: 'demo',
    summary: 'a demo',
    description: `First paragraph ${'word '.repeat(30)}end.\n\nSecond paragraph.`,
    positionals: { name: 'thing', description: 'things' },
    options: {
      level: { type: 'string', short: 'l', valueName: 'n', default: '3', description: 'how much' },
      mode: { type: 'string', valueName: 'mode', default: 'b', choices: { a: 'the first', b: 'the second' }, description: 'which mode' },
      tag: { type: 'string', multiple: true, valueName: 'tag', description: 'a tag' },
    },
    run: async () => 0,
  }) as Command;

  it('writes synopsis, wrapped paragraphs, arguments and options from the definition', () => {
    expect(commandHelp('prog', command)).toBe(
      [
        'Usage: prog demo [--level <n>] [--mode a|b] [--tag <tag>]... <thing...>',
        '',
        'First paragraph word word word word word word word word word word word word word',
        'word word word word word word word word word word word word word word word word',
        'word end.',
        '',
        'Second paragraph.',
        '',
        'Arguments:',
        '  <thing...>  things',
        '',
        'Options:',
        '  -l, --level <n>  how much (default: 3)',
        '  --mode <mode>    which mode:',
        '                   a: the first',
        '                   b (default): the second',
        '  --tag <tag>      a tag (repeatable)',
        '  -h, --help       show this help',
        '',
      ].join('\n'),
    );
  });
});
