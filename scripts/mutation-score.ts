/**
 * Prints the mutation score of Stryker JSON reports taken together (scripts/mutation/score.ts):
 * `npm run mutation:score` reads the two reports of the split run; paths given are read instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatScoreTable, scoreReports, type StrykerReport } from './mutation/score.js';

const SPLIT_RUN = ['reports/mutation-hot-path/mutation.json', 'reports/mutation/mutation.json'];

const { positionals } = parseArgs({ allowPositionals: true, options: {} });
const paths = positionals.length > 0 ? positionals : SPLIT_RUN;
const missing = paths.filter((path) => !existsSync(path));
if (missing.length > 0) {
  process.stderr.write(`mutation-score: no report at ${missing.join(', ')} (run npm run mutation:hot-path and npm run mutation:rest)\n`);
  process.exit(1);
}
const reports = paths.map((path) => JSON.parse(readFileSync(path, 'utf8')) as StrykerReport);
process.stdout.write(`mutation score of ${paths.join(' + ')}\n\n${formatScoreTable(scoreReports(reports))}`);
