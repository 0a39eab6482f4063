import type { Command } from './command.js';
import { listCommand } from './commands/list.js';
import { patternCommand } from './commands/pattern.js';
import { schemaCommand } from './commands/schema.js';
import { validateCommand } from './commands/validate.js';
import { processIo, type CliIo } from './io.js';
import { packageVersion } from './package-version.js';
import { UsageError } from './usage-error.js';

const COMMANDS: readonly Command[] = [validateCommand, schemaCommand, patternCommand, listCommand];
const PROGRAM = 'saasus-eventbridge';

const USAGE = `Usage: ${PROGRAM} <command> [options]

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(10)}${command.summary}`).join('\n')}

Options:
  -h, --help     show this help ("${PROGRAM} <command> --help" for a command's)
  -v, --version  print the version`;

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
  if (first === '--help' || first === '-h') {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (first === 'help') return help(rest[0], io);
  const command = COMMANDS.find((candidate) => candidate.name === first);
  if (command === undefined) {
    const problem = first === undefined ? 'no command given' : `unknown command "${first}"`;
    io.stderr.write(`${PROGRAM}: ${problem}\n\n${USAGE}\n`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const synopsis = command.usage.split('\n')[0]!;
    io.stderr.write(`${PROGRAM} ${command.name}: ${error.message}\n${synopsis}\nRun "${PROGRAM} ${command.name} --help" for more.\n`);
    return 2;
  }
}

function help(name: string | undefined, io: CliIo): number {
  if (name === undefined) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined) {
    io.stderr.write(`${PROGRAM}: unknown command "${name}"\n\n${USAGE}\n`);
    return 2;
  }
  io.stdout.write(`${command.usage}\n`);
  return 0;
}
