import type { TextSink } from '../io.js';
import { printableName } from '../printable.js';
import type { Reporter } from '../report.js';
import { describeFileError, eventLocation, issueLines, plural, summaryLine } from './describe.js';

/**
 * The default format, for people: a line per failing file and per issue of each invalid event,
 * then the summary, as linters report; with `verbose`, also a line per file that passed.
 *
 * ```text
 * FAIL events.jsonl (3 events, 1 invalid)
 *      events.jsonl:2 create_tenant at detail.event.http_status: expected string, received number
 * 2 passed, 1 failed (3 events in 1 file)
 * ```
 *
 * File names with control characters are printed quoted and escaped ({@link printableName}),
 * so that no name can fake a result line or reach the terminal as an escape sequence.
 *
 * @example
 * ```ts
 * const reporter = textReporter(process.stdout, { verbose: false });
 * ```
 */
export function textReporter(out: TextSink, options: { readonly verbose: boolean }): Reporter {
  return {
    file(report) {
      const file = printableName(report.file);
      if (report.error !== undefined) {
        out.write(`FAIL ${file}: ${describeFileError(report.error)}\n`);
        return;
      }
      const events = plural(report.events, 'event');
      if (report.failures.length === 0) {
        if (options.verbose) out.write(`ok   ${file} (${events})\n`);
        return;
      }
      let text = `FAIL ${file} (${events}, ${report.failures.length} invalid)\n`;
      for (const failure of report.failures) {
        const where = eventLocation(report, failure);
        for (const line of issueLines(failure)) text += `     ${where} ${line}\n`;
      }
      out.write(text);
    },
    end(summary) {
      out.write(`${summaryLine(summary)}\n`);
    },
  };
}
