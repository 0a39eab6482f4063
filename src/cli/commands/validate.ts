import { resolve } from 'node:path';
import { checkFile } from '../check-file.js';
import { parseCommandArgs, type Command } from '../command.js';
import { findFiles, type FoundPath } from '../find-files.js';
import { githubReporter } from '../formats/github.js';
import { jsonReporter } from '../formats/json.js';
import { textReporter } from '../formats/text.js';
import type { CliIo, TextSink } from '../io.js';
import { clearingProgress, createProgress } from '../progress.js';
import { eventsFromText, readText } from '../read-events.js';
import { addToSummary, type FileReport, type Reporter, type RunSummary } from '../report.js';
import { UsageError } from '../usage-error.js';

const FORMATS = ['text', 'json', 'github'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: saasus-eventbridge validate [--strict] [--format text|json|github] <paths...>

Validates SaaSus EventBridge events with the library's decoder.

Paths are files, folders (walked for *.json, *.jsonl and *.ndjson) and glob patterns
(quote them: 'events/**/*.json'). A .json file holds one event or an array of events;
a .jsonl or .ndjson file holds one event per line.

Options:
  --strict           also report drift: unknown fields, event types and enum values
  --format <format>  text (default): a line per file and per issue, then "N passed, N failed"
                     json: one JSON report on stdout
                     github: GitHub Actions annotations on the failing files
  -h, --help         show this help

Exit codes: 0 all events valid, 1 an event is invalid or a file unreadable, 2 usage error.
No output contains a field's value (api_key, bodies).`;

/**
 * `saasus-eventbridge validate`: validates event files and reports in one of three formats.
 *
 * @example
 * ```ts
 * const code = await validateCommand.run(['--strict', 'fixtures'], processIo());
 * ```
 */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'validate event files (JSON, JSON Lines), folders and globs',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs({
      args: [...args],
      options: { strict: { type: 'boolean' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
    if (values.help === true) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const format = values.format ?? 'text';
    if (!isFormat(format)) throw new UsageError(`unknown format "${format}": use text, json or github`);
    if (positionals.length === 0) throw new UsageError('validate needs at least one file, folder or glob pattern');
    const strict = values.strict === true;
    const summary = await validatePaths(positionals, { strict, format }, io);
    return summary.failed > 0 ? 1 : 0;
  },
};

/**
 * Validates the files the paths name and writes the reports; resolves to the run's summary.
 *
 * @example
 * ```ts
 * const summary = await validatePaths(['fixtures'], { strict: true, format: 'text' }, processIo());
 * ```
 */
export async function validatePaths(
  paths: readonly string[],
  options: { readonly strict: boolean; readonly format: Format },
  io: CliIo,
): Promise<RunSummary> {
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

function createReporter(options: { readonly strict: boolean; readonly format: Format }, out: TextSink): Reporter {
  switch (options.format) {
    case 'json':
      return jsonReporter(out, options);
    case 'github':
      return githubReporter(out);
    default:
      return textReporter(out);
  }
}

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}
