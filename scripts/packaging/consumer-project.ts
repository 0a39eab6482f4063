import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { installPackedPackage } from './install-tarball.js';
import type { PackedPackage } from './pack.js';
import { describeFailure, runCommand } from './run-command.js';

/** What every consumer check gets. */
export interface ConsumerContext {
  readonly repoRoot: string;
  /** A fresh folder outside the repository; each consumer makes its own subfolder. */
  readonly workDir: string;
  readonly packed: PackedPackage;
  /** A real zod tarball for the other-zod-version consumer (`--zod-tarball`), if given. */
  readonly zodTarball?: string | undefined;
  /** A text of the generated catalogue, to find which built files hold the catalogue. */
  readonly catalogueText: string;
}

/** A consumer project laid out in the work folder, with the package installed. */
export interface ConsumerProject {
  readonly dir: string;
  readonly nodeModules: string;
  /** The fixture, copied into the project (`fixture.json`). */
  readonly fixture: string;
  /** What the fixture holds, read without the package (`expected.json`). */
  readonly expected: string;
}

/** The published sample events that consumers parse. */
export const FIXTURES = {
  stringForm: 'fixtures/samples/create_tenant.2026.string-form.json',
  objectForm: 'fixtures/samples/create_tenant.2023.object-form.json',
} as const;

/**
 * Lays out a consumer project: copies `test/consumers/<source>/` (if given) into a new folder
 * `<workDir>/<name>`, installs the packed package there, and writes the fixture and what it
 * holds (`eventType`, `tenantId`, `traceId`, read with plain JSON.parse).
 *
 * @example
 * ```ts
 * const project = prepareProject(context, { name: 'esm', source: 'esm', fixture: FIXTURES.stringForm });
 * ```
 */
export function prepareProject(
  context: ConsumerContext,
  options: {
    readonly name: string;
    readonly source?: string;
    readonly fixture: string;
    /** Runtime dependencies of the package that the consumer installs itself. */
    readonly except?: readonly string[];
    /** The consumer's own development dependencies, linked from the repository. */
    readonly devDependencies?: readonly string[];
  },
): ConsumerProject {
  const dir = join(context.workDir, options.name);
  mkdirSync(dir, { recursive: true });
  if (options.source !== undefined) cpSync(join(context.repoRoot, 'test', 'consumers', options.source), dir, { recursive: true });
  const repoNodeModules = join(context.repoRoot, 'node_modules');
  installPackedPackage(context.packed, dir, { repoNodeModules, except: options.except ?? [] });
  for (const name of options.devDependencies ?? []) {
    mkdirSync(dirname(join(dir, 'node_modules', name)), { recursive: true });
    symlinkSync(join(repoNodeModules, name), join(dir, 'node_modules', name), 'dir');
  }

  const fixtureText = readFileSync(join(context.repoRoot, options.fixture), 'utf8');
  const fixture = join(dir, 'fixture.json');
  const expected = join(dir, 'expected.json');
  writeFileSync(fixture, fixtureText);
  writeFileSync(expected, JSON.stringify(expectedOf(fixtureText)));
  return { dir, nodeModules: join(dir, 'node_modules'), fixture, expected };
}

/**
 * Runs a node script in a consumer project and fails with its output when it exits non-zero.
 * `withoutRequireEsm` runs it as Node 20 before 20.19 does, where `require()` of an ES module
 * throws ERR_REQUIRE_ESM.
 *
 * @example
 * ```ts
 * await runNode(project.dir, ['consumer.mjs', project.fixture, project.expected]);
 * ```
 */
export async function runNode(cwd: string, args: readonly string[], options: { readonly withoutRequireEsm?: boolean } = {}): Promise<string> {
  const flags = options.withoutRequireEsm === true && process.allowedNodeEnvironmentFlags.has('--experimental-require-module')
    ? ['--no-experimental-require-module']
    : [];
  const result = await runCommand(process.execPath, [...flags, ...args], { cwd, timeoutMs: 60_000 });
  if (result.exitCode !== 0) throw new Error(describeFailure(result));
  return result.stdout.trim();
}

function expectedOf(fixtureText: string): { eventType: string; tenantId: string; traceId: string } {
  const envelope = JSON.parse(fixtureText) as { detail: { event_type: string; event: unknown; trace_id: string } };
  const decode = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);
  const log = decode(envelope.detail.event) as { response_body: unknown };
  const body = decode(log.response_body) as { id: string };
  return { eventType: envelope.detail.event_type, tenantId: body.id, traceId: envelope.detail.trace_id };
}
