import type { TextSink } from '../io.js';
import type { FileReport, Reporter } from '../report.js';

/**
 * The machine-readable format: one JSON document on stdout when the run ends.
 *
 * ```json
 * { "ok": false, "strict": true, "files": 2, "events": 3, "passed": 2, "failed": 1,
 *   "results": [{ "file": "events.jsonl", "ok": false, "events": 3,
 *     "failures": [{ "index": 1, "line": 2, "eventType": "create_tenant",
 *       "issues": [{ "code": "invalid_type", "path": ["detail", "event", "http_status"], "message": "expected string, received number" }] }] }] }
 * ```
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
      out.write(`${JSON.stringify({ ok: summary.failed === 0, strict: options.strict, ...summary, results }, null, 2)}\n`);
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
    failures: report.failures,
    ...(report.error === undefined ? {} : { error: report.error }),
  };
}
