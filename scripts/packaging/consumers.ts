import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { FIXTURES, prepareProject, runNode, type ConsumerContext, type ConsumerProject } from './consumer-project.js';
import { admitsVersion, installOtherZod, lowestVersionOf, type OtherZod } from './other-zod-version.js';
import { describeFailure, runCommand } from './run-command.js';
import { commandsOf } from './pack.js';

/** One way a user meets the package, checked against the packed tarball. */
export interface ConsumerCheck {
  readonly name: string;
  /** Why the check cannot run yet; `undefined` when it can. */
  readonly skipReason?: (context: ConsumerContext) => string | undefined;
  /** Resolves to a one-line summary; rejects with what went wrong. */
  readonly run: (context: ConsumerContext) => Promise<string>;
}

const esm: ConsumerCheck = {
  name: 'ES module script',
  async run(context) {
    const project = prepareProject(context, { name: 'esm', source: 'esm', fixture: FIXTURES.stringForm });
    return runNode(project.dir, ['consumer.mjs', project.fixture, project.expected]);
  },
};

const commonJs: ConsumerCheck = {
  name: 'CommonJS script',
  async run(context) {
    const project = prepareProject(context, { name: 'cjs', source: 'cjs', fixture: FIXTURES.objectForm });
    return runNode(project.dir, ['consumer.cjs', project.fixture, project.expected, context.catalogueText], { withoutRequireEsm: true });
  },
};

const entryPoints: ConsumerCheck = {
  name: 'every exports entry, import and require',
  async run(context) {
    const project = prepareProject(context, { name: 'entry-points', source: 'entry-points', fixture: FIXTURES.stringForm });
    return runNode(project.dir, ['consumer.mjs'], { withoutRequireEsm: true });
  },
};

// The node16 project checks the package's declarations too (skipLibCheck off), which needs
// @types/node, as in any Node.js project: zod's declarations use its `URL`; @types/aws-lambda
// for the Lambda handler types the handler must be assignable to. The bundler project is the
// minimal one: skipLibCheck on, no @types at all.
const TYPESCRIPT_DEV_DEPENDENCIES = ['@types/node', '@types/aws-lambda'];

/**
 * The TypeScript versions the package's declarations are checked with, each installed by the
 * lockfile: the repository's own (`typescript`, ~5.9), and the newer majors, each nested in a
 * small package of scripts/packaging so that its `tsc` does not replace the repository's in
 * node_modules/.bin. A fresh `npm install typescript` gives the newest.
 *
 * @example
 * ```ts
 * for (const compiler of TYPESCRIPT_COMPILERS) console.log(compiler.packagePath);
 * ```
 */
export const TYPESCRIPT_COMPILERS = [
  { packagePath: 'typescript' },
  { packagePath: 'typescript-6/node_modules/typescript' },
  { packagePath: 'typescript-7/node_modules/typescript' },
] as const;

/** A TypeScript compiler of the repository's node_modules: where its `tsc` is, and its version. */
interface Compiler {
  readonly tsc: string;
  readonly version: string;
}

function compilerAt(context: ConsumerContext, packagePath: string): Compiler {
  const dir = join(context.repoRoot, 'node_modules', ...packagePath.split('/'));
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) throw new Error(`${dir} is not installed: run npm ci`);
  const { version, bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string; bin: { tsc: string } };
  return { tsc: join(dir, bin.tsc), version };
}

const repositoryCompiler = (context: ConsumerContext): Compiler => compilerAt(context, TYPESCRIPT_COMPILERS[0].packagePath);

/** Runs a compiler's tsc on a project's tsconfig.json; fails with its output. */
async function runTsc(compiler: Compiler, projectDir: string, extraArgs: readonly string[] = []): Promise<void> {
  const result = await runCommand(process.execPath, [compiler.tsc, '-p', join(projectDir, 'tsconfig.json'), ...extraArgs], {
    cwd: projectDir,
    timeoutMs: 180_000,
  });
  if (result.exitCode !== 0) throw new Error(`TypeScript ${compiler.version}:\n${describeFailure(result)}`);
}

const typeScriptNode16: ConsumerCheck = {
  name: 'TypeScript, moduleResolution node16 (ESM and CommonJS)',
  async run(context) {
    const project = prepareProject(context, {
      name: 'ts-node16',
      source: 'ts-node16',
      fixture: FIXTURES.stringForm,
      devDependencies: TYPESCRIPT_DEV_DEPENDENCIES,
    });
    const compiler = repositoryCompiler(context);
    await runTsc(compiler, project.dir);
    copyFileSync(join(context.repoRoot, 'test', 'consumers', 'support', 'run-check.mjs'), join(project.dir, 'run-check.mjs'));
    const esmResult = await runNode(project.dir, ['run-check.mjs', 'out/consumer.js', project.fixture, project.expected]);
    const cjsResult = await runNode(project.dir, ['run-check.mjs', 'out/consumer-commonjs.cjs', project.fixture, project.expected], {
      withoutRequireEsm: true,
    });
    return `type-checked by TypeScript ${compiler.version}, declarations included (skipLibCheck off); ${esmResult}; ${cjsResult}`;
  },
};

const typeScriptBundler: ConsumerCheck = {
  name: 'TypeScript, moduleResolution bundler',
  async run(context) {
    const project = prepareProject(context, { name: 'ts-bundler', source: 'ts-bundler', fixture: FIXTURES.stringForm });
    const compiler = repositoryCompiler(context);
    await runTsc(compiler, project.dir);
    copyFileSync(join(context.repoRoot, 'test', 'consumers', 'support', 'run-check.mjs'), join(project.dir, 'run-check.mjs'));
    return `type-checked by TypeScript ${compiler.version}; ${await runNode(project.dir, ['run-check.mjs', 'out/consumer.js', project.fixture, project.expected])}`;
  },
};

const lambdaBundle: ConsumerCheck = {
  name: 'Lambda handler bundled with esbuild',
  async run(context) {
    const project = prepareProject(context, { name: 'lambda-esbuild', source: 'lambda-esbuild', fixture: FIXTURES.stringForm });
    // Deployed as Lambda runs it: the bundle alone, no node_modules beside it.
    const deploy = join(context.workDir, 'lambda-deploy');
    mkdirSync(deploy, { recursive: true });
    copyFileSync(join(project.dir, 'invoke.mjs'), join(deploy, 'invoke.mjs'));
    const results: string[] = [];
    for (const format of ['esm', 'cjs'] as const) {
      const bundle = `handler.${format === 'esm' ? 'mjs' : 'cjs'}`;
      const { metafile } = await build({
        absWorkingDir: project.dir,
        entryPoints: ['handler.ts'],
        bundle: true,
        platform: 'node',
        target: 'node20',
        format,
        outfile: join(deploy, bundle),
        metafile: true,
        logLevel: 'silent',
      });
      const zodBytes = bytesFrom(metafile, /(?:^|\/)node_modules\/zod\//);
      if (zodBytes > 0) throw new Error(`the ${format} bundle of a handler that uses only the decoder holds ${zodBytes} bytes of zod`);
      await runNode(deploy, ['invoke.mjs', bundle, project.fixture, project.expected]);
      results.push(`${bundle} ${Math.round(bytesFrom(metafile, /./) / 1024)} KiB`);
    }
    return `${results.join(', ')}; no zod in either; both ran without node_modules`;
  },
};

/**
 * The zod-peer project: an application with its own zod, the lowest release the peer range
 * admits (the `zod-lowest-supported` dev dependency, or `--zod-tarball`), else a relabelled copy.
 */
async function prepareZodPeerProject(context: ConsumerContext, name: string): Promise<{ project: ConsumerProject; zod: OtherZod; range: string }> {
  const project = prepareProject(context, {
    name,
    source: 'zod-peer',
    fixture: FIXTURES.stringForm,
    except: ['zod'],
    devDependencies: TYPESCRIPT_DEV_DEPENDENCIES,
  });
  const range = context.packed.manifest.peerDependencies?.['zod'];
  if (range === undefined) throw new Error('zod is not a peer dependency: the application and the package could load two zods');
  const repoNodeModules = join(context.repoRoot, 'node_modules');
  const version = lowestVersionOf(range);
  // The lowest release the peer range admits, installed by the lockfile as `zod-lowest-supported`.
  const release = join(repoNodeModules, 'zod-lowest-supported');
  const releaseVersion = existsSync(release) ? (JSON.parse(readFileSync(join(release, 'package.json'), 'utf8')) as { version: string }).version : undefined;
  const zod = await installOtherZod(project.nodeModules, {
    repoNodeModules,
    version,
    tarball: context.zodTarball,
    release: releaseVersion === version ? release : undefined,
  });
  if (!admitsVersion(range, zod.version)) throw new Error(`zod ${zod.version} is outside the peer range ${range}: npm would refuse it`);
  return { project, zod, range };
}

const otherZodVersion: ConsumerCheck = {
  name: 'application with another zod 4.x',
  async run(context) {
    const { project, zod, range } = await prepareZodPeerProject(context, 'zod-peer');
    await runNode(project.dir, ['consumer.mjs', project.fixture, project.expected, zod.version]);
    if (zod.origin === 'simulated') {
      return `zod ${zod.version} simulated (the installed zod relabelled), peer range ${range}: one zod, schemas compose at run time`;
    }
    // A relabelled copy has the installed zod's declarations: only a real release tests the types.
    const compiler = repositoryCompiler(context);
    await runTsc(compiler, project.dir);
    return `zod ${zod.version} real release, peer range ${range}: one zod, schemas compose at run time, declarations compile (TypeScript ${compiler.version})`;
  },
};

/**
 * Type-checks every TypeScript consumer (node16 ESM and CommonJS, bundler, the application
 * with the lowest zod) with another TypeScript version, as an application on that version
 * does; the consumer checks above run what the repository's TypeScript compiled.
 */
function typeCheckedBy(packagePath: string): ConsumerCheck {
  const major = /^typescript-(\d+)\//.exec(packagePath)?.[1] ?? packagePath;
  return {
    name: `TypeScript ${major}: every TypeScript consumer type-checks`,
    async run(context) {
      const compiler = compilerAt(context, packagePath);
      if (!compiler.version.startsWith(`${major}.`)) throw new Error(`${packagePath} is TypeScript ${compiler.version}, not ${major}.x`);
      const folder = `typescript-${compiler.version}`;
      const projects = [
        prepareProject(context, {
          name: `${folder}/ts-node16`,
          source: 'ts-node16',
          fixture: FIXTURES.stringForm,
          devDependencies: TYPESCRIPT_DEV_DEPENDENCIES,
        }),
        prepareProject(context, { name: `${folder}/ts-bundler`, source: 'ts-bundler', fixture: FIXTURES.stringForm }),
      ];
      const zodPeer = await prepareZodPeerProject(context, `${folder}/zod-peer`);
      // A relabelled zod has the installed zod's declarations: nothing to learn from them.
      if (zodPeer.zod.origin === 'real') projects.push(zodPeer.project);
      for (const project of projects) await runTsc(compiler, project.dir, ['--noEmit']);
      const names = projects.map((project) => project.dir.slice(project.dir.lastIndexOf('/') + 1));
      return `TypeScript ${compiler.version} type-checked ${names.join(', ')}`;
    },
  };
}

const withoutZod: ConsumerCheck = {
  name: 'application without zod (optional peer)',
  async run(context) {
    const { peerDependencies, peerDependenciesMeta } = context.packed.manifest;
    if (peerDependencies?.['zod'] === undefined || peerDependenciesMeta?.['zod']?.optional !== true) {
      throw new Error('zod is not an optional peer dependency: package.json needs "peerDependenciesMeta": { "zod": { "optional": true } }');
    }
    const project = prepareProject(context, { name: 'without-zod', source: 'without-zod', fixture: FIXTURES.stringForm, except: ['zod'] });
    // As a user without zod has it: nowhere to be found, neither in the project nor above it.
    if (existsSync(join(project.nodeModules, 'zod'))) throw new Error(`${project.nodeModules} holds a zod`);
    const found = resolvable(project.dir, 'zod');
    if (found !== undefined) throw new Error(`the project without zod resolves zod (${found})`);
    const esmResult = await runNode(project.dir, ['consumer.mjs', project.fixture, project.expected]);
    const cjsResult = await runNode(project.dir, ['consumer.cjs', project.fixture, project.expected], { withoutRequireEsm: true });
    const [cli] = Object.values(commandsOf(context.packed.manifest));
    if (cli === undefined) throw new Error('the package declares no bin');
    await runNode(project.dir, [join(project.nodeModules, context.packed.manifest.name, cli), 'validate', '--strict', project.fixture]);
    return `${esmResult}; ${cjsResult}; the command line validated the fixture`;
  },
};

const TESTING_SOURCE = 'src/testing/index.ts';

const testingEntry: ConsumerCheck = {
  name: 'saasus-eventbridge/testing entry point',
  // Only until the testing entry point lands; then this condition goes.
  skipReason: (context) => (existsSync(join(context.repoRoot, TESTING_SOURCE)) ? undefined : `${TESTING_SOURCE} does not exist yet`),
  async run(context) {
    if (context.packed.manifest.exports['./testing'] === undefined) {
      throw new Error(`${TESTING_SOURCE} exists but package.json "exports" has no "./testing" entry`);
    }
    const project = prepareProject(context, { name: 'testing-entry', source: 'testing-entry', fixture: FIXTURES.stringForm });
    return runNode(project.dir, ['consumer.mjs', project.fixture]);
  },
};

const commandLine: ConsumerCheck = {
  name: 'command line (bin)',
  async run(context) {
    const project = prepareProject(context, { name: 'bin', fixture: FIXTURES.stringForm });
    const { name, version } = context.packed.manifest;
    const results: string[] = [];
    for (const [command, path] of Object.entries(commandsOf(context.packed.manifest))) {
      const script = join(project.nodeModules, name, path);
      if (!readFileSync(script, 'utf8').startsWith('#!/usr/bin/env node\n')) throw new Error(`${path} does not start with #!/usr/bin/env node`);
      const printed = await runNode(project.dir, [script, '--version']);
      if (printed !== version) throw new Error(`${command} --version printed another version than the package's`);
      await runNode(project.dir, [script, 'validate', '--strict', project.fixture]);
      const invalid = join(project.dir, 'not-an-event.json');
      writeFileSync(invalid, '{}');
      const rejected = await runCommand(process.execPath, [script, 'validate', invalid], { cwd: project.dir });
      if (rejected.exitCode !== 1) throw new Error(`${command} validate did not exit 1 on an invalid event:\n${describeFailure(rejected)}`);
      results.push(`${command} --version, validate (valid: 0, invalid: 1) ran`);
    }
    if (results.length === 0) throw new Error('the package declares no bin');
    return results.join('; ');
  },
};

/**
 * Every consumer check, the slowest (type-checking) first so that the others fill in around them.
 *
 * @example
 * ```ts
 * for (const check of consumerChecks) console.log(check.name, await check.run(context));
 * ```
 */
export const consumerChecks: readonly ConsumerCheck[] = [
  ...TYPESCRIPT_COMPILERS.slice(1).map((compiler) => typeCheckedBy(compiler.packagePath)),
  typeScriptNode16,
  typeScriptBundler,
  esm,
  commonJs,
  entryPoints,
  lambdaBundle,
  otherZodVersion,
  withoutZod,
  testingEntry,
  commandLine,
];

/** Where `specifier` resolves from `dir` with `require.resolve`, or `undefined` when it does not. */
function resolvable(dir: string, specifier: string): string | undefined {
  try {
    return createRequire(join(dir, 'resolve-from-here.cjs')).resolve(specifier);
  } catch {
    return undefined;
  }
}

/** Bytes that the inputs whose path matches `inputPath` put into the bundle. */
function bytesFrom(metafile: Metafile, inputPath: RegExp): number {
  let total = 0;
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) if (inputPath.test(path)) total += input.bytesInOutput;
  }
  return total;
}
