/**
 * Generates, from the spec model (`spec-model/`, the facts of the SaaSus OpenAPI specs that
 * `npm run import:specs` writes, and the digest of their history, `spec-model/history.json`, that
 * `npm run import:history` writes):
 * - `src/generated/catalogue.ts`: every operation and the body shapes it uses (runtime data);
 * - `src/generated/types.ts`: TypeScript types of the same shapes and the `SaasusOperations` map;
 * - `fixtures/operations/<api>/<operationId>.json`: one sample event per operation;
 * - `test/generated/event-types.test-d.ts`: type tests over every event type name and operation;
 * - `docs/event-types.md`: the table of event types.
 *
 * Usage: `tsx scripts/generate.ts [--check] [--model <dir>] [--specs <dir>]`
 *   --check  write nothing; exit 1 when the model is missing or invalid, when a generated file
 *            differs from what the model gives, or, where the spec folder exists, when the model
 *            differs from a fresh import of the specs (without the spec folder, that comparison
 *            is skipped with a message; everything else is checked)
 *   --model  the spec model folder (default: spec-model)
 *   --specs  the SaaSus OpenAPI spec folder the check compares the model with (default:
 *            ../shared/saasus-openapi from the repository root)
 */
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { writeChangedFiles } from './lib/write-changed-files.js';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_MODEL_DIR, DEFAULT_SPEC_DIR } from './import/import-specs.js';
import { importSpecs } from './import/specs.js';
import { emitCatalogue, emitTypes } from './lib/emit.js';
import { EVENT_TYPES_PAGE, emitEventTypesPage } from './lib/emit-event-types.js';
import { TYPE_TESTS_PATH, emitTypeTests } from './lib/emit-type-tests.js';
import { SpecError } from './lib/fail.js';
import { FIXTURES_README, SampleBuilder, buildFixtures } from './lib/fixtures.js';
import { readHistoryDigest } from './lib/history-rules.js';
import type { HistoryDigest } from './import/history-format.js';
import { buildModel } from './lib/model.js';
import { type SpecModel, listSpecModelFiles, readSpecModel, specModelFiles } from './lib/spec-model.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES_DIR = 'fixtures/operations';

/** Every generated file, by path relative to the repository root. */
export function generateFiles(specModel: SpecModel, history: HistoryDigest): Map<string, string> {
  const model = buildModel(specModel, history);

  const files = new Map<string, string>();
  files.set('src/generated/catalogue.ts', emitCatalogue(model));
  const samples = new SampleBuilder(model);
  files.set('src/generated/types.ts', emitTypes(model, (name) => {
    try {
      return samples.body(name);
    } catch {
      return undefined;
    }
  }));
  files.set(TYPE_TESTS_PATH, emitTypeTests(model));
  files.set(`${FIXTURES_DIR}/README.md`, FIXTURES_README);
  for (const [path, content] of buildFixtures(model, samples)) files.set(`${FIXTURES_DIR}/${path}`, content);
  files.set(EVENT_TYPES_PAGE, emitEventTypesPage(model, specModel.sources));
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

/** The paths (relative to `dir`) whose text differs from `files`, missing ones and `extra` ones marked. */
function differences(dir: string, files: ReadonlyMap<string, string>, extra: readonly string[]): string[] {
  const differ: string[] = [];
  for (const [path, content] of files) {
    const abs = join(dir, path);
    if (!existsSync(abs)) differ.push(`${path} (missing)`);
    else if (readFileSync(abs, 'utf8') !== content) differ.push(path);
  }
  for (const path of extra) differ.push(`${path} (not generated: stale)`);
  return differ;
}

export interface GenerateOptions {
  readonly check: boolean;
  readonly modelDir: string;
  readonly specDir: string;
  readonly log: (line: string) => void;
  readonly error: (line: string) => void;
}

/** Generates or checks; returns the exit code. */
export function runGenerate(options: GenerateOptions): number {
  const { check, modelDir, specDir, log, error } = options;
  const command = check ? 'generate --check' : 'generate';
  const shownModel = relative(ROOT, modelDir) || '.';
  let files: Map<string, string>;
  try {
    files = generateFiles(readSpecModel(modelDir), readHistoryDigest(modelDir));
  } catch (e) {
    if (!(e instanceof SpecError)) throw e;
    error(`${command}: ${e.message}`);
    return 1;
  }
  const stale = staleFixtures(files);

  if (!check) {
    const written = writeChangedFiles(ROOT, files);
    for (const path of stale) rmSync(join(ROOT, path));
    log(`generate: ${files.size} files up to date from ${shownModel} (${written} written${stale.length > 0 ? `, ${stale.length} stale removed` : ''})`);
    return 0;
  }

  let failed = false;
  const differ = differences(ROOT, files, stale);
  if (differ.length > 0) {
    failed = true;
    error(`${command}: ${differ.length} generated file(s) differ from what ${shownModel} gives:`);
    for (const d of differ) error(`  ${d}`);
    error('Run `npm run generate` and commit the result.');
  } else {
    log(`${command}: all ${files.size} generated files are identical to what ${shownModel} gives`);
  }

  const shownSpecs = relative(ROOT, specDir) || '.';
  if (!existsSync(specDir)) {
    log(`${command}: spec folder ${shownSpecs} not found: skipped comparing ${shownModel} with the specs`);
    return failed ? 1 : 0;
  }
  let imported: Map<string, string>;
  try {
    imported = specModelFiles(importSpecs(specDir));
  } catch (e) {
    if (!(e instanceof SpecError)) throw e;
    error(`${command}: cannot import the specs in ${shownSpecs}: ${e.message}`);
    return 1;
  }
  const modelDiffer = differences(modelDir, imported, listSpecModelFiles(modelDir).filter((f) => !imported.has(f)));
  if (modelDiffer.length > 0) {
    error(`${command}: ${modelDiffer.length} file(s) of ${shownModel} differ from an import of the specs in ${shownSpecs}:`);
    for (const d of modelDiffer) error(`  ${d}`);
    error('Run `npm run import:specs`, then `npm run generate`, and commit the result.');
    return 1;
  }
  log(`${command}: ${shownModel} is identical to an import of the specs in ${shownSpecs}`);
  return failed ? 1 : 0;
}

function main(argv: string[]): number {
  let values: { check?: boolean; model?: string; specs?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { check: { type: 'boolean' }, model: { type: 'string' }, specs: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    console.error(`generate: ${(e as Error).message}\nusage: tsx scripts/generate.ts [--check] [--model <dir>] [--specs <dir>]`);
    return 2;
  }
  return runGenerate({
    check: values.check === true,
    modelDir: values.model === undefined ? DEFAULT_MODEL_DIR : resolve(values.model),
    specDir: values.specs === undefined ? DEFAULT_SPEC_DIR : resolve(values.specs),
    log: (line) => console.log(line),
    error: (line) => console.error(line),
  });
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
