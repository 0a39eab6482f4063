import { readdir } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { glob, isDynamicPattern, type GlobOptions } from 'tinyglobby';

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
 * exists but holds no such file, a pattern that matches nothing, a missing path and a folder
 * the walk cannot read (at any depth) each become a problem, so that a typo in CI or a folder
 * without permissions fails instead of validating less than asked.
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
      const root = resolve(cwd, path);
      const { files, unreadable } = await globReporting(EVENT_FILES, { cwd: root, onlyFiles: true });
      if (files.length === 0 && unreadable.length === 0) found.push({ path, problem: 'the folder holds no *.json, *.jsonl or *.ndjson file' });
      const named = (folder: string) => (folder === root ? path : join(path, relative(root, folder)));
      for (const entry of sortedEntries(files, unreadable, (folder) => relative(root, folder))) {
        if (typeof entry === 'string') add(join(path, entry));
        else found.push({ path: named(entry.folder), problem: entry.problem });
      }
    } else if (isDynamicPattern(path)) {
      // An absolute pattern gives absolute paths, a relative one paths relative to cwd, as typed.
      const absolute = isAbsolute(path);
      const { files, unreadable } = await globReporting(path, { cwd, onlyFiles: true, absolute });
      if (files.length === 0 && unreadable.length === 0) found.push({ path, problem: 'the pattern matches no file' });
      const named = (folder: string) => (absolute ? folder : relative(cwd, folder) || '.');
      for (const entry of sortedEntries(files, unreadable, named)) {
        if (typeof entry === 'string') add(entry);
        else found.push({ path: named(entry.folder), problem: entry.problem });
      }
    } else {
      found.push({ path, problem: PROBLEMS[kind] });
    }
  }
  return found;
}

interface UnreadableFolder {
  /** The folder as the walk saw it (absolute). */
  readonly folder: string;
  readonly problem: string;
}

/**
 * tinyglobby's `glob`, which skips a folder it cannot read without a word, with the folders it
 * could not read: its file system adapter's `readdir` notes each failure.
 */
async function globReporting(pattern: string, options: GlobOptions): Promise<{ files: string[]; unreadable: UnreadableFolder[] }> {
  const unreadable: UnreadableFolder[] = [];
  const noting: typeof readdir = ((folder: string, readOptions: object, callback: (error: NodeJS.ErrnoException | null, entries: unknown) => void) =>
    readdir(folder, readOptions, (error, entries) => {
      // A missing folder is no failure to read: a pattern's base that does not exist matches nothing.
      if (error !== null && error.code !== 'ENOENT' && error.code !== 'ENOTDIR') unreadable.push({ folder: resolve(folder), problem: `cannot read this folder${typeof error.code === 'string' ? ` (${error.code})` : ''}` });
      callback(error, entries);
    })) as typeof readdir;
  const files = await glob(pattern, { ...options, fs: { readdir: noting } });
  return { files, unreadable };
}

/** Files and unreadable folders in one sorted list, each folder where its path sorts among the files'. */
function sortedEntries(
  files: readonly string[],
  unreadable: readonly UnreadableFolder[],
  pathOf: (folder: string) => string,
): (string | UnreadableFolder)[] {
  const keyed = [...files.map((file) => ({ key: file, entry: file as string | UnreadableFolder })), ...unreadable.map((entry) => ({ key: pathOf(entry.folder), entry }))];
  return keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map(({ entry }) => entry);
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
