import type { CliIo } from './io.js';

/**
 * One option of a command, as the parser reads it and the help shows it. Every command also
 * takes `-h, --help`, which is not listed in its definition.
 *
 * @example
 * ```ts
 * const format: OptionDefinition = {
 *   type: 'string',
 *   valueName: 'format',
 *   default: 'text',
 *   choices: { text: 'for people', json: 'for programs' },
 *   description: 'the output format',
 * };
 * ```
 */
export interface OptionDefinition {
  readonly type: 'boolean' | 'string';
  /** One letter: `-x` for `--x…`. */
  readonly short?: string;
  /** A string option that may be given more than once; its value is the list (empty when absent). */
  readonly multiple?: boolean;
  /** A string option's value when it is absent (one of `choices` when they are given). */
  readonly default?: string;
  /** The only values a string option accepts, each with what it means (for the help). */
  readonly choices?: Readonly<Record<string, string>>;
  /** The placeholder of a string option's value in the help: `--event-type <name>`. */
  readonly valueName?: string;
  readonly description: string;
}

/**
 * The positional arguments of a command: a list of at least one (`<paths...>`). A command
 * without this takes none.
 *
 * @example
 * ```ts
 * const paths: PositionalsDefinition = { name: 'paths', description: 'files, folders and glob patterns' };
 * ```
 */
export interface PositionalsDefinition {
  readonly name: string;
  readonly description: string;
}

/**
 * The parsed value of one option: `boolean` for a flag (false when absent), `string[]` for a
 * repeatable option, the union of its choices for an option with choices, `string` otherwise;
 * `undefined` is possible only for a string option without a default.
 *
 * @example
 * ```ts
 * type Format = OptionValue<{ type: 'string'; default: 'text'; choices: { text: ''; json: '' }; description: '' }>; // 'text' | 'json'
 * ```
 */
export type OptionValue<Option extends OptionDefinition> = Option extends { readonly type: 'boolean' }
  ? boolean
  : Option extends { readonly multiple: true }
    ? string[]
    : (Option extends { readonly choices: infer Choices } ? Extract<keyof Choices, string> : string) | (Option extends { readonly default: string } ? never : undefined);

/**
 * The parsed values of a command's options, by option name.
 *
 * @example
 * ```ts
 * type Values = OptionValues<{ strict: { type: 'boolean'; description: '' } }>; // { readonly strict: boolean }
 * ```
 */
export type OptionValues<Options extends Readonly<Record<string, OptionDefinition>>> = {
  readonly [Name in keyof Options]: OptionValue<Options[Name]>;
};

/**
 * A command's arguments once parsed: each option's value, and the positional arguments.
 *
 * @example
 * ```ts
 * const input: CommandInput<{}> = { values: {}, positionals: ['fixtures'] };
 * ```
 */
export interface CommandInput<Options extends Readonly<Record<string, OptionDefinition>>> {
  readonly values: OptionValues<Options>;
  readonly positionals: readonly string[];
}

/**
 * One subcommand of `saasus-eventbridge`, declared: the parser, the help and the command list
 * are all generated from it.
 *
 * @example
 * ```ts
 * const hello = defineCommand({
 *   name: 'hello',
 *   summary: 'say hello',
 *   description: 'Says hello.',
 *   options: { loud: { type: 'boolean', description: 'in capitals' } },
 *   run: async ({ values }, io) => (io.stdout.write(values.loud ? 'HELLO\n' : 'hello\n'), 0),
 * });
 * ```
 */
export interface CommandDefinition<Options extends Readonly<Record<string, OptionDefinition>>> {
  readonly name: string;
  /** One line for the command list of `--help`. */
  readonly summary: string;
  /** What the command does, for its `--help` (paragraphs separated by blank lines). */
  readonly description: string;
  readonly options: Options;
  readonly positionals?: PositionalsDefinition;
  /** Closing paragraphs of the help: exit codes, guarantees. */
  readonly notes?: string;
  /**
   * Runs the command; resolves to the exit code. Throws {@link UsageError} for arguments the
   * parser could not judge (an unknown event type).
   */
  run(input: CommandInput<Options>, io: CliIo): Promise<number>;
}

/**
 * Any command of the table, its option types forgotten.
 *
 * @example
 * ```ts
 * const commands: readonly Command[] = [validateCommand, listCommand];
 * ```
 */
export type Command = CommandDefinition<Readonly<Record<string, OptionDefinition>>>;

/**
 * Declares a command, inferring its option values' types from its option definitions.
 *
 * @example
 * ```ts
 * export const listCommand = defineCommand({ name: 'list', summary: '…', description: '…', options: {}, run: async () => 0 });
 * ```
 */
export function defineCommand<const Options extends Readonly<Record<string, OptionDefinition>>>(
  definition: CommandDefinition<Options>,
): CommandDefinition<Options> {
  return definition;
}
