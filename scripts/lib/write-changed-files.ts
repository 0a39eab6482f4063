import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Writes each file of `files` (paths relative to `root`) whose content differs from what is on
 * disk, creating folders as needed; returns how many it wrote. Unchanged files keep their
 * modification time, so tools that watch them see only real changes.
 *
 * @example
 * ```ts
 * const written = writeChangedFiles(ROOT, new Map([['docs/event-types.md', text]]));
 * ```
 */
export function writeChangedFiles(root: string, files: ReadonlyMap<string, string>): number {
  let written = 0;
  for (const [path, content] of files) {
    const file = join(root, path);
    if (existsSync(file) && readFileSync(file, 'utf8') === content) continue;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    written++;
  }
  return written;
}
