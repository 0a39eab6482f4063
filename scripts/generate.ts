/**
 * Generates, from the SaaSus OpenAPI specs:
 * - `src/generated/catalogue.ts`: every operation and the body shapes it uses (runtime data);
 * - `src/generated/types.ts`: TypeScript types of the same shapes and the `SaasusOperations` map;
 * - `fixtures/operations/<api>/<operationId>.json`: one sample event per operation;
 * - `test/generated/event-types.test-d.ts`: type tests over every event type name and operation;
 * - the event-types table between the `event-types` markers of README.md.
 *
 * Usage: `tsx scripts/generate.ts [specDir] [--check]`
 *   specDir  folder of `<api>.yml` and `operations.json` (default: ../shared/saasus-openapi from
 *            the repository root)
 *   --check  write nothing; list the files that differ from what would be generated and exit 1
 *            if any (exit 0 when the spec folder is absent, so that CI without it passes).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Shape } from '../src/catalogue/shape.js';
import { emitCatalogue, emitReadmeBlock, emitTypes, replaceReadmeBlock } from './lib/emit.js';
import { TYPE_TESTS_PATH, emitTypeTests } from './lib/emit-type-tests.js';
import { FIXTURES_README, SampleBuilder, buildFixtures } from './lib/fixtures.js';
import { buildModel } from './lib/model.js';
import { SpecError } from './lib/openapi.js';
import { relaxations } from './spec-relaxations.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_SPEC_DIR = resolve(ROOT, '..', 'shared', 'saasus-openapi');
const FIXTURES_DIR = 'fixtures/operations';

/** Every generated file, by path relative to the repository root. */
function generate(specDir: string): Map<string, string> {
  const model = buildModel(specDir, relaxations);
  const shapes: Record<string, Shape> = {};
  for (const s of model.shapes) shapes[s.name] = s.shape;

  const files = new Map<string, string>();
  files.set('src/generated/catalogue.ts', emitCatalogue(model));
  const samples = new SampleBuilder(model, shapes);
  files.set('src/generated/types.ts', emitTypes(model, (name) => {
    try {
      return samples.body(name);
    } catch {
      return undefined;
    }
  }));
  files.set(TYPE_TESTS_PATH, emitTypeTests(model));
  files.set(`${FIXTURES_DIR}/README.md`, FIXTURES_README);
  for (const [path, content] of buildFixtures(model, shapes)) files.set(`${FIXTURES_DIR}/${path}`, content);
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  files.set('README.md', replaceReadmeBlock(readme, emitReadmeBlock(model)));
  return files;
}

/** Files under the fixtures folder that the generator did not produce (stale ones). */
function staleFixtures(files: ReadonlyMap<string, string>): string[] {
  const stale: string[] = [];
  const walk = (dir: string): void => {
    const abs = join(ROOT, dir);
    if (!existsSync(abs)) return;
    for (const entry of readdirSync(abs).sort()) {
      const rel = `${dir}/${entry}`;
      if (statSync(join(ROOT, rel)).isDirectory()) walk(rel);
      else if (!files.has(rel)) stale.push(rel);
    }
  };
  walk(FIXTURES_DIR);
  return stale;
}

function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  const unknown = argv.filter((a) => a.startsWith('-') && a !== '--check');
  if (unknown.length > 0) {
    console.error(`generate: unknown option ${unknown.join(' ')}\nusage: tsx scripts/generate.ts [specDir] [--check]`);
    return 2;
  }
  const positional = argv.filter((a) => !a.startsWith('-'));
  if (positional.length > 1) {
    console.error('usage: tsx scripts/generate.ts [specDir] [--check]');
    return 2;
  }
  const specDir = positional[0] !== undefined ? resolve(positional[0]) : DEFAULT_SPEC_DIR;
  if (!existsSync(specDir)) {
    if (check) {
      console.log(`generate: spec folder ${specDir} not found; skipping generation check`);
      return 0;
    }
    console.error(`generate: spec folder ${specDir} not found; pass the folder of the SaaSus OpenAPI specs`);
    return 1;
  }

  let files: Map<string, string>;
  try {
    files = generate(specDir);
  } catch (e) {
    if (e instanceof SpecError) {
      console.error(`generate: ${e.message}`);
      return 1;
    }
    throw e;
  }
  const stale = staleFixtures(files);

  if (check) {
    const differ: string[] = [];
    for (const [path, content] of files) {
      const abs = join(ROOT, path);
      if (!existsSync(abs)) differ.push(`${path} (missing)`);
      else if (readFileSync(abs, 'utf8') !== content) differ.push(path);
    }
    for (const path of stale) differ.push(`${path} (not generated: stale)`);
    if (differ.length > 0) {
      console.error(`generate --check: ${differ.length} file(s) differ from the specs in ${relative(ROOT, specDir) || '.'}:`);
      for (const d of differ) console.error(`  ${d}`);
      console.error('Run `npm run generate` and commit the result.');
      return 1;
    }
    console.log(`generate --check: all ${files.size} generated files are identical`);
    return 0;
  }

  let written = 0;
  for (const [path, content] of files) {
    const abs = join(ROOT, path);
    if (existsSync(abs) && readFileSync(abs, 'utf8') === content) continue;
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
    written++;
  }
  for (const path of stale) rmSync(join(ROOT, path));
  console.log(
    `generate: ${files.size} files up to date (${written} written${stale.length > 0 ? `, ${stale.length} stale removed` : ''})`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
