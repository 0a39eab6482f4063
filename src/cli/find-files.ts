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
  // The matches of a walk, files and unreadable folders in one sorted list, named as typed.
  const addMatches = async (pattern: string, options: GlobOptions, names: { file(match: string): string; folder(folder: string): string }, none: FoundPath) => {
    const { files, unreadable } = await globReporting(pattern, { ...options, onlyFiles: true });
    if (files.length === 0 && unreadable.length === 0) found.push(none);
    const entries = [
      ...files.map((file) => ({ name: names.file(file), problem: undefined })),
      ...unreadable.map(({ folder, problem }) => ({ name: names.folder(folder), problem })),
    ];
    for (const { name, problem } of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (problem === undefined) add(name);
      else found.push({ path: name, problem });
    }
  };
  for (const path of paths) {
    const kind = await kindOf(resolve(cwd, path));
    if (kind === 'file') {
      add(path);
    } else if (kind === 'folder') {
      const root = resolve(cwd, path);
      await addMatches(
        EVENT_FILES,
        { cwd: root },
        { file: (file) => join(path, file), folder: (folder) => (folder === root ? path : join(path, relative(root, folder))) },
        { path, problem: 'the folder holds no *.json, *.jsonl or *.ndjson file' },
      );
    } else if (isDynamicPattern(path)) {
      // An absolute pattern gives absolute paths, a relative one paths relative to cwd, as typed.
      const absolute = isAbsolute(path);
      await addMatches(
        path,
        { cwd, absolute },
        { file: (file) => file, folder: (folder) => (absolute ? folder : relative(cwd, folder) || '.') },
        { path, problem: 'the pattern matches no file' },
      );
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
      if (error !== null && error.code !== 'ENOENT' && error.code !== 'ENOTDIR') {
        unreadable.push({ folder: resolve(folder), problem: `cannot read this folder${typeof error.code === 'string' ? ` (${error.code})` : ''}` });
      }
      callback(error, entries);
    })) as typeof readdir;
  const files = await glob(pattern, { ...options, fs: { readdir: noting } });
  return { files, unreadable };
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
