import { cpSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PackedPackage } from './pack.js';

/** Options of {@link installPackedPackage}. */
export interface InstallOptions {
  /** The repository's node_modules, where the runtime dependencies are taken from. */
  readonly repoNodeModules: string;
  /** Runtime dependencies the caller installs itself (a zod of another version, say). */
  readonly except?: readonly string[];
}

/**
 * Installs the packed package into `projectDir/node_modules` the way npm lays it out, without
 * npm and without the network: the tarball's files are copied to
 * `node_modules/<name>`, and each dependency and peer dependency the packed package.json
 * declares is linked from the repository's node_modules (lockfile versions, installed by
 * `npm ci`). A dependency the package forgets to declare is therefore missing, as it would be
 * for a user.
 *
 * `npm install --offline <tarball>` would need the registry metadata of every dependency in
 * npm's cache, which `npm ci` does not put there: it would fail on a fresh CI machine.
 *
 * @example
 * ```ts
 * installPackedPackage(packed, join(workDir, 'esm'), { repoNodeModules: join(repoRoot, 'node_modules') });
 * ```
 */
export function installPackedPackage(packed: PackedPackage, projectDir: string, options: InstallOptions): void {
  const nodeModules = join(projectDir, 'node_modules');
  cpSync(packed.unpackedDir, join(nodeModules, packed.manifest.name), { recursive: true });
  const dependencies = new Set([
    ...Object.keys(packed.manifest.dependencies ?? {}),
    ...Object.keys(packed.manifest.peerDependencies ?? {}),
  ]);
  for (const name of dependencies) {
    if (options.except?.includes(name) === true) continue;
    const installed = join(options.repoNodeModules, name);
    if (!existsSync(installed)) throw new Error(`${name}, a dependency of the package, is not installed in ${options.repoNodeModules}`);
    mkdirSync(dirname(join(nodeModules, name)), { recursive: true });
    symlinkSync(installed, join(nodeModules, name), 'dir');
  }
  assertIsolated(projectDir);
}

/**
 * Fails when a consumer folder can see the repository's own packages (a temp folder inside the
 * repository, or a node_modules above it): consumers would then pass on what the user lacks.
 */
function assertIsolated(projectDir: string): void {
  const requireFromProject = createRequire(join(projectDir, 'consumer.cjs'));
  for (const devDependency of ['vitest', 'typescript']) {
    let resolved: string | undefined;
    try {
      resolved = requireFromProject.resolve(devDependency);
    } catch {
      continue;
    }
    throw new Error(`${projectDir} is not isolated: it resolves ${devDependency} (${resolved}); use a TMPDIR outside the repository`);
  }
}
