import { fileURLToPath } from 'node:url';

/**
 * The repository root, whatever the current directory.
 *
 * @example
 * ```ts
 * spawnSync('npm', ['run', 'build'], { cwd: repoRoot });
 * ```
 */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The ESM entry point that `npm run build` writes and the package's `import` condition names.
 *
 * @example
 * ```ts
 * await import(pathToFileURL(distEntry).href);
 * ```
 */
export const distEntry = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

/**
 * The TypeScript declarations a consumer's compiler reads.
 *
 * @example
 * ```ts
 * const distDirectory = dirname(distTypes);
 * ```
 */
export const distTypes = fileURLToPath(new URL('../../dist/index.d.ts', import.meta.url));

/**
 * The library's source entry point.
 *
 * @example
 * ```ts
 * await build({ entryPoints: [entry], alias: { 'saasus-eventbridge': srcEntry } });
 * ```
 */
export const srcEntry = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

/**
 * The published sample events and the generated per-operation events.
 *
 * @example
 * ```ts
 * readFileSync(join(fixturesDir, 'samples/create_tenant.2026.string-form.json'), 'utf8');
 * ```
 */
export const fixturesDir = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/**
 * A path inside `bench/`.
 *
 * @example
 * ```ts
 * benchPath('handlers/saasus-handler.ts');
 * ```
 */
export function benchPath(relative: string): string {
  return fileURLToPath(new URL(`../${relative}`, import.meta.url));
}
