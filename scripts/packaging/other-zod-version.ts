import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeFailure, runCommand } from './run-command.js';

/** How the zod of a consumer with "another zod 4.x" was made. */
export interface OtherZod {
  readonly version: string;
  /** `real` for a zod tarball, `simulated` for a relabelled copy of the installed zod. */
  readonly origin: 'real' | 'simulated';
}

/**
 * The lowest version a caret range allows (`^4.1.0` → `4.1.0`): the other end of the range
 * from the zod this repository develops with.
 *
 * @example
 * ```ts
 * lowestVersionOf('^4.1.0'); // '4.1.0'
 * ```
 */
export function lowestVersionOf(range: string): string {
  const match = /^\^(\d+\.\d+\.\d+)$/.exec(range.trim());
  if (match === null) throw new Error(`the zod peer range "${range}" is not of the form ^X.Y.Z; teach other-zod-version.ts about it`);
  return match[1]!;
}

/**
 * Whether `version` (X.Y.Z) is one that the caret range `^A.B.C` admits: same major, not lower.
 *
 * @example
 * ```ts
 * admitsVersion('^4.5.0', '4.6.7'); // true
 * admitsVersion('^4.5.0', '4.1.0'); // false
 * ```
 */
export function admitsVersion(range: string, version: string): boolean {
  const floor = lowestVersionOf(range).split('.').map(Number);
  const parts = version.split('.').map(Number);
  if (parts.length !== 3 || parts.some(Number.isNaN) || parts[0] !== floor[0]) return false;
  for (let index = 1; index < 3; index++) {
    if (parts[index]! !== floor[index]!) return parts[index]! > floor[index]!;
  }
  return true;
}

/**
 * Installs a zod at another 4.x version into `nodeModules/zod`. From a real zod tarball when one
 * is given (`--zod-tarball`), else from an installed real release (`release`); otherwise, offline,
 * by copying the installed zod and relabelling
 * the copy as `version`: its package.json and the version that zod stamps on every schema it
 * builds (`schema._zod.version`). The copy proves that the package uses the application's zod
 * instance, not a copy of its own, and that npm's peer range admits the version; it does not
 * prove that the code of that older zod release runs the package's schemas: only a real tarball
 * does.
 *
 * @example
 * ```ts
 * const zod = await installOtherZod(join(project, 'node_modules'), { repoNodeModules, version: '4.1.0' });
 * ```
 */
export async function installOtherZod(
  nodeModules: string,
  options: {
    readonly repoNodeModules: string;
    readonly version: string;
    readonly tarball?: string | undefined;
    /** An installed real release (the `zod-lowest-supported` dev dependency), used when no tarball is given. */
    readonly release?: string | undefined;
  },
): Promise<OtherZod> {
  const target = join(nodeModules, 'zod');
  mkdirSync(target, { recursive: true });
  if (options.tarball === undefined && options.release !== undefined) {
    cpSync(options.release, target, { recursive: true });
    const { version } = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8')) as { version: string };
    return { version, origin: 'real' };
  }
  if (options.tarball !== undefined) {
    const untar = await runCommand('tar', ['-xzf', options.tarball, '-C', target, '--strip-components=1'], { cwd: nodeModules });
    if (untar.exitCode !== 0) throw new Error(`could not unpack ${options.tarball}:\n${describeFailure(untar)}`);
    const { version } = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8')) as { version: string };
    return { version, origin: 'real' };
  }

  const installed = join(options.repoNodeModules, 'zod');
  const { version: installedVersion } = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { version: string };
  if (installedVersion === options.version) {
    throw new Error(`the installed zod is already ${options.version}: the other-version consumer would test nothing`);
  }
  cpSync(installed, target, { recursive: true });
  relabel(join(target, 'package.json'), /"version": "[^"]+"/, `"version": "${options.version}"`);
  const [major, minor, patch] = options.version.split('.');
  for (const file of ['versions.js', 'versions.cjs']) {
    relabel(join(target, 'v4', 'core', file), /major: \d+,\s*minor: \d+,\s*patch: \d+/, `major: ${major}, minor: ${minor}, patch: ${patch}`);
  }
  return { version: options.version, origin: 'simulated' };
}

function relabel(file: string, pattern: RegExp, replacement: string): void {
  const text = readFileSync(file, 'utf8');
  if (!pattern.test(text)) throw new Error(`cannot relabel ${file}: zod's layout changed (no ${pattern.source})`);
  writeFileSync(file, text.replace(pattern, replacement));
}
