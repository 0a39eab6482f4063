import { readFileSync } from 'node:fs';
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

/** An error class as written in the source, or as esbuild writes it; a digit suffix is a rename. */
const ERROR_CLASS_DEFINITION = /\bclass\s+([A-Za-z_$][\w$]*?Error)\d*\s+extends\b|\b([A-Za-z_$][\w$]*?Error)\d*\s*=\s*class\b/g;

/** The module formats of the build, by file extension. */
const FORMATS = [
  { name: 'ES module', extension: '.js' },
  { name: 'CommonJS', extension: '.cjs' },
] as const;

/**
 * Checks that each module format of the build holds one copy of the decoder and catalogue: every
 * catalogue text is in exactly one file of the format, and every error class is defined in
 * exactly one. Entry points that each held a copy would load it twice and give each its own
 * error classes (`instanceof` then fails across entry points). The command line is left out: it
 * is a program of its own, bundled whole.
 *
 * @example
 * ```ts
 * console.log(checkOneCopyPerFormat(packed, [...operationTexts, ...Object.values(shapeTexts)]));
 * ```
 */
export function checkOneCopyPerFormat(packed: PackedPackage, catalogueTexts: readonly string[]): string {
  const bins = new Set(Object.values(commandsOf(packed.manifest)).map((path) => path.replace(/^\.\//, '')));
  const summaries: string[] = [];
  for (const format of FORMATS) {
    const files = new Map(
      packed.files
        .filter((file) => file.startsWith('dist/') && file.endsWith(format.extension) && !bins.has(file))
        .map((file) => [file, readFileSync(join(packed.unpackedDir, file), 'utf8')] as const),
    );
    const problems = findCopies(files, catalogueTexts);
    if (problems.length > 0) throw new Error(`${format.name} build (dist/*${format.extension}):\n  ${problems.join('\n  ')}`);
    const holders = [...files].filter(([, text]) => text.includes(catalogueTexts[0]!)).map(([file]) => file);
    summaries.push(`${format.name}: the catalogue in ${holders.join(', ')} only`);
  }
  return `${summaries.join('; ')}; each error class defined once per format`;
}

/**
 * What is not held exactly once among the files of one format (path to text): each of
 * `catalogueTexts` (a text found nowhere is reported too: the check would be vacuous), and each
 * error class defined (`class …Error extends`, or `…Error = class` as esbuild writes it).
 *
 * @example
 * ```ts
 * findCopies(new Map([['dist/a.cjs', 'class SaasusEventError extends Error {}']]), []); // []
 * ```
 */
export function findCopies(files: ReadonlyMap<string, string>, catalogueTexts: readonly string[]): string[] {
  const problems: string[] = [];
  if (catalogueTexts.length === 0) problems.push('no catalogue text to look for');
  let missing = 0;
  for (const text of catalogueTexts) {
    const holders = [...files].filter(([, code]) => code.includes(text)).map(([file]) => file);
    if (holders.length === 0) missing++;
    else if (holders.length > 1) problems.push(`a catalogue text is in ${holders.length} files: ${holders.join(', ')}`);
  }
  if (missing > 0) problems.push(`${missing} of ${catalogueTexts.length} catalogue texts are in no file`);
  const definitions = new Map<string, string[]>();
  for (const [file, code] of files) {
    for (const match of code.matchAll(ERROR_CLASS_DEFINITION)) {
      const name = match[1] ?? match[2]!;
      definitions.set(name, [...(definitions.get(name) ?? []), file]);
    }
  }
  if (definitions.size === 0) problems.push('no error class is defined in any file');
  for (const [name, holders] of definitions) {
    if (holders.length > 1) problems.push(`class ${name} is defined ${holders.length} times: ${holders.join(', ')}`);
  }
  return [...new Set(problems)];
}
