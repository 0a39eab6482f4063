import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findMissingExamples, type ReflectionJson } from './api-examples.js';
import { describeFailure, runCommand } from './run-command.js';

/**
 * Runs TypeDoc with the repository's `typedoc.json` (which fails on an export without TSDoc, on
 * broken links and on any other warning), writing only its JSON model into `workDir`, then
 * requires an `@example` on every export that is not generated. Returns a one-line summary;
 * throws with TypeDoc's output or the list of exports without an example.
 *
 * @example
 * ```ts
 * console.log(await checkApiDocs(repoRoot, mkdtempSync(join(tmpdir(), 'docs-'))));
 * ```
 */
export async function checkApiDocs(repoRoot: string, workDir: string): Promise<string> {
  const jsonPath = join(workDir, 'api.json');
  const typedoc = join(repoRoot, 'node_modules', '.bin', 'typedoc');
  // --json alone replaces the HTML output of typedoc.json: nothing is written to docs/api.
  const result = await runCommand(typedoc, ['--json', jsonPath, '--logLevel', 'Warn'], { cwd: repoRoot });
  if (result.exitCode !== 0) throw new Error(`TypeDoc reported problems (see typedoc.json):\n${describeFailure(result)}`);

  const report = findMissingExamples(JSON.parse(readFileSync(jsonPath, 'utf8')) as ReflectionJson);
  // Guards against a TypeDoc JSON layout this walker does not know, which would check nothing.
  if (!report.checked.some((name) => name.endsWith(':parseEvent'))) {
    throw new Error(`the @example check found no parseEvent among ${report.checked.length} exports: TypeDoc's JSON layout changed?`);
  }
  if (report.missing.length > 0) {
    const lines = report.missing.map((entry) => `  ${entry.entryPoint}:${entry.name} (${entry.source})`);
    throw new Error(`exports without an @example in their TSDoc:\n${lines.join('\n')}`);
  }
  return `${report.checked.length} exports documented with an @example (${report.generated} of them generated)`;
}
