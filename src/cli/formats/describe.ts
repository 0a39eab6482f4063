import { formatPath } from '../../errors.js';
import type { TextPosition } from '../read-events.js';
import type { EventFailure, FileReport } from '../report.js';

/** Issues listed per event in the text and GitHub formats; the JSON report has them all. */
const MAX_ISSUES_PER_EVENT = 20;

/**
 * Where an invalid event is, for people: `file` for a one-event file, `file[2]` for an array
 * element, `file:3` for a JSON Lines line.
 *
 * @example
 * ```ts
 * eventLocation({ file: 'a.jsonl', layout: 'lines', events: 3, failures: [] }, { index: 2, line: 3, issues: [] }); // 'a.jsonl:3'
 * ```
 */
export function eventLocation(report: FileReport, failure: EventFailure): string {
  if (report.layout === 'lines') return `${report.file}:${failure.line ?? '?'}`;
  if (report.layout === 'array') return `${report.file}[${failure.index}]`;
  return report.file;
}

/**
 * The lines that describe an invalid event's issues, `<event type> at <path>: <message>`, at most
 * 20 and a count of the rest.
 *
 * @example
 * ```ts
 * issueLines({ index: 0, eventType: 'create_tenant', issues: [{ code: 'required', path: ['id'], message: 'required field is missing' }] });
 * // ['create_tenant at id: required field is missing']
 * ```
 */
export function issueLines(failure: EventFailure): string[] {
  const lines = failure.issues.slice(0, MAX_ISSUES_PER_EVENT).map((issue) => {
    // An event that is not an object (or not JSON) has neither an event type nor a path to name.
    if (failure.eventType === undefined && issue.path.length === 0) return issue.message;
    return `${failure.eventType ?? '(no event_type)'} at ${formatPath(issue.path)}: ${issue.message}`;
  });
  if (failure.issues.length > MAX_ISSUES_PER_EVENT) lines.push(`… and ${failure.issues.length - MAX_ISSUES_PER_EVENT} more issues`);
  return lines;
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
