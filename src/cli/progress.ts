import type { CliIo, TextSink } from './io.js';

/**
 * Progress of a long run, on stderr.
 *
 * @example
 * ```ts
 * const progress = createProgress(processIo(), files.length);
 * progress.update(done);
 * progress.finish();
 * ```
 */
export interface Progress {
  /** Shows `done` of the total, at most every 100 ms, and only once the run has taken half a second. */
  update(done: number): void;
  /** Clears the progress line; call before writing to stdout when both are the same terminal. */
  clear(): void;
  finish(): void;
}

/** A run shorter than this shows no progress at all. */
const SHOW_AFTER_MS = 500;
/** How often the progress line is redrawn. */
const REDRAW_MS = 100;

const CLEAR_LINE = '\r\u001b[K';

/**
 * Creates the progress line of a run over `total` files. It is shown only when stderr is a
 * terminal, so that output to a pipe or a CI log stays clean.
 *
 * @example
 * ```ts
 * const progress = createProgress(io, 10_000);
 * ```
 */
export function createProgress(io: CliIo, total: number): Progress {
  const { stderr } = io;
  if (stderr.isTTY !== true) return { update() {}, clear() {}, finish() {} };
  const now = io.now ?? Date.now;
  const started = now();
  let drawnAt = Number.NEGATIVE_INFINITY;
  let visible = false;
  const clear = () => {
    if (!visible) return;
    stderr.write(CLEAR_LINE);
    visible = false;
  };
  return {
    update(done) {
      const time = now();
      if (time - started < SHOW_AFTER_MS || time - drawnAt < REDRAW_MS) return;
      drawnAt = time;
      visible = true;
      stderr.write(`${CLEAR_LINE}validating: ${done}/${total} files (${Math.floor((done / total) * 100)}%)`);
    },
    clear,
    finish: clear,
  };
}

/**
 * Wraps stdout so that the progress line is cleared before each write (it is redrawn on the
 * next update), when both go to the same terminal.
 *
 * @example
 * ```ts
 * const out = clearingProgress(io.stdout, progress);
 * ```
 */
export function clearingProgress(out: TextSink, progress: Progress): TextSink {
  return {
    write(text) {
      progress.clear();
      return out.write(text);
    },
  };
}
