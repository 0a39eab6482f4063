import { readFileSync } from 'node:fs';

const PACKAGE_NAME = 'saasus-eventbridge';

/**
 * The version in this package's `package.json`, read at run time from the nearest one above
 * `from` that is this package's (`dist/cli.js` finds the package root, as does `src/cli/` in
 * tests); `'unknown'` when none is found.
 *
 * @example
 * ```ts
 * packageVersion(); // '0.1.0'
 * ```
 */
export function packageVersion(from: string | URL = import.meta.url): string {
  let folder = new URL('.', from);
  for (;;) {
    const version = versionIn(new URL('package.json', folder));
    if (version !== undefined) return version;
    const parent = new URL('..', folder);
    if (parent.href === folder.href) return 'unknown';
    folder = parent;
  }
}

function versionIn(file: URL): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
    return manifest.name === PACKAGE_NAME && typeof manifest.version === 'string' ? manifest.version : undefined;
  } catch {
    return undefined;
  }
}
