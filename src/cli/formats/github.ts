import type { TextSink } from '../io.js';
import { isPrintable, printableName } from '../printable.js';
import type { FileReport, Reporter } from '../report.js';
import { describeFileError, issueLines, summaryLine } from './describe.js';
import { workflowError } from './workflow-command.js';

/**
 * The GitHub Actions format: one `::error` workflow command per invalid event or unreadable
 * file, so that the failure is shown on the file in the pull request, then the summary.
 *
 * ```text
 * ::error file=events.jsonl,line=2,title=Invalid SaaSus event create_tenant::create_tenant at detail.event.http_status: expected string, received number
 * ```
 *
 * A workflow command can escape only `%`, CR, LF, `:` and `,`: a file name with other control
 * characters is not given as `file=` (the annotation goes on the run instead) but quoted and
 * escaped at the start of the message.
 *
 * @example
 * ```ts
 * const reporter = githubReporter(process.stdout);
 * ```
 */
export function githubReporter(out: TextSink): Reporter {
  return {
    file(report) {
      if (report.error !== undefined) {
        const { position } = report.error;
        out.write(annotation(report, { line: position?.line, col: position?.column, title: 'Unreadable event file' }, describeFileError(report.error)));
        return;
      }
      for (const failure of report.failures) {
        const title = failure.eventType === undefined ? 'Invalid SaaSus event' : `Invalid SaaSus event ${failure.eventType}`;
        const where = report.layout === 'array' ? `event [${failure.index}]: ` : '';
        const message = issueLines(failure)
          .map((line) => where + line)
          .join('\n');
        out.write(annotation(report, { line: failure.line ?? 1, col: failure.column, title }, message));
      }
    },
    end(summary) {
      out.write(`${summaryLine(summary)}\n`);
    },
  };
}

function annotation(
  report: FileReport,
  properties: { readonly line: number | undefined; readonly col: number | undefined; readonly title: string },
  message: string,
): string {
  if (isPrintable(report.file)) return workflowError({ file: report.file, ...properties }, message);
  return workflowError({ title: properties.title }, `${printableName(report.file)}: ${message}`);
}
