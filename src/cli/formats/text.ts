import type { TextSink } from '../io.js';
import type { Reporter } from '../report.js';
import { describeFileError, eventLocation, issueLines, plural } from './describe.js';

/**
 * The default format, for people: one line per file, one line per issue of each invalid event,
 * then `N passed, N failed`.
 *
 * ```text
 * ok   fixtures/samples/create_tenant.2026.string-form.json (1 event)
 * FAIL events.jsonl (3 events, 1 invalid)
 *      events.jsonl:2 create_tenant at detail.event.http_status: expected string, received number
 * 2 passed, 1 failed
 * ```
 *
 * @example
 * ```ts
 * const reporter = textReporter(process.stdout);
 * ```
 */
export function textReporter(out: TextSink): Reporter {
  return {
    file(report) {
      if (report.error !== undefined) {
        out.write(`FAIL ${report.file}: ${describeFileError(report.error)}\n`);
        return;
      }
      const events = plural(report.events, 'event');
      if (report.failures.length === 0) {
        out.write(`ok   ${report.file} (${events})\n`);
        return;
      }
      let text = `FAIL ${report.file} (${events}, ${report.failures.length} invalid)\n`;
      for (const failure of report.failures) {
        const where = eventLocation(report, failure);
        for (const line of issueLines(failure)) text += `     ${where} ${line}\n`;
      }
      out.write(text);
    },
    end(summary) {
      out.write(`${summary.passed} passed, ${summary.failed} failed\n`);
    },
  };
}
