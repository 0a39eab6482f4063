/**
 * Writes `spec-model/history.json`, the fact-only digest of the SaaSus specs' history, or checks it.
 *
 * Usage: `tsx scripts/import/import-history.ts [historyDir] [--check]` (`npm run import:history`)
 *   historyDir  the history folder (default: ../shared/saasus-openapi/history from the repository root)
 *   --check     write nothing; fail when the digest is missing, is not a valid digest, or differs
 *               from what the history gives. Without the history folder, the digest's validity is
 *               still checked and the comparison is skipped with a message.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SpecError } from '../lib/fail.js';
import { HistoryDigestSchema, digestProblems, printDigest } from './history-format.js';
import { computeHistory } from './history.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_HISTORY_DIR = resolve(ROOT, '..', 'shared', 'saasus-openapi', 'history');
export const DIGEST_FILE = resolve(ROOT, 'spec-model', 'history.json');

export interface ImportOptions {
  readonly historyDir: string;
  readonly digestFile: string;
  readonly check: boolean;
  readonly log: (line: string) => void;
  readonly error: (line: string) => void;
}

/** Problems of the digest text in a file: unreadable, not JSON, not the format, inconsistent. */
export function digestFileProblems(text: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return [`not JSON: ${(e as Error).message}`];
  }
  const parsed = HistoryDigestSchema.safeParse(data);
  if (!parsed.success) return parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.')}: ${i.message}`);
  const problems = digestProblems(parsed.data);
  if (problems.length === 0 && printDigest(parsed.data) !== text) problems.push('not in canonical form (run npm run import:history)');
  return problems;
}

/** Runs the import or its check; returns the exit code. */
export function runImport(options: ImportOptions): number {
  const { historyDir, digestFile, check, log, error } = options;
  const shown = relative(process.cwd(), digestFile) || digestFile;
  if (check) {
    if (!existsSync(digestFile)) {
      error(`import:history --check: ${shown} is missing; run npm run import:history and commit it`);
      return 1;
    }
    const text = readFileSync(digestFile, 'utf8');
    const problems = digestFileProblems(text);
    if (problems.length > 0) {
      error(`import:history --check: ${shown} is not a valid history digest:`);
      for (const p of problems.slice(0, 20)) error(`  ${p}`);
      return 1;
    }
    if (!existsSync(historyDir)) {
      log(`import:history --check: ${shown} is valid; history folder ${historyDir} not found, so skipping the comparison with it`);
      return 0;
    }
  } else if (!existsSync(historyDir)) {
    error(`import:history: history folder ${historyDir} not found; pass the folder of the SaaSus specs' history`);
    return 1;
  }

  let text: string;
  try {
    text = printDigest(computeHistory(historyDir));
  } catch (e) {
    if (e instanceof SpecError) {
      error(`import:history: ${e.message}`);
      return 1;
    }
    throw e;
  }
  if (check) {
    if (readFileSync(digestFile, 'utf8') !== text) {
      error(`import:history --check: ${shown} differs from the history in ${historyDir}; run npm run import:history and commit it`);
      return 1;
    }
    log(`import:history --check: ${shown} matches the history`);
    return 0;
  }
  mkdirSync(dirname(digestFile), { recursive: true });
  const unchanged = existsSync(digestFile) && readFileSync(digestFile, 'utf8') === text;
  if (!unchanged) writeFileSync(digestFile, text);
  log(`import:history: ${shown} ${unchanged ? 'is up to date' : 'written'}`);
  return 0;
}

function main(argv: readonly string[]): number {
  const usage = 'usage: tsx scripts/import/import-history.ts [historyDir] [--check]';
  const unknown = argv.filter((a) => a.startsWith('-') && a !== '--check');
  const positional = argv.filter((a) => !a.startsWith('-'));
  if (unknown.length > 0 || positional.length > 1) {
    console.error(usage);
    return 2;
  }
  return runImport({
    historyDir: positional[0] === undefined ? DEFAULT_HISTORY_DIR : resolve(positional[0]),
    digestFile: DIGEST_FILE,
    check: argv.includes('--check'),
    log: (line) => console.log(line),
    error: (line) => console.error(line),
  });
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
