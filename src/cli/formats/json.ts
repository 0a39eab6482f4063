import type { TextSink } from '../io.js';
import { escapeUnsafeJson } from '../printable.js';
import type { EventFailure, FileReport, Reporter } from '../report.js';
import { issueCount } from './describe.js';

/**
 * The machine-readable format: one JSON document on stdout when the run ends, listing every
 * file (passed or not). Each failure has the decoder's issues (at most 100), `issueCount` (all
 * of them) and `omitted` (those left out of `issues`).
 *
 * ```json
 * { "ok": false, "strict": true, "files": 2, "events": 3, "passed": 2, "failed": 1,
 *   "results": [{ "file": "events.jsonl", "ok": false, "layout": "lines", "events": 3,
 *     "failures": [{ "index": 1, "line": 2, "eventType": "create_tenant", "issueCount": 1, "omitted": 0,
 *       "issues": [{ "code": "invalid_type", "path": ["detail", "event", "http_status"], "message": "expected string, received number" }] }] }] }
 * ```
 *
 * Characters that `JSON.stringify` leaves raw and a terminal would act on (DEL, C1 and
 * bidirectional controls, line separators) are written as `\uXXXX`: the values are unchanged.
 *
 * @example
 * ```ts
 * const reporter = jsonReporter(process.stdout, { strict: true });
 * ```
 */
export function jsonReporter(out: TextSink, options: { readonly strict: boolean }): Reporter {
  const results: object[] = [];
  return {
    file(report) {
      results.push(resultOf(report));
    },
    end(summary) {
      out.write(`${escapeUnsafeJson(JSON.stringify({ ok: summary.failed === 0, strict: options.strict, ...summary, results }, null, 2))}\n`);
    },
  };
}

function resultOf(report: FileReport): object {
  const ok = report.error === undefined && report.failures.length === 0;
  return {
    file: report.file,
    ok,
    ...(report.layout === undefined ? {} : { layout: report.layout }),
    events: report.events,
    failures: report.failures.map(failureOf),
    ...(report.error === undefined ? {} : { error: report.error }),
  };
}

function failureOf(failure: EventFailure): object {
  const { issues, omitted, ...where } = failure;
  return { ...where, issueCount: issueCount(failure), omitted, issues };
}
