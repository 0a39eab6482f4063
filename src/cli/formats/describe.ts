import { formatPath } from '../../errors.js';
import { escapeUnsafe, printableName } from '../printable.js';
import type { TextPosition } from '../read-events.js';
import type { EventFailure, FileReport, RunSummary } from '../report.js';

/** Issues listed per event in the text and GitHub formats; the JSON report has all the decoder keeps. */
const MAX_ISSUES_PER_EVENT = 20;

/**
 * Where an invalid event is, for people: `file` for a one-event file, `file[2]` for an array
 * element, `file:3` for a JSON Lines line; the file name quoted and escaped when it holds
 * control characters ({@link printableName}).
 *
 * @example
 * ```ts
 * eventLocation({ file: 'a.jsonl', layout: 'lines', events: 3, failures: [] }, { index: 2, line: 3, issues: [], omitted: 0 }); // 'a.jsonl:3'
 * ```
 */
export function eventLocation(report: FileReport, failure: EventFailure): string {
  const file = printableName(report.file);
  if (report.layout === 'lines') return `${file}:${failure.line ?? '?'}`;
  if (report.layout === 'array') return `${file}[${failure.index}]`;
  return file;
}

/**
 * The lines that describe an invalid event's issues, `<event type> at <path>: <message>`, at most
 * 20 and a count of the rest (those the decoder left out included). Control characters (a
 * field name can hold any) are escaped.
 *
 * @example
 * ```ts
 * issueLines({ index: 0, eventType: 'create_tenant', issues: [{ code: 'required', path: ['id'], message: 'required field is missing' }], omitted: 0 });
 * // ['create_tenant at id: required field is missing']
 * ```
 */
export function issueLines(failure: EventFailure): string[] {
  const lines = failure.issues.slice(0, MAX_ISSUES_PER_EVENT).map((issue) => {
    // An event that is not an object (or not JSON) has neither an event type nor a path to name.
    if (failure.eventType === undefined && issue.path.length === 0) return escapeUnsafe(issue.message);
    return escapeUnsafe(`${failure.eventType ?? '(no event_type)'} at ${formatPath(issue.path)}: ${issue.message}`);
  });
  const more = issueCount(failure) - MAX_ISSUES_PER_EVENT;
  if (more > 0) lines.push(`… and ${more} more ${more === 1 ? 'issue' : 'issues'}`);
  return lines;
}

/**
 * How many issues an event has: those listed and those the decoder counted but left out.
 *
 * @example
 * ```ts
 * issueCount({ index: 0, issues: new Array(100), omitted: 20 }); // 120
 * ```
 */
export function issueCount(failure: EventFailure): number {
  return failure.issues.length + failure.omitted;
}

/**
 * A file-level problem with its position: `not valid JSON (line 3, column 5)`.
 *
 * @example
 * ```ts
 * describeFileError({ message: 'not valid JSON', position: { line: 3, column: 5 } }); // 'not valid JSON (line 3, column 5)'
 * ```
 */
export function describeFileError(error: { readonly message: string; readonly position?: TextPosition }): string {
  const { position } = error;
  if (position === undefined) return error.message;
  return `${error.message} (line ${position.line}${position.column === undefined ? '' : `, column ${position.column}`})`;
}

/**
 * The last line of the text and GitHub formats: `2 passed, 1 failed (3 events in 2 files)`.
 *
 * @example
 * ```ts
 * summaryLine({ files: 2, events: 3, passed: 2, failed: 1 }); // '2 passed, 1 failed (3 events in 2 files)'
 * ```
 */
export function summaryLine(summary: RunSummary): string {
  return `${summary.passed} passed, ${summary.failed} failed (${plural(summary.events, 'event')} in ${plural(summary.files, 'file')})`;
}

/**
 * `1 event`, `3 events`.
 *
 * @example
 * ```ts
 * plural(1, 'event'); // '1 event'
 * ```
 */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
