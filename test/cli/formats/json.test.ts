import { describe, expect, it } from 'vitest';
import { jsonReporter } from '../../../src/cli/formats/json.js';
import { addToSummary, type FileReport, type RunSummary } from '../../../src/cli/report.js';

/** The document a json reporter writes for `reports`, parsed. */
function documentOf(reports: readonly FileReport[], strict = false): Record<string, unknown> {
  let text = '';
  const reporter = jsonReporter({ write: (chunk: string) => void (text += chunk) }, { strict });
  let summary: RunSummary = { files: 0, events: 0, passed: 0, failed: 0 };
  for (const report of reports) {
    reporter.file(report);
    summary = addToSummary(summary, report);
  }
  reporter.end(summary);
  expect(text.endsWith('}\n')).toBe(true);
  return JSON.parse(text) as Record<string, unknown>;
}

const passed: FileReport = { file: 'a.json', layout: 'single', events: 1, failures: [] };
const unreadable: FileReport = { file: 'b.json', events: 0, failures: [], error: { message: 'cannot read the file (EACCES)' } };
const failing: FileReport = {
  file: 'c.jsonl',
  layout: 'lines',
  events: 2,
  failures: [{ index: 1, line: 2, eventType: 'create_tenant', omitted: 0, issues: [{ code: 'invalid_type', path: ['time'], message: 'expected string' }] }],
};

describe('jsonReporter', () => {
  it('says ok when every file passed, with the summary and the options', () => {
    expect(documentOf([passed], true)).toEqual({
      ok: true,
      strict: true,
      files: 1,
      events: 1,
      passed: 1,
      failed: 0,
      results: [{ file: 'a.json', ok: true, layout: 'single', events: 1, failures: [] }],
    });
  });

  it('gives a file that could not be read its error and no layout, and a failing file its failures', () => {
    const document = documentOf([unreadable, failing]);
    expect(document).toMatchObject({ ok: false, strict: false, files: 2, events: 2, passed: 1, failed: 2 });
    expect(document['results']).toEqual([
      { file: 'b.json', ok: false, events: 0, failures: [], error: { message: 'cannot read the file (EACCES)' } },
      {
        file: 'c.jsonl',
        ok: false,
        layout: 'lines',
        events: 2,
        failures: [{ index: 1, line: 2, eventType: 'create_tenant', issueCount: 1, omitted: 0, issues: failing.failures[0]!.issues }],
      },
    ]);
  });
});
