import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Command, CommandInput, OptionDefinition } from './command.js';
import { closestName } from './did-you-mean.js';
import { escapeUnsafe, quotedArgument } from './printable.js';
import { UsageError } from './usage-error.js';

type ParseArgsOptions = NonNullable<ParseArgsConfig['options']>;

/**
 * What a command line asks of a command: its help, or a run with these values.
 *
 * @example
 * ```ts
 * const parsed: ParsedCommandLine = { help: false, values: { strict: true }, positionals: ['fixtures'] };
 * ```
 */
export type ParsedCommandLine = { readonly help: true } | ({ readonly help: false } & CommandInput<Command['options']>);

/**
 * Parses a command's arguments (those after its name) by its definition, with `util.parseArgs`:
 * `-h`/`--help` anywhere asks for the help; an unknown option, a missing or extra argument, an
 * empty path and a value outside an option's choices are {@link UsageError}s, with a "did you
 * mean" hint when a known name is near. Absent flags are `false`, absent repeatable options `[]`,
 * absent string options their default.
 *
 * @example
 * ```ts
 * const parsed = parseCommandLine(validateCommand, ['--strict', 'fixtures']);
 * if (!parsed.help) parsed.values.strict; // true
 * ```
 */
export function parseCommandLine(command: Command, args: readonly string[]): ParsedCommandLine {
  const options = parseArgsOptions(command.options);
  // A first, lenient pass sees every token, so that --help wins over mistakes and an unknown
  // option is named with a hint (parseArgs' own error gives neither).
  const { tokens } = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  if (tokens.some((token) => token.kind === 'option' && token.name === 'help')) return { help: true };
  for (const token of tokens) {
    if (token.kind === 'option' && !Object.hasOwn(options, token.name)) {
      const hint = closestName(token.rawName, optionNames(options));
      throw new UsageError(`unknown option ${quotedArgument(token.rawName)}${didYouMean(hint)}`);
    }
    if (token.kind === 'positional' && command.positionals === undefined) {
      throw new UsageError(`unexpected argument ${quotedArgument(token.value)}: ${command.name} takes options only`);
    }
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: command.positionals !== undefined });
  } catch (error) {
    // Missing, ambiguous or superfluous option values; parseArgs' message names the option as
    // defined (never what was typed), over several lines: one line here.
    const message = error instanceof Error ? error.message.replace(/\s*\n\s*/g, ' ') : 'cannot read the arguments';
    throw new UsageError(escapeUnsafe(message));
  }
  const values: Record<string, string | boolean | string[] | undefined> = {};
  for (const [name, option] of Object.entries(command.options)) {
    const value = optionValue(option, parsed.values[name]);
    for (const given of [value].flat()) {
      if (typeof given === 'string') checkChoice(name, option, given);
    }
    values[name] = value;
  }
  // Each value has the type OptionValue gives its definition: the table's types hold at run time.
  return { help: false, values: values as CommandInput<Command['options']>['values'], positionals: checkedPositionals(command, parsed.positionals) };
}

function parseArgsOptions(definitions: Command['options']): ParseArgsOptions {
  const options: ParseArgsOptions = { help: { type: 'boolean', short: 'h' } };
  for (const [name, option] of Object.entries(definitions)) {
    options[name] = {
      type: option.type,
      ...(option.short === undefined ? {} : { short: option.short }),
      ...(option.multiple === true ? { multiple: true } : {}),
    };
  }
  return options;
}

function optionNames(options: ParseArgsOptions): string[] {
  return Object.entries(options).flatMap(([name, option]) => [`--${name}`, ...(option.short === undefined ? [] : [`-${option.short}`])]);
}

function optionValue(option: OptionDefinition, given: unknown): string | boolean | string[] | undefined {
  if (option.type === 'boolean') return given === true;
  if (option.multiple === true) return Array.isArray(given) ? given.map(String) : [];
  return typeof given === 'string' ? given : option.default;
}

function checkChoice(name: string, option: OptionDefinition, value: string): void {
  if (option.choices === undefined || Object.hasOwn(option.choices, value)) return;
  const choices = Object.keys(option.choices);
  const hint = closestName(value, choices);
  throw new UsageError(`unknown value ${quotedArgument(value)} for --${name}${didYouMean(hint)}: use ${listOf(choices)}`);
}

function checkedPositionals(command: Command, positionals: readonly string[]): string[] {
  const definition = command.positionals;
  if (definition === undefined) return [];
  if (positionals.length === 0) throw new UsageError(`missing <${definition.name}...>: ${definition.description}`);
  const empty = positionals.indexOf('');
  if (empty !== -1) throw new UsageError(`argument ${empty + 1} is an empty <${definition.name}>, which names nothing`);
  return [...positionals];
}

function didYouMean(hint: string | undefined): string {
  return hint === undefined ? '' : ` (did you mean "${hint}"?)`;
}

/**
 * `a`, `a or b`, `a, b or c`.
 *
 * @example
 * ```ts
 * listOf(['text', 'json', 'github']); // 'text, json or github'
 * ```
 */
export function listOf(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)!}`;
}
