/**
 * Checks the package the way its users meet it (`npm run check:package`, part of `npm test`,
 * after the build):
 * - packs it with `npm pack` and checks the tarball: its files, publint (strict) and
 *   @arethetypeswrong/cli (every exports entry, under node10, node16 CJS and ESM, bundler);
 * - installs the tarball into fresh projects outside the repository and runs them: ES module,
 *   CommonJS (neither loading zod from the root entry point), TypeScript (node16 and bundler),
 *   an esbuild-bundled Lambda handler, the testing entry point, an application with another
 *   zod 4.x, an application without zod (an optional peer), and the command line;
 * - runs TypeDoc (typedoc.json: every export documented, no warning) and requires an `@example`
 *   on every export that is not generated.
 *
 * Usage: `tsx scripts/packaging/check-package.ts [--zod-tarball <zod-4.x.y.tgz>] [--keep]`
 *   --zod-tarball  a real zod release for the other-zod-version consumer (default: a simulated
 *                  one, made offline from the installed zod)
 *   --keep         keep the work folder (printed) to look into a failure
 * Needs no network. Exits 1 when any check fails.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkApiDocs } from './check-api-docs.js';
import type { ConsumerContext } from './consumer-project.js';
import { consumerChecks } from './consumers.js';
import { checkPackedFiles, runAreTheTypesWrong, runPublint } from './lint-tarball.js';
import { packPackage } from './pack.js';
import { runChecks, type Check } from './run-checks.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const { values: options } = parseArgs({
  options: { 'zod-tarball': { type: 'string' }, keep: { type: 'boolean', default: false } },
});

if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
  console.error('check:package: dist/ is missing; run `npm run build` first');
  process.exit(1);
}

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
  const packed = await packPackage(ROOT, workDir);
  const context: ConsumerContext = {
    repoRoot: ROOT,
    workDir: join(workDir, 'consumers'),
    packed,
    zodTarball: zodTarball && resolve(zodTarball),
  };
  // TypeDoc is the slowest: it starts first.
  const checks: Check[] = [
    { name: 'API reference (TypeDoc, @example)', run: () => checkApiDocs(ROOT, workDir) },
    ...consumerChecks.map((check) => ({
      name: check.name,
      skipReason: check.skipReason && (() => check.skipReason!(context)),
      run: () => check.run(context),
    })),
    { name: 'packed files', run: async () => checkPackedFiles(packed) },
    { name: 'publint', run: () => runPublint(ROOT, packed) },
    { name: 'are the types wrong', run: () => runAreTheTypesWrong(ROOT, packed) },
  ];
  console.log(`check:package: ${packed.manifest.name}@${packed.manifest.version}, ${packed.files.length} files packed`);
  const outcome = await runChecks(checks, Math.max(2, availableParallelism()));
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
