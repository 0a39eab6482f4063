import { pathToFileURL } from 'node:url';
import { distEntry } from './paths.js';

/**
 * The public API, typed from the source, as a consumer loads it.
 *
 * @example
 * ```ts
 * const library: Library = await loadBuiltLibrary();
 * ```
 */
export type Library = typeof import('saasus-eventbridge');

/**
 * Imports the built `dist/index.js`, the file a consumer's `import` loads (run `ensureBuilt`
 * first).
 *
 * @example
 * ```ts
 * const { parseEvent } = await loadBuiltLibrary();
 * ```
 */
export async function loadBuiltLibrary(): Promise<Library> {
  return (await import(pathToFileURL(distEntry).href)) as Library;
}
