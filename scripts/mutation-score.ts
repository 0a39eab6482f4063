/**
 * Prints the mutation score of Stryker JSON reports taken together (scripts/mutation/score.ts):
 * `npm run mutation:score` reads the report of every part of mutation-parts.json that has one;
 * paths given are read instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readMutationParts, reportPathOf } from './mutation/parts.js';
import { formatScoreTable, scoreReports, type StrykerReport } from './mutation/score.js';

const { positionals } = parseArgs({ allowPositionals: true, options: {} });
const partReports = Object.keys(readMutationParts()).map(reportPathOf);
const paths = positionals.length > 0 ? positionals : partReports.filter((path) => existsSync(path));
const missing = paths.filter((path) => !existsSync(path));
if (paths.length === 0 || missing.length > 0) {
  process.stderr.write(`mutation-score: no report at ${(missing.length > 0 ? missing : partReports).join(', ')} (run npm run mutation)\n`);
  process.exit(1);
}
const reports = paths.map((path) => JSON.parse(readFileSync(path, 'utf8')) as StrykerReport);
const unmeasured = positionals.length > 0 ? [] : partReports.filter((path) => !paths.includes(path));
process.stdout.write(
  `mutation score of ${paths.join(' + ')}\n${unmeasured.length > 0 ? `not measured: ${unmeasured.join(', ')}\n` : ''}\n${formatScoreTable(scoreReports(reports))}`,
);
