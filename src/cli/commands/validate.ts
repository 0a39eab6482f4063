import { resolve } from 'node:path';
import { checkFile } from '../check-file.js';
import { defineCommand } from '../command.js';
import { findFiles, type FoundPath } from '../find-files.js';
import { githubReporter } from '../formats/github.js';
import { jsonReporter } from '../formats/json.js';
import { textReporter } from '../formats/text.js';
import type { CliIo, TextSink } from '../io.js';
import { clearingProgress, createProgress } from '../progress.js';
import { eventsFromText, readText } from '../read-events.js';
import { addToSummary, type FileReport, type Reporter, type RunSummary } from '../report.js';

/**
 * How `validate` reports.
 *
 * @example
 * ```ts
 * const options: ValidateOptions = { strict: true, format: 'text', verbose: false };
 * ```
 */
export interface ValidateOptions {
  readonly strict: boolean;
  readonly format: 'text' | 'json' | 'github';
  /** In the text format, also a line for each file that passed. */
  readonly verbose: boolean;
}

/**
 * `saasus-eventbridge validate`: validates event files and reports in one of three formats.
 *
 * @example
 * ```ts
 * const code = await main(['validate', '--strict', 'fixtures']);
 * ```
 */
export const validateCommand = defineCommand({
  name: 'validate',
  summary: 'validate event files (JSON, JSON Lines), folders and globs',
  description: [
    "Validates SaaSus EventBridge events with the library's decoder and prints the failures and a summary.",
    "Paths are files, folders (walked for *.json, *.jsonl and *.ndjson, hidden entries skipped) and glob patterns (quote them: 'events/**/*.json'). A .json file holds one event or an array of events; a .jsonl or .ndjson file holds one event per line.",
  ].join('\n\n'),
  positionals: { name: 'path', description: 'files, folders and glob patterns to validate ("." for the current folder)' },
  options: {
    strict: { type: 'boolean', description: 'also report drift: unknown fields, event types and enum values' },
    format: {
      type: 'string',
      valueName: 'format',
      default: 'text',
      choices: {
        text: 'the failing files with a line per issue, then "N passed, N failed" (with --verbose, also a line per file that passed)',
        json: 'one JSON report of every file on stdout',
        github: 'GitHub Actions annotations on the failing files',
      },
      description: 'how to report',
    },
    verbose: { type: 'boolean', description: 'in the text format, also a line for each file that passed' },
  },
  notes: [
    'Exit codes: 0 all events valid, 1 an event is invalid or a file or folder unreadable, 2 usage error.',
    "No output contains a field's value (api_key, bodies); file names with control characters are printed quoted and escaped.",
  ].join('\n\n'),
  async run({ values, positionals }, io) {
    const summary = await validatePaths(positionals, values, io);
    return summary.failed > 0 ? 1 : 0;
  },
});

/**
 * Validates the files the paths name and writes the reports; resolves to the run's summary.
 *
 * @example
 * ```ts
 * const summary = await validatePaths(['fixtures'], { strict: true, format: 'text', verbose: false }, processIo());
 * ```
 */
export async function validatePaths(paths: readonly string[], options: ValidateOptions, io: CliIo): Promise<RunSummary> {
  const found = await findFiles(paths, io.cwd);
  const progress = createProgress(io, found.length);
  const reporter = createReporter(options, clearingProgress(io.stdout, progress));
  let summary: RunSummary = { files: 0, events: 0, passed: 0, failed: 0 };
  let done = 0;
  const cwd = io.cwd ?? process.cwd();
  for (const entry of found) {
    const report = reportOf(entry, cwd, options.strict);
    reporter.file(report);
    summary = addToSummary(summary, report);
    progress.update(++done);
  }
  progress.finish();
  reporter.end(summary);
  return summary;
}

function reportOf(entry: FoundPath, cwd: string, strict: boolean): FileReport {
  if (!('file' in entry)) return { file: entry.path, events: 0, failures: [], error: { message: entry.problem } };
  const text = readText(resolve(cwd, entry.file));
  if (typeof text !== 'string') return { file: entry.file, events: 0, failures: [], error: { message: text.error } };
  return checkFile(entry.file, eventsFromText(entry.file, text), { strict });
}

function createReporter(options: ValidateOptions, out: TextSink): Reporter {
  switch (options.format) {
    case 'json':
      return jsonReporter(out, options);
    case 'github':
      return githubReporter(out);
    default:
      return textReporter(out, options);
  }
}
