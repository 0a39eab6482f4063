import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIo } from './io.js';
import { UsageError } from './usage-error.js';

/**
 * One subcommand of `saasus-eventbridge`.
 *
 * @example
 * ```ts
 * const hello: Command = {
 *   name: 'hello',
 *   summary: 'Say hello',
 *   usage: 'Usage: saasus-eventbridge hello',
 *   run: async (_args, io) => (io.stdout.write('hello\n'), 0),
 * };
 * ```
 */
export interface Command {
  readonly name: string;
  /** One line for the command list of `--help`. */
  readonly summary: string;
  /** The text of `<command> --help`. */
  readonly usage: string;
  /** Runs the command on the arguments after its name; resolves to the exit code. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/**
 * `parseArgs` (strict) whose errors become {@link UsageError}s, so that they exit with code 2.
 *
 * @example
 * ```ts
 * const { values } = parseCommandArgs({ args: ['--strict'], options: { strict: { type: 'boolean' } } });
 * ```
 */
export function parseCommandArgs<const Config extends ParseArgsConfig>(config: Config): ReturnType<typeof parseArgs<Config>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : 'cannot read the arguments');
  }
}
