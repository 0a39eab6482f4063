import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
 * Lays out a clean checkout of the repository in `destination/checkout`: the files git would
 * commit (tracked, plus new files not ignored, as they are in the working tree), so no dist/,
 * no other build output and no ignored file, with node_modules linked from the repository
 * (installing again would take minutes; the lockfile's packages are the same). A package that
 * only packs because of a build left in the working tree fails from here, as it would for
 * `npm publish` in a fresh clone or an install from a git URL.
 *
 * @example
 * ```ts
 * const checkout = await makeCleanCheckout(repoRoot, mkdtempSync(join(tmpdir(), 'pack-')));
 * ```
 */
export async function makeCleanCheckout(repoRoot: string, destination: string): Promise<string> {
  const listed = await runCommand('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot });
  if (listed.exitCode !== 0) throw new Error(`cannot list the repository's files with git:\n${describeFailure(listed)}`);
  const checkout = join(destination, 'checkout');
  mkdirSync(checkout);
  const files = checkoutFiles(listed.stdout.split('\0'));
  for (const file of files) {
    const source = join(repoRoot, file);
    // A tracked file deleted in the working tree is not part of the next commit either.
    if (!existsSync(source)) continue;
    mkdirSync(dirname(join(checkout, file)), { recursive: true });
    copyFileSync(source, join(checkout, file));
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(checkout, 'node_modules'), 'dir');
  return checkout;
}

/**
 * The files of a clean checkout among those git lists: everything but build output (dist/) and
 * installed packages, even if someone committed them.
 *
 * @example
 * ```ts
 * checkoutFiles(['src/index.ts', 'dist/index.js', '']); // ['src/index.ts']
 * ```
 */
export function checkoutFiles(listed: readonly string[]): string[] {
  return listed.filter((file) => file !== '' && !/^dist\//.test(file) && !/(?:^|\/)node_modules\//.test(file));
}

/**
 * Packs a package folder with `npm pack` as `npm publish` would, lifecycle scripts included
 * ("prepack" builds), into `destination`, and unpacks the tarball there. Fails when the tarball
 * holds no dist/: nothing built it.
 *
 * @example
 * ```ts
 * const packed = await packPackage(checkout, mkdtempSync(join(tmpdir(), 'pack-')));
 * console.log(packed.tarball, packed.files.length);
 * ```
 */
export async function packPackage(packageDir: string, destination: string): Promise<PackedPackage> {
  const npm = npmCommand();
  const tarballs = join(destination, 'tarball');
  mkdirSync(tarballs);
  // Not --json: the scripts' output goes to the same stdout. The tarball is the folder's only file.
  const result = await runCommand(npm.file, [...npm.args, 'pack', '--pack-destination', tarballs], { cwd: packageDir, timeoutMs: 600_000 });
  if (result.exitCode !== 0) throw new Error(`npm pack failed:\n${describeFailure(result)}`);
  const [filename, ...others] = readdirSync(tarballs);
  if (filename === undefined || others.length > 0) throw new Error(`npm pack made ${others.length + (filename === undefined ? 0 : 1)} files, not one tarball`);
  const tarball = join(tarballs, filename);

  const unpackRoot = join(destination, 'unpacked');
  mkdirSync(unpackRoot);
  const untar = await runCommand('tar', ['-xzf', tarball, '-C', unpackRoot], { cwd: destination });
  if (untar.exitCode !== 0) throw new Error(`could not unpack ${tarball}:\n${describeFailure(untar)}`);
  const unpackedDir = join(unpackRoot, 'package');
  const manifest = JSON.parse(readFileSync(join(unpackedDir, 'package.json'), 'utf8')) as PackageManifest;
  const files = filesUnder(unpackedDir).sort();
  if (!files.some((file) => file.startsWith('dist/'))) {
    throw new Error(
      'the tarball of a clean checkout holds no dist/: nothing built it, or "files" leaves it out ' +
        '(package.json needs "prepack": "npm run build" and "dist" in "files")',
    );
  }
  return { tarball, unpackedDir, files, manifest };
}

/** Paths of every file under `root`, relative to it, with `/` separators. */
function filesUnder(root: string, prefix = ''): string[] {
  return readdirSync(join(root, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    return entry.isDirectory() ? filesUnder(root, path) : [path];
  });
}

// Inside `npm run`, npm_execpath is the npm that runs us; use the same one.
function npmCommand(): { file: string; args: string[] } {
  const execPath = process.env['npm_execpath'];
  return execPath !== undefined && /npm-cli\.c?js$/.test(execPath)
    ? { file: process.execPath, args: [execPath] }
    : { file: 'npm', args: [] };
}
