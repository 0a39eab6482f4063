import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { arrayElementLines, jsonSyntaxErrorOffset, lineAndColumn, type ScanMeter } from './json-text-positions.js';

/**
 * One event read from a file, with where it is: `index` counts the events of the file from 0;
 * `line` (1-based) is where it starts, when known without extra work (always for JSON Lines).
 * `value` is absent when the event's text is not JSON (a bad line of a JSON Lines file).
 *
 * @example
 * ```ts
 * const event: LocatedEvent = { index: 2, line: 3, value: { version: '0' } };
 * ```
 */
export interface LocatedEvent {
  readonly index: number;
  readonly line?: number;
  readonly value?: unknown;
  /** Set instead of `value` when the text is not JSON: where, never what. */
  readonly syntaxError?: TextPosition;
}

/**
 * A place in a file. `column` is absent where only the line is known.
 *
 * @example
 * ```ts
 * const position: TextPosition = { line: 3, column: 17 };
 * ```
 */
export interface TextPosition {
  readonly line: number;
  readonly column?: number;
}

/**
 * What a file holds: its events, or why none could be read.
 *
 * - `single`: a `.json` file with one event (any JSON value that is not an array);
 * - `array`: a `.json` file with an array of events;
 * - `lines`: a `.jsonl` or `.ndjson` file, one event per non-blank line.
 *
 * @example
 * ```ts
 * const content: FileContent = { layout: 'single', events: [{ index: 0, line: 1, value: {} }] };
 * ```
 */
export type FileContent =
  | { readonly layout: 'single' | 'array' | 'lines'; readonly events: readonly LocatedEvent[]; readonly lineOf?: (index: number) => number }
  | { readonly error: string; readonly position?: TextPosition };

const JSON_LINES = /\.(?:jsonl|ndjson)$/i;

/**
 * Reads a regular file's text; never throws. A failure is described by its error code only
 * (the system's message can be long and adds nothing).
 *
 * Synchronous on purpose: for many small files it is several times faster than
 * `fs.promises.readFile`, and a command-line run has nothing else to do meanwhile.
 *
 * @example
 * ```ts
 * const text = readText('fixtures/samples/create_tenant.2026.string-form.json');
 * if (typeof text !== 'string') console.error(text.error);
 * ```
 */
export function readText(file: string): string | { readonly error: string } {
  let descriptor: number | undefined;
  try {
    // Non-blocking, so that a FIFO cannot hang the run; then regular files only.
    descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    if (!fstatSync(descriptor).isFile()) return { error: 'cannot read the file (not a regular file)' };
    return readFileSync(descriptor, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: `cannot read the file${typeof code === 'string' ? ` (${code})` : ''}` };
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/**
 * Splits a file's text into events by its name: JSON Lines for `*.jsonl` and `*.ndjson`, one
 * JSON value (one event, or an array of events) otherwise. Broken JSON is reported by position,
 * never by quoting the text. Positions cost at most one pass over the text, whatever the number
 * of failing events (`meter` counts the characters read for them).
 *
 * @example
 * ```ts
 * const content = eventsFromText('events.jsonl', '{"a":1}\n\n{"b":2}\n');
 * // { layout: 'lines', events: [{ index: 0, line: 1, value: { a: 1 } }, { index: 1, line: 3, value: { b: 2 } }] }
 * ```
 */
export function eventsFromText(file: string, text: string, meter?: ScanMeter): FileContent {
  // Editors on Windows may start a UTF-8 file with a byte order mark, which JSON.parse refuses.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return JSON_LINES.test(file) ? jsonLines(body) : jsonDocument(body, meter);
}

function jsonDocument(text: string, meter: ScanMeter | undefined): FileContent {
  if (text.trim() === '') return { error: 'the file is empty' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const offset = jsonSyntaxErrorOffset(text);
    return offset === undefined ? { error: 'not valid JSON' } : { error: 'not valid JSON', position: lineAndColumn(text, offset, meter) };
  }
  if (!Array.isArray(value)) return { layout: 'single', events: [{ index: 0, line: 1, value }] };
  let lines: number[] | undefined;
  return {
    layout: 'array',
    events: value.map((event: unknown, index) => ({ index, value: event })),
    // The lines of all elements cost one scan of the text, done once and only when a failure is
    // reported; each failure then looks its line up (a search per failure would be quadratic).
    lineOf: (index) => (lines ??= arrayElementLines(text, meter))[index] ?? 1,
  };
}

function jsonLines(text: string): FileContent {
  const events: LocatedEvent[] = [];
  const lines = text.split('\n');
  for (let number = 1; number <= lines.length; number++) {
    const line = lines[number - 1]!;
    if (line.trim() === '') continue;
    const index = events.length;
    try {
      events.push({ index, line: number, value: JSON.parse(line) });
    } catch {
      const offset = jsonSyntaxErrorOffset(line);
      events.push({ index, line: number, syntaxError: offset === undefined ? { line: number } : { line: number, column: offset + 1 } });
    }
  }
  return { layout: 'lines', events };
}
