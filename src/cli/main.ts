import type { Command } from './command.js';
import { COMMANDS, PROGRAM } from './command-table.js';
import { closestName } from './did-you-mean.js';
import { commandHelp, commandSynopsis, programHelp } from './help-text.js';
import { processIo, type CliIo } from './io.js';
import { packageVersion } from './package-version.js';
import { parseCommandLine } from './parse-command-line.js';
import { quotedArgument } from './printable.js';
import { UsageError } from './usage-error.js';

/**
 * Runs the `saasus-eventbridge` command line on `argv` (without `node` and the script) and
 * resolves to the exit code: 0 success, 1 invalid events or unreadable files, 2 usage error.
 * Never throws for bad input; writes only to `io`.
 *
 * @example
 * ```ts
 * process.exitCode = await main(['validate', '--strict', 'fixtures']);
 * ```
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-v') {
    io.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  if (first === '--help' || first === '-h' || (first === 'help' && rest.length === 0)) {
    io.stdout.write(programHelp(PROGRAM, COMMANDS));
    return 0;
  }
  const name = first === 'help' ? rest[0]! : first;
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined) {
    const hint = name === undefined ? undefined : closestName(name, COMMANDS.map((candidate) => candidate.name));
    const problem = name === undefined ? 'no command given' : `unknown command ${quotedArgument(name)}${hint === undefined ? '' : ` (did you mean "${hint}"?)`}`;
    io.stderr.write(`${PROGRAM}: ${problem}\n\n${programHelp(PROGRAM, COMMANDS)}`);
    return 2;
  }
  if (first === 'help') {
    io.stdout.write(commandHelp(PROGRAM, command));
    return 0;
  }
  return runCommand(command, rest, io);
}

async function runCommand(command: Command, args: readonly string[], io: CliIo): Promise<number> {
  try {
    const parsed = parseCommandLine(command, args);
    if (parsed.help) {
      io.stdout.write(commandHelp(PROGRAM, command));
      return 0;
    }
    return await command.run(parsed, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`${PROGRAM} ${command.name}: ${error.message}\n${commandSynopsis(PROGRAM, command)}\nRun "${PROGRAM} ${command.name} --help" for more.\n`);
    return 2;
  }
}
