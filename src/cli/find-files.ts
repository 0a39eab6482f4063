import { stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/**
 * A file to validate, or a command-line path that names none (reported as a failure).
 *
 * @example
 * ```ts
 * const found: FoundPath[] = [{ file: 'fixtures/a.json' }, { path: 'missing.json', problem: 'no such file or folder' }];
 * ```
 */
export type FoundPath = { readonly file: string } | { readonly path: string; readonly problem: string };

const EVENT_FILES = '**/*.{json,jsonl,ndjson}';

/**
 * Expands command-line paths into files, in the order given, each file once: a file is itself,
 * a folder is walked for `*.json`, `*.jsonl` and `*.ndjson` (sorted, hidden entries skipped),
 * and anything else that is a glob pattern is matched with tinyglobby (sorted). A path that
 * exists but holds no such file, a pattern that matches nothing and a missing path each become
 * a problem, so that a typo in CI fails instead of validating nothing.
 *
 * @example
 * ```ts
 * const found = await findFiles(['fixtures', 'extra/*.jsonl']);
 * ```
 */
export async function findFiles(paths: readonly string[], cwd: string = process.cwd()): Promise<FoundPath[]> {
  const found: FoundPath[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = resolve(cwd, file);
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ file });
  };
  for (const path of paths) {
    const kind = await kindOf(resolve(cwd, path));
    if (kind === 'file') {
      add(path);
    } else if (kind === 'folder') {
      const files = await glob(EVENT_FILES, { cwd: resolve(cwd, path), onlyFiles: true });
      if (files.length === 0) found.push({ path, problem: 'the folder holds no *.json, *.jsonl or *.ndjson file' });
      for (const file of files.sort()) add(join(path, file));
    } else if (isDynamicPattern(path)) {
      // An absolute pattern gives absolute paths, a relative one paths relative to cwd, as typed.
      const files = await glob(path, { cwd, onlyFiles: true, absolute: isAbsolute(path) });
      if (files.length === 0) found.push({ path, problem: 'the pattern matches no file' });
      for (const file of files.sort()) add(file);
    } else {
      found.push({ path, problem: PROBLEMS[kind] });
    }
  }
  return found;
}

const PROBLEMS = {
  missing: 'no such file or folder',
  special: 'not a regular file or folder',
  unreadable: 'cannot read this path',
} as const;

async function kindOf(path: string): Promise<'file' | 'folder' | keyof typeof PROBLEMS> {
  try {
    const info = await stat(path);
    // A FIFO or a device would block the read or never end.
    return info.isDirectory() ? 'folder' : info.isFile() ? 'file' : 'special';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable';
  }
}
