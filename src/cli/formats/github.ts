import type { TextSink } from '../io.js';
import type { Reporter } from '../report.js';
import { describeFileError, issueLines } from './describe.js';
import { workflowError } from './workflow-command.js';

/**
 * The GitHub Actions format: one `::error` workflow command per invalid event or unreadable
 * file, so that the failure is shown on the file in the pull request, then `N passed, N failed`.
 *
 * ```text
 * ::error file=events.jsonl,line=2,title=Invalid SaaSus event create_tenant::create_tenant at detail.event.http_status: expected string, received number
 * ```
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
        out.write(
          workflowError(
            { file: report.file, line: position?.line, col: position?.column, title: 'Unreadable event file' },
            describeFileError(report.error),
          ),
        );
        return;
      }
      for (const failure of report.failures) {
        const title = failure.eventType === undefined ? 'Invalid SaaSus event' : `Invalid SaaSus event ${failure.eventType}`;
        const where = report.layout === 'array' ? `event [${failure.index}]: ` : '';
        const message = issueLines(failure)
          .map((line) => where + line)
          .join('\n');
        out.write(workflowError({ file: report.file, line: failure.line ?? 1, col: failure.column, title }, message));
      }
    },
    end(summary) {
      out.write(`${summary.passed} passed, ${summary.failed} failed\n`);
    },
  };
}
