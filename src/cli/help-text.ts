import type { Command, OptionDefinition } from './command.js';

/** Help fits an 80-column terminal. */
const WIDTH = 80;

/**
 * A command's synopsis, `Usage: saasus-eventbridge validate [--strict] … <path...>`, from its
 * definition, wrapped under the command name when longer than a line.
 *
 * @example
 * ```ts
 * commandSynopsis('saasus-eventbridge', patternCommand); // 'Usage: saasus-eventbridge pattern [--event-type <name>]...'
 * ```
 */
export function commandSynopsis(program: string, command: Command): string {
  const words = Object.entries(command.options).map(([name, option]) => `[${optionUsage(name, option, true)}]${option.multiple === true ? '...' : ''}`);
  if (command.positionals !== undefined) words.push(`<${command.positionals.name}...>`);
  const head = `Usage: ${program} ${command.name}`;
  return wrapWords(words, WIDTH, head.length + 1, `${head} `);
}

/**
 * The text of `<command> --help`: synopsis, description, arguments, options (with their
 * choices and defaults), notes. Every line fits 80 columns.
 *
 * @example
 * ```ts
 * io.stdout.write(commandHelp('saasus-eventbridge', schemaCommand));
 * ```
 */
export function commandHelp(program: string, command: Command): string {
  const sections = [commandSynopsis(program, command), wrapParagraphs(command.description)];
  if (command.positionals !== undefined) {
    sections.push(`Arguments:\n${twoColumns([[`<${command.positionals.name}...>`, [command.positionals.description]]])}`);
  }
  const rows = Object.entries(command.options).map(([name, option]): Row => [
    `${option.short === undefined ? '' : `-${option.short}, `}${optionUsage(name, option, false)}`,
    optionDescription(option),
    // A choice's paragraph continues indented under its name.
    option.choices === undefined ? 0 : 2,
  ]);
  rows.push(['-h, --help', ['show this help']]);
  sections.push(`Options:\n${twoColumns(rows)}`);
  if (command.notes !== undefined) sections.push(wrapParagraphs(command.notes));
  return `${sections.join('\n\n')}\n`;
}

/**
 * The text of `saasus-eventbridge --help`: the commands of the table with their summaries, and
 * the global options.
 *
 * @example
 * ```ts
 * io.stdout.write(programHelp('saasus-eventbridge', COMMANDS));
 * ```
 */
export function programHelp(program: string, commands: readonly Command[]): string {
  return [
    `Usage: ${program} <command> [options]`,
    `Commands:\n${twoColumns(commands.map((command) => [command.name, [command.summary]]))}`,
    `Options:\n${twoColumns([
      ['-h, --help', [`show this help ("${program} <command> --help" for a command's)`]],
      ['-v, --version', ['print the version']],
    ])}`,
  ]
    .join('\n\n')
    .concat('\n');
}

/** `--format <format>` in the options list, `--format text|json|github` in the synopsis. */
function optionUsage(name: string, option: OptionDefinition, inSynopsis: boolean): string {
  if (option.type === 'boolean') return `--${name}`;
  if (inSynopsis && option.choices !== undefined) return `--${name} ${Object.keys(option.choices).join('|')}`;
  return `--${name} <${option.valueName ?? 'value'}>`;
}

/** The description, then one `choice: meaning` paragraph per choice, the default marked. */
function optionDescription(option: OptionDefinition): string[] {
  const repeatable = option.multiple === true ? ' (repeatable)' : '';
  if (option.choices === undefined) {
    const fallback = option.default === undefined ? '' : ` (default: ${option.default})`;
    return [`${option.description}${repeatable}${fallback}`];
  }
  return [
    `${option.description}${repeatable}:`,
    ...Object.entries(option.choices).map(([choice, meaning]) => `${choice}${choice === option.default ? ' (default)' : ''}: ${meaning}`),
  ];
}

/** A term, its paragraphs, and how much further than the first the others' continuation lines are indented. */
type Row = readonly [term: string, paragraphs: readonly string[], hanging?: number];

/** Rows of a term and its paragraphs, the paragraphs aligned after the widest term. */
function twoColumns(rows: readonly Row[]): string {
  const termWidth = Math.max(...rows.map(([term]) => term.length));
  const indent = 2 + termWidth + 2;
  return rows
    .map(([term, paragraphs, hanging = 0]) => {
      const lines = paragraphs.map((paragraph, index) => wrapWords(paragraph.split(' '), WIDTH, indent + (index === 0 ? 0 : hanging), ''));
      return `  ${term.padEnd(termWidth)}  ${lines.join(`\n${' '.repeat(indent)}`)}`;
    })
    .join('\n');
}

/** Paragraphs separated by blank lines, each wrapped to the width. */
function wrapParagraphs(text: string): string {
  return text
    .split('\n\n')
    .map((paragraph) => wrapWords(paragraph.split(/\s+/), WIDTH, 0, ''))
    .join('\n\n');
}

/**
 * Words joined by spaces into lines of at most `width` columns (a longer word stands alone);
 * the first line starts with `first` (and counts as taking `indent` columns), the others with
 * `indent` spaces.
 */
function wrapWords(words: readonly string[], width: number, indent: number, first: string): string {
  const lines: string[] = [];
  let line = first;
  let used = first === '' ? indent : first.length;
  let empty = true;
  for (const word of words) {
    if (word === '') continue;
    if (!empty && used + 1 + word.length > width) {
      lines.push(line);
      line = ' '.repeat(indent);
      used = indent;
      empty = true;
    }
    line += empty ? word : ` ${word}`;
    used += (empty ? 0 : 1) + word.length;
    empty = false;
  }
  lines.push(line);
  return lines.join('\n');
}
