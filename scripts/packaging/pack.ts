import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeFailure, runCommand } from './run-command.js';

/** The fields of a package.json that the packaging checks read. */
export interface PackageManifest {
  readonly name: string;
  readonly version: string;
  readonly type?: string;
  readonly bin?: string | Readonly<Record<string, string>>;
  readonly exports: Readonly<Record<string, string | Readonly<Record<string, unknown>>>>;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly peerDependenciesMeta?: Readonly<Record<string, { readonly optional?: boolean }>>;
}

/**
 * The package's commands and their scripts, whichever form `bin` takes (a string names one
 * command, called like the package).
 *
 * @example
 * ```ts
 * commandsOf({ name: 'saasus-eventbridge', version: '1.0.0', bin: './dist/cli.js', exports: {} }); // { 'saasus-eventbridge': './dist/cli.js' }
 * ```
 */
export function commandsOf(manifest: PackageManifest): Readonly<Record<string, string>> {
  const { bin, name } = manifest;
  return typeof bin === 'string' ? { [name]: bin } : (bin ?? {});
}

/** A packed tarball, unpacked once for reading. */
export interface PackedPackage {
  readonly tarball: string;
  /** Where the tarball was unpacked (its `package/` folder). */
  readonly unpackedDir: string;
  /** Paths of the packed files, relative to the package root. */
  readonly files: readonly string[];
  /** The package.json as packed. */
  readonly manifest: PackageManifest;
}

/**
 * Packs the repository with `npm pack`, exactly as `npm publish` would (lifecycle scripts are
 * not run: the caller builds first), into `destination`, and unpacks the tarball there.
 *
 * @example
 * ```ts
 * const packed = await packPackage(repoRoot, mkdtempSync(join(tmpdir(), 'pack-')));
 * console.log(packed.tarball, packed.files.length);
 * ```
 */
export async function packPackage(repoRoot: string, destination: string): Promise<PackedPackage> {
  const npm = npmCommand();
  const result = await runCommand(npm.file, [...npm.args, 'pack', '--json', '--ignore-scripts', '--pack-destination', destination], {
    cwd: repoRoot,
  });
  if (result.exitCode !== 0) throw new Error(`npm pack failed:\n${describeFailure(result)}`);
  const [packed] = JSON.parse(result.stdout) as [{ filename: string; files: { path: string }[] }];
  const tarball = join(destination, packed.filename);

  const unpackRoot = join(destination, 'unpacked');
  mkdirSync(unpackRoot);
  const untar = await runCommand('tar', ['-xzf', tarball, '-C', unpackRoot], { cwd: destination });
  if (untar.exitCode !== 0) throw new Error(`could not unpack ${tarball}:\n${describeFailure(untar)}`);
  const unpackedDir = join(unpackRoot, 'package');
  const manifest = JSON.parse(readFileSync(join(unpackedDir, 'package.json'), 'utf8')) as PackageManifest;
  return { tarball, unpackedDir, files: packed.files.map((file) => file.path).sort(), manifest };
}

// Inside `npm run`, npm_execpath is the npm that runs us; use the same one.
function npmCommand(): { file: string; args: string[] } {
  const execPath = process.env['npm_execpath'];
  return execPath !== undefined && /npm-cli\.c?js$/.test(execPath)
    ? { file: process.execPath, args: [execPath] }
    : { file: 'npm', args: [] };
}
