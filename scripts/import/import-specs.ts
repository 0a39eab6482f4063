/**
 * Writes the spec model (`spec-model/specs.json`, `spec-model/apis/<api>.json`) from a folder of
 * SaaSus OpenAPI specs; `npm run generate` then generates from it.
 *
 * Usage: `tsx scripts/import/import-specs.ts [specDir]` (`npm run import:specs`)
 *   specDir  folder of `<api>.yml`, `operations.json` and `SOURCES.md` (default:
 *            ../shared/saasus-openapi from the repository root)
 *
 * `npm run generate:check` compares the committed model with a fresh import wherever the spec
 * folder is present.
 */
import { existsSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeChangedFiles } from '../lib/write-changed-files.js';
import { SpecError } from '../lib/fail.js';
import { listSpecModelFiles, specModelFiles } from '../lib/spec-model.js';
import { importSpecs } from './specs.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_SPEC_DIR = resolve(ROOT, '..', 'shared', 'saasus-openapi');
export const DEFAULT_MODEL_DIR = resolve(ROOT, 'spec-model');

/**
 * Writes the model of the specs in `specDir` to `modelDir`, removing model files it no longer
 * produces; returns how many files it wrote and removed.
 */
export function writeSpecModel(specDir: string, modelDir: string): { written: number; removed: number; total: number } {
  const files = specModelFiles(importSpecs(specDir));
  const written = writeChangedFiles(modelDir, files);
  const stale = listSpecModelFiles(modelDir).filter((path) => !files.has(path));
  for (const path of stale) rmSync(join(modelDir, path));
  return { written, removed: stale.length, total: files.size };
}

function main(argv: readonly string[]): number {
  const positional = argv.filter((a) => !a.startsWith('-'));
  if (positional.length !== argv.length || positional.length > 1) {
    console.error('usage: tsx scripts/import/import-specs.ts [specDir]');
    return 2;
  }
  const specDir = positional[0] === undefined ? DEFAULT_SPEC_DIR : resolve(positional[0]);
  if (!existsSync(specDir)) {
    console.error(`import:specs: spec folder ${specDir} not found; pass the folder of the SaaSus OpenAPI specs`);
    return 1;
  }
  try {
    const { written, removed, total } = writeSpecModel(specDir, DEFAULT_MODEL_DIR);
    const shown = relative(process.cwd(), DEFAULT_MODEL_DIR) || '.';
    console.log(
      `import:specs: ${total} files of ${shown} up to date (${written} written${removed > 0 ? `, ${removed} stale removed` : ''}); run \`npm run generate\` next`,
    );
    return 0;
  } catch (e) {
    if (e instanceof SpecError) {
      console.error(`import:specs: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
