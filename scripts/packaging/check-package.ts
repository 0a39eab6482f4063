/**
 * Checks the package the way its users meet it (`npm run check:package`, part of `npm test`):
 * - packs a clean checkout (the files git would commit, no dist/) with `npm pack`, scripts
 *   included, so that the build comes from "prepack" as for `npm publish`, and checks the
 *   tarball: its files, one copy of the catalogue per module format, publint (strict) and
 *   @arethetypeswrong/cli (every exports entry, under node10, node16 CJS and ESM, bundler);
 * - installs the tarball into fresh projects outside the repository and runs them: ES module,
 *   CommonJS (neither loading zod from the root entry point; one decoder and one error class
 *   for every entry point), TypeScript (node16 and bundler, and every consumer type-checked
 *   under each supported TypeScript version),
 *   an esbuild-bundled Lambda handler, the testing entry point, an application with another
 *   zod 4.x, an application without zod (an optional peer), and the command line;
 * - runs TypeDoc (typedoc.json: every export documented, no warning) and requires an `@example`
 *   on every export that is not generated.
 *
 * Usage: `tsx scripts/packaging/check-package.ts [--zod-tarball <zod-4.x.y.tgz>] [--keep]`
 *   --zod-tarball  a real zod release for the other-zod-version consumer (default: a simulated
 *                  one, made offline from the installed zod)
 *   --keep         keep the work folder (printed) to look into a failure
 * Needs no network and no prior build. Exits 1 when any check fails.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { operationTexts, shapeTexts } from '../../src/generated/catalogue.js';
import { checkApiDocs } from './check-api-docs.js';
import type { ConsumerContext } from './consumer-project.js';
import { consumerChecks } from './consumers.js';
import { checkOneCopyPerFormat, checkPackedFiles, runAreTheTypesWrong, runPublint } from './lint-tarball.js';
import { makeCleanCheckout, packPackage, type PackedPackage } from './pack.js';
import { runChecks, type Check } from './run-checks.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

// The catalogue's operations and object shapes; a shape such as `"string"` is in other code too.
const CATALOGUE_TEXTS = [...operationTexts, ...Object.values(shapeTexts)].filter((text) => text.startsWith('{'));

const { values: options } = parseArgs({
  options: { 'zod-tarball': { type: 'string' }, keep: { type: 'boolean', default: false } },
});

const workDir = mkdtempSync(join(tmpdir(), 'saasus-eventbridge-package-'));
if (!relative(ROOT, workDir).startsWith('..')) {
  console.error(`check:package: the temp folder ${workDir} is inside the repository; set TMPDIR to a folder outside it`);
  rmSync(workDir, { recursive: true, force: true });
  process.exit(1);
}

const zodTarball = options['zod-tarball'];
let failed = true;
try {
  const started = performance.now();
  // TypeDoc is the slowest check and needs no tarball: it runs while the clean checkout builds.
  const apiDocs = runChecks([{ name: 'API reference (TypeDoc, @example)', run: () => checkApiDocs(ROOT, workDir) }], 1);
  let packed: PackedPackage;
  try {
    packed = await packPackage(await makeCleanCheckout(ROOT, workDir), workDir);
  } catch (error) {
    await apiDocs;
    throw error;
  }
  const context: ConsumerContext = {
    repoRoot: ROOT,
    workDir: join(workDir, 'consumers'),
    packed,
    zodTarball: zodTarball && resolve(zodTarball),
    catalogueText: operationTexts[0] ?? '',
  };
  const checks: Check[] = [
    ...consumerChecks.map((check) => ({
      name: check.name,
      skipReason: check.skipReason && (() => check.skipReason!(context)),
      run: () => check.run(context),
    })),
    { name: 'packed files', run: async () => checkPackedFiles(packed) },
    { name: 'one copy of the catalogue per module format', run: async () => checkOneCopyPerFormat(packed, CATALOGUE_TEXTS) },
    { name: 'publint', run: () => runPublint(ROOT, packed) },
    { name: 'are the types wrong', run: () => runAreTheTypesWrong(ROOT, packed) },
  ];
  console.log(`check:package: ${packed.manifest.name}@${packed.manifest.version}, ${packed.files.length} files packed`);
  const [docsOutcome, checksOutcome] = await Promise.all([apiDocs, runChecks(checks, Math.max(2, availableParallelism()))]);
  const outcome = {
    passed: docsOutcome.passed + checksOutcome.passed,
    failed: docsOutcome.failed + checksOutcome.failed,
    skipped: docsOutcome.skipped + checksOutcome.skipped,
  };
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`check:package: ${outcome.passed} checks passed, ${outcome.failed} failed, ${outcome.skipped} skipped in ${seconds} s`);
  failed = outcome.failed > 0;
} catch (error) {
  console.error(`check:package: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  if (options.keep) console.log(`check:package: work folder kept at ${workDir}`);
  else rmSync(workDir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
