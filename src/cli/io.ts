/**
 * Where the command line writes, and its clock: the real process, or stand-ins in tests.
 *
 * @example
 * ```ts
 * let out = '';
 * const io: CliIo = { stdout: { write: (text) => (out += text) }, stderr: { write: () => true, isTTY: false } };
 * ```
 */
export interface CliIo {
  readonly stdout: TextSink;
  readonly stderr: TextSink & { readonly isTTY?: boolean };
  /** The folder relative paths and glob patterns start from; `process.cwd()` when absent. */
  readonly cwd?: string;
  /** Milliseconds, for progress timing; `Date.now` when absent. */
  readonly now?: () => number;
}

/**
 * Something text can be written to, like `process.stdout`.
 *
 * @example
 * ```ts
 * const sink: TextSink = process.stdout;
 * ```
 */
export interface TextSink {
  write(text: string): unknown;
}

/**
 * The {@link CliIo} of the running process.
 *
 * @example
 * ```ts
 * const code = await main(process.argv.slice(2), processIo());
 * ```
 */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr };
}
