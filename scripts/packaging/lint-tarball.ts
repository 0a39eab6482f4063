import { join } from 'node:path';
import { commandsOf, type PackedPackage } from './pack.js';
import { describeFailure, runCommand } from './run-command.js';

/** The resolution modes of @arethetypeswrong/cli's strict profile, all of which must be clean. */
export const RESOLUTION_KINDS = ['node10', 'node16-cjs', 'node16-esm', 'bundler'] as const;

/** Files a published package may hold: the build and the documents npm always shows. */
const PUBLISHABLE = /^(?:package\.json|README\.md|CHANGELOG\.md|LICENSE|dist\/[^/].*\.(?:c?js|d\.c?ts))$/;

/**
 * Lints the packed tarball with publint in strict mode: warnings fail, and so do suggestions
 * (publint prints "All good!" only when it has nothing to say).
 *
 * @example
 * ```ts
 * console.log(await runPublint(repoRoot, packed));
 * ```
 */
export async function runPublint(repoRoot: string, packed: PackedPackage): Promise<string> {
  const result = await runCommand(join(repoRoot, 'node_modules', '.bin', 'publint'), ['run', packed.tarball, '--strict'], { cwd: repoRoot });
  if (result.exitCode !== 0 || !result.stdout.includes('All good!')) throw new Error(`publint reported problems:\n${describeFailure(result)}`);
  return 'publint --strict: all good';
}

// attw's JSON: without types in the package, only `types: false`, and attw exits 0.
interface AttwJson {
  readonly analysis: {
    readonly types: unknown;
    readonly entrypoints?: Readonly<
      Record<string, { readonly resolutions: Readonly<Record<string, { readonly resolution?: { readonly fileName: string } }>> }>
    >;
    readonly problems?: readonly { readonly kind: string; readonly entrypoint?: string; readonly resolutionKind?: string }[];
  };
}

/**
 * Checks the packed tarball with @arethetypeswrong/cli, offline (no DefinitelyTyped look-up):
 * every entry point of the exports map must resolve, with types, under node10, node16 from
 * CommonJS, node16 from ESM and bundler, with no problem reported.
 *
 * @example
 * ```ts
 * console.log(await runAreTheTypesWrong(repoRoot, packed));
 * ```
 */
export async function runAreTheTypesWrong(repoRoot: string, packed: PackedPackage): Promise<string> {
  const attw = join(repoRoot, 'node_modules', '.bin', 'attw');
  const result = await runCommand(attw, [packed.tarball, '--no-definitely-typed', '--format', 'json'], { cwd: repoRoot });
  let report: AttwJson;
  try {
    report = JSON.parse(result.stdout) as AttwJson;
  } catch {
    throw new Error(`@arethetypeswrong/cli gave no report:\n${describeFailure(result)}`);
  }
  const { types, entrypoints = {}, problems = [] } = report.analysis;
  const failures = problems.map((problem) => `${problem.kind} (${problem.entrypoint ?? 'package'}, ${problem.resolutionKind ?? 'every mode'})`);
  if (types === false) failures.push('the package contains no types (is dist/*.d.ts missing?)');
  const expected = Object.keys(packed.manifest.exports);
  const analysed = Object.keys(entrypoints);
  for (const subpath of expected) {
    const entry = entrypoints[subpath];
    if (entry === undefined) {
      failures.push(`${subpath}: not analysed (analysed: ${analysed.join(', ')})`);
      continue;
    }
    for (const kind of RESOLUTION_KINDS) {
      if (entry.resolutions[kind]?.resolution !== undefined) continue;
      // node10 (moduleResolution "node") ignores "exports": a subpath needs a "typesVersions" entry.
      const hint = kind === 'node10' && subpath !== '.' ? ` (add "typesVersions": { "*": { "${subpath.slice(2)}": [its .d.cts] } })` : '';
      failures.push(`${subpath}: does not resolve under ${kind}${hint}`);
    }
  }
  if (failures.length > 0 || result.exitCode !== 0) {
    throw new Error(`@arethetypeswrong/cli reported problems:\n  ${failures.join('\n  ')}\n(exit code ${result.exitCode})`);
  }
  return `attw: ${expected.join(', ')} resolve with types under ${RESOLUTION_KINDS.join(', ')}`;
}

/**
 * Checks that the tarball holds only the build and the package's documents, nothing from
 * src/, test/, fixtures/ or the working tree, and that every entry point tsup built is in the
 * exports map.
 *
 * @example
 * ```ts
 * console.log(checkPackedFiles(packed));
 * ```
 */
export function checkPackedFiles(packed: PackedPackage): string {
  const unexpected = packed.files.filter((file) => !PUBLISHABLE.test(file));
  if (unexpected.length > 0) throw new Error(`the tarball holds files that should not be published:\n  ${unexpected.join('\n  ')}`);
  for (const required of ['README.md', 'LICENSE', 'CHANGELOG.md']) {
    if (!packed.files.includes(required)) throw new Error(`the tarball has no ${required}`);
  }
  // Every built entry point (not a shared chunk, not the command line) must be reachable.
  const { exports } = packed.manifest;
  const bins = Object.values(commandsOf(packed.manifest)).map((path) => path.replace(/^\.\//, ''));
  const exported = JSON.stringify(exports);
  const unexported = packed.files.filter(
    (file) => /^dist\/[^/]+\.js$/.test(file) && !file.startsWith('dist/chunk-') && !bins.includes(file) && !exported.includes(`"./${file}"`),
  );
  if (unexported.length > 0) throw new Error(`built entry points missing from package.json "exports":\n  ${unexported.join('\n  ')}`);
  return `${packed.files.length} files packed, all from dist/ or the package's documents; every built entry point is exported`;
}
