import { parseArgs } from 'node:util';
import { validatePaths } from './validate.js';

const USAGE = `Usage: saasus-eventbridge validate [--strict] <paths...>

Validates SaaSus EventBridge event fixtures (files or folders of *.json).`;

/**
 * Runs the command line; returns the exit code.
 */
export async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { strict: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const [command, ...paths] = parsed.positionals;
  if (parsed.values.help === true) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command !== 'validate' || paths.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let reports;
  try {
    reports = await validatePaths(paths, parsed.values.strict === true);
  } catch (error) {
    process.stderr.write(`cannot read ${(error as NodeJS.ErrnoException).path ?? 'the given path'}\n`);
    return 1;
  }
  let passed = 0;
  let failed = 0;
  for (const report of reports) {
    const bad = new Set(report.failures.map((failure) => failure.index));
    failed += report.failures.length > 0 && report.events === 0 ? 1 : bad.size;
    passed += report.events - bad.size;
    process.stdout.write(`${report.failures.length === 0 ? 'ok  ' : 'FAIL'} ${report.file} (${report.events} event${report.events === 1 ? '' : 's'})\n`);
    for (const failure of report.failures) {
      process.stdout.write(`     #${failure.index} ${failure.eventType ?? '?'} at ${failure.path}: ${failure.message}\n`);
    }
  }
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}
