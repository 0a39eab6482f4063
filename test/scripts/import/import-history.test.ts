/**
 * `npm run import:history` and its `--check` (scripts/import/import-history.ts), on temporary
 * folders and the synthetic history in test/support/history-fixtures/widgets.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { type ImportOptions, runImport } from '../../../scripts/import/import-history.js';
import { historyFixture } from '../../support/history-fixtures/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const work = mkdtempSync(join(tmpdir(), 'import-history-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
function run(options: Partial<ImportOptions>): { code: number; log: string[]; error: string[] } {
  const log: string[] = [];
  const error: string[] = [];
  const code = runImport({
    historyDir: historyFixture('widgets'),
    digestFile: join(work, `digest-${n++}.json`),
    check: false,
    log: (l) => log.push(l),
    error: (l) => error.push(l),
    ...options,
  });
  return { code, log, error };
}

const absentHistory = join(work, 'no-such-history');

describe('import:history', { timeout: 60_000 }, () => {
  it('writes the digest, and --check then passes', () => {
    const digestFile = join(work, 'written.json');
    expect(run({ digestFile }).code).toBe(0);
    expect(existsSync(digestFile)).toBe(true);
    const checked = run({ digestFile, check: true });
    expect(checked).toMatchObject({ code: 0, error: [] });
    expect(checked.log.join('\n')).toMatch(/matches the history/);
  });

  it('fails without the history folder when asked to write', () => {
    const r = run({ historyDir: absentHistory });
    expect(r.code).toBe(1);
    expect(r.error.join('\n')).toMatch(/history folder .* not found/);
  });
});

describe('import:history --check', { timeout: 60_000 }, () => {
  const written = join(work, 'reference.json');
  run({ digestFile: written });
  const text = readFileSync(written, 'utf8');

  it('fails, never skips, when the digest is missing (with or without the history)', () => {
    for (const historyDir of [historyFixture('widgets'), absentHistory]) {
      const r = run({ historyDir, digestFile: join(work, 'missing.json'), check: true });
      expect(r.code).toBe(1);
      expect(r.error.join('\n')).toMatch(/missing\.json is missing; run npm run import:history/);
    }
  });

  it('without the history folder, checks the digest\'s validity and skips the comparison with a message', () => {
    const r = run({ historyDir: absentHistory, digestFile: written, check: true });
    expect(r.code).toBe(0);
    expect(r.log.join('\n')).toMatch(/is valid; history folder .* not found, so skipping the comparison/);
  });

  it('without the history folder, still fails on a digest that is not valid', () => {
    const broken = join(work, 'broken.json');
    const digest = JSON.parse(text) as { apis: Record<string, { schemas: Record<string, { since: string }> }> };
    (digest.apis['shop']?.schemas['Widget'] as { since: string }).since = '2030-01-01';
    writeFileSync(broken, JSON.stringify(digest));
    const r = run({ historyDir: absentHistory, digestFile: broken, check: true });
    expect(r.code).toBe(1);
    expect(r.error.join('\n')).toMatch(/not a valid history digest:\n {2}shop\.Widget: since\/gone do not follow from its history/);
  });

  it('fails on a digest in another layout than the canonical one', () => {
    const pretty = join(work, 'pretty.json');
    writeFileSync(pretty, `${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    const r = run({ historyDir: absentHistory, digestFile: pretty, check: true });
    expect(r.code).toBe(1);
    expect(r.error.join('\n')).toMatch(/not in canonical form/);
  });

  it('fails on a valid digest that differs from what the history gives', () => {
    const other = join(work, 'other.json');
    writeFileSync(other, text.replace('"files": 4', '"files": 5').replace('"files":4', '"files":5'));
    expect(readFileSync(other, 'utf8')).not.toBe(text);
    expect(run({ historyDir: absentHistory, digestFile: other, check: true }).code).toBe(0);
    const r = run({ digestFile: other, check: true });
    expect(r.code).toBe(1);
    expect(r.error.join('\n')).toMatch(/differs from the history/);
  });

  it('the command line rejects an unknown option', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import/import-history.ts', '--frobnicate'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: tsx scripts\/import\/import-history\.ts \[historyDir\] \[--check\]/);
  }, 120_000);
});
