/**
 * `npm run mutation [part…]`: runs Stryker (stryker.config.mjs) on each part of
 * mutation-parts.json in turn, every part when none is given, then prints the score of all parts
 * that have a report.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { readMutationParts } from './mutation/parts.js';

const parts = Object.keys(readMutationParts());
const { positionals } = parseArgs({ allowPositionals: true, options: {} });
const unknown = positionals.filter((part) => !parts.includes(part));
if (unknown.length > 0) {
  process.stderr.write(`mutation: no part ${unknown.join(', ')} in mutation-parts.json (parts: ${parts.join(', ')})\n`);
  process.exit(2);
}
for (const part of positionals.length > 0 ? positionals : parts) {
  process.stdout.write(`mutation: part ${part}\n`);
  const run = spawnSync('node_modules/.bin/stryker', ['run', 'stryker.config.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, MUTATION_PART: part },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
const score = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/mutation-score.ts'], { stdio: 'inherit' });
process.exit(score.status ?? 1);
