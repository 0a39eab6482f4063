import type { Command } from './command.js';
import { listCommand } from './commands/list.js';
import { patternCommand } from './commands/pattern.js';
import { schemaCommand } from './commands/schema.js';
import { validateCommand } from './commands/validate.js';

/**
 * The program's name, as installed by the package's `bin`.
 *
 * @example
 * ```ts
 * `Run "${PROGRAM} --help"`;
 * ```
 */
export const PROGRAM = 'saasus-eventbridge';

/**
 * Every command of `saasus-eventbridge`, in the order `--help` lists them.
 *
 * @example
 * ```ts
 * const command = COMMANDS.find((candidate) => candidate.name === 'validate');
 * ```
 */
export const COMMANDS: readonly Command[] = [validateCommand, schemaCommand, patternCommand, listCommand];
