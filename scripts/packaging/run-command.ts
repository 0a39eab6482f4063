import { spawn } from 'node:child_process';

/** What a finished command printed, and how it ended. */
export interface CommandResult {
  readonly command: string;
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link runCommand}. */
export interface RunCommandOptions {
  readonly cwd: string;
  /** Killed after this long; a packaging check that hangs must fail, not stall CI. */
  readonly timeoutMs?: number;
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * Runs a program without a shell (arguments are passed as they are) and collects its output.
 * Never throws for a non-zero exit: callers decide what a failure means.
 *
 * @example
 * ```ts
 * const result = await runCommand(process.execPath, ['--version'], { cwd: process.cwd() });
 * ```
 */
export function runCommand(file: string, args: readonly string[], options: RunCommandOptions): Promise<CommandResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      resolvePromise({ command: [file, ...args].join(' '), exitCode, signal, stdout, stderr });
    });
  });
}

/**
 * The output of a command that failed, for a report: the command line, how it ended, and what
 * it printed.
 *
 * @example
 * ```ts
 * if (result.exitCode !== 0) throw new Error(describeFailure(result));
 * ```
 */
export function describeFailure(result: CommandResult): string {
  const ending = result.signal === null ? `exit code ${result.exitCode}` : `signal ${result.signal} (timed out?)`;
  return [`$ ${result.command}`, `(${ending})`, result.stdout.trimEnd(), result.stderr.trimEnd()].filter(Boolean).join('\n');
}
