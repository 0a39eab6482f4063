/**
 * Where the SaaSus OpenAPI specs of a spec folder came from, as facts: the repository, commit and
 * date of the snapshot and, per spec file, its source path, blob and last change, read from the
 * folder's `SOURCES.md` (only those fields; none of its text), and the SHA-256 of each file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from '../lib/fail.js';
import { SPEC_MODEL_FORMAT, type SpecSources } from '../lib/spec-model.js';

export const SOURCES_FILE = 'SOURCES.md';
export const OPERATIONS_INDEX = 'operations.json';

function sha256Of(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** The cells of a Markdown table row (`| a | b |`), trimmed, backticks removed. */
function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim().replace(/^`(.*)`$/, '$1'));
}

/**
 * Reads the sources of `files` (`<api>.yml` file names of `specDir`), keyed by API (the file's
 * base name).
 */
export function readSpecSources(specDir: string, files: readonly string[]): SpecSources {
  const path = join(specDir, SOURCES_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    fail(`${path} not found: the spec folder must say where its specs came from`);
  }
  const repository = /^Repository: `([^`]+)`/m.exec(text)?.[1];
  const snapshot = /^Snapshot commit: `([0-9a-f]{7,40})`[^\n]*?\b(\d{4}-\d{2}-\d{2})\b/m.exec(text);
  if (repository === undefined || snapshot === null) {
    fail(`${path}: expected the lines "Repository: \`owner/name\`" and "Snapshot commit: \`sha\` (… YYYY-MM-DD)"`);
  }

  const lines = text.split('\n');
  const headerAt = lines.findIndex((l) => /^\|\s*file\s*\|/.test(l));
  if (headerAt === -1) fail(`${path}: no table whose first column is "file"`);
  const header = cells(lines[headerAt] as string);
  const column = (prefix: string): number => {
    const i = header.findIndex((h) => h.startsWith(prefix));
    if (i === -1) fail(`${path}: the table has no column "${prefix}…"`);
    return i;
  };
  const [sourcePathAt, blobAt, lastAt] = [column('source path'), column('blob'), column('last commit')];
  const rows = new Map<string, string[]>();
  for (const line of lines.slice(headerAt + 2)) {
    if (!line.trim().startsWith('|')) break;
    const row = cells(line);
    rows.set(row[0] as string, row);
  }

  const apis: Record<string, SpecSources['apis'][string]> = {};
  for (const file of files) {
    const row = rows.get(file);
    if (row === undefined) fail(`${path}: the table has no row for ${file}`);
    const last = /^([0-9a-f]{7,40}) \((\d{4}-\d{2}-\d{2})\)$/.exec(row[lastAt] ?? '');
    const blob = row[blobAt] ?? '';
    if (last === null || !/^[0-9a-f]{7,40}$/.test(blob)) fail(`${path}: the row of ${file} has no blob or "sha (YYYY-MM-DD)" last commit`);
    apis[file.replace(/\.ya?ml$/, '')] = {
      file,
      sourcePath: row[sourcePathAt] ?? '',
      blob,
      lastChange: { commit: last[1] as string, date: last[2] as string },
      sha256: sha256Of(join(specDir, file)),
    };
  }
  return {
    format: SPEC_MODEL_FORMAT,
    source: { repository, commit: snapshot[1] as string, date: snapshot[2] as string },
    apis,
    operationsIndex: { file: OPERATIONS_INDEX, sha256: sha256Of(join(specDir, OPERATIONS_INDEX)) },
  };
}
