import type { SaasusEventIssue } from '../errors.js';
import type { TextPosition } from './read-events.js';

/**
 * One invalid event of a file: where it is, its `event_type` when readable, and its issues
 * (which, like every issue of the decoder, never hold a field's value): the first 100, as the
 * decoder keeps them, and the count of those left out (`SaasusEventError.omitted`).
 *
 * @example
 * ```ts
 * const failure: EventFailure = {
 *   index: 0,
 *   line: 1,
 *   eventType: 'create_tenant',
 *   issues: [{ code: 'invalid_type', path: ['detail', 'event', 'http_status'], message: 'expected string, received number' }],
 *   omitted: 0,
 * };
 * ```
 */
export interface EventFailure {
  readonly index: number;
  readonly line?: number;
  readonly column?: number;
  readonly eventType?: string;
  readonly issues: readonly SaasusEventIssue[];
  /** Issues found beyond those in `issues` and not kept. */
  readonly omitted: number;
}

/**
 * The result of one file: its events and failures, or the reason it could not be read (then it
 * counts as one failure).
 *
 * @example
 * ```ts
 * const report: FileReport = { file: 'fixtures/a.json', layout: 'single', events: 1, failures: [] };
 * ```
 */
export interface FileReport {
  readonly file: string;
  readonly layout?: 'single' | 'array' | 'lines';
  readonly events: number;
  readonly failures: readonly EventFailure[];
  /** Why the file yielded no events: unreadable, not JSON, or a path that names no file. */
  readonly error?: { readonly message: string; readonly position?: TextPosition };
}

/**
 * The counts of a whole run. An unreadable file counts as one failed event.
 *
 * @example
 * ```ts
 * const summary: RunSummary = { files: 2, events: 3, passed: 2, failed: 1 };
 * ```
 */
export interface RunSummary {
  readonly files: number;
  readonly events: number;
  readonly passed: number;
  readonly failed: number;
}

/**
 * Writes the reports of one run in one output format.
 *
 * @example
 * ```ts
 * const silent: Reporter = { file: () => {}, end: () => {} };
 * ```
 */
export interface Reporter {
  file(report: FileReport): void;
  end(summary: RunSummary): void;
}

/**
 * Adds one file's counts to a running summary.
 *
 * @example
 * ```ts
 * let summary: RunSummary = { files: 0, events: 0, passed: 0, failed: 0 };
 * summary = addToSummary(summary, report);
 * ```
 */
export function addToSummary(summary: RunSummary, report: FileReport): RunSummary {
  const failed = report.failures.length + (report.error === undefined ? 0 : 1);
  return {
    files: summary.files + 1,
    events: summary.events + report.events,
    passed: summary.passed + report.events - report.failures.length,
    failed: summary.failed + failed,
  };
}
