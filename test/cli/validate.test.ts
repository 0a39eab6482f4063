import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixture, loadFixtures, withLogFields } from '../support/fixtures.js';
import { runCli, tempFolder } from './run-cli.js';

const tenant = loadFixture('samples/create_tenant.2026.string-form.json');
const valid = JSON.stringify(tenant);
const badStatus = JSON.stringify(withLogFields(tenant, { http_status: 201 }));

describe('validate: the repository fixtures', () => {
  it('passes every fixture in strict mode, a line per file and the summary', async () => {
    const run = await runCli(['validate', '--strict', 'fixtures']);
    const count = loadFixtures().length;
    const lines = run.stdout.trimEnd().split('\n');
    expect(run.code).toBe(0);
    expect(lines).toHaveLength(count + 1);
    expect(lines.slice(0, -1).every((line) => line.startsWith('ok   fixtures/') && line.endsWith('(1 event)'))).toBe(true);
    expect(lines.at(-1)).toBe(`${count} passed, 0 failed`);
    expect(run.stderr).toBe('');
  });
});

describe('validate: files, folders and globs', () => {
  let folder: ReturnType<typeof tempFolder>;
  beforeAll(() => {
    folder = tempFolder({
      'one.json': valid,
      'array.json': JSON.stringify([tenant, withLogFields(tenant, { http_status: 201 }), tenant], null, 2),
      'empty-array.json': '[]',
      'lines.jsonl': `${valid}\n\n{"version": "0" oops}\n${badStatus}\n`,
      'crlf.ndjson': `${valid}\r\n${valid}\r\n`,
      'bom.json': `\uFEFF${valid}`,
      'broken.json': '{\n  "version": "0",\n  "id": x\n}\n',
      'empty.json': '',
      'notes.txt': 'not an event',
      'nested/deep/two.json': JSON.stringify([tenant, tenant]),
      'nothing/readme.md': '# no events here',
    });
  });
  afterAll(() => folder.remove());

  const run = (...argv: string[]) => runCli(['validate', ...argv], { cwd: folder.path });

  it('reports array elements by index and their event type, path and message', async () => {
    const result = await run('array.json');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        'FAIL array.json (3 events, 1 invalid)',
        '     array.json[1] create_tenant at detail.event.http_status: expected string, received number',
        '2 passed, 1 failed',
        '',
      ].join('\n'),
    );
  });

  it('reports JSON Lines by line number, blank lines counted, broken lines as failures', async () => {
    const result = await run('lines.jsonl');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        'FAIL lines.jsonl (3 events, 2 invalid)',
        '     lines.jsonl:3 not valid JSON (column 17)',
        '     lines.jsonl:4 create_tenant at detail.event.http_status: expected string, received number',
        '1 passed, 2 failed',
        '',
      ].join('\n'),
    );
  });

  it('reads .ndjson with CRLF line ends and a .json file with a byte order mark', async () => {
    const result = await run('crlf.ndjson', 'bom.json');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('ok   crlf.ndjson (2 events)\nok   bom.json (1 event)\n3 passed, 0 failed\n');
  });

  it('reports broken JSON and an empty file as failures with a position, and carries on', async () => {
    const result = await run('broken.json', 'empty.json', 'one.json');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        'FAIL broken.json: not valid JSON (line 3, column 9)',
        'FAIL empty.json: the file is empty',
        'ok   one.json (1 event)',
        '1 passed, 2 failed',
        '',
      ].join('\n'),
    );
  });

  it('walks a folder recursively for *.json, *.jsonl and *.ndjson only, sorted', async () => {
    const result = await run('.');
    const files = result.stdout
      .split('\n')
      .filter((line) => /^(ok |FAIL)/.test(line))
      .map((line) => line.slice(5).split(/[ :]/)[0]);
    expect(files).toEqual([
      'array.json',
      'bom.json',
      'broken.json',
      'crlf.ndjson',
      'empty-array.json',
      'empty.json',
      'lines.jsonl',
      'nested/deep/two.json',
      'one.json',
    ]);
    expect(result.stdout).toContain('ok   empty-array.json (0 events)');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('9 passed, 5 failed');
    expect(result.code).toBe(1);
  });

  it('expands glob patterns, and validates a file named twice once', async () => {
    const result = await run('**/two.json', '*.jsonl', 'nested/deep/two.json', 'nested');
    expect(result.stdout).toBe(
      [
        'ok   nested/deep/two.json (2 events)',
        'FAIL lines.jsonl (3 events, 2 invalid)',
        '     lines.jsonl:3 not valid JSON (column 17)',
        '     lines.jsonl:4 create_tenant at detail.event.http_status: expected string, received number',
        '3 passed, 2 failed',
        '',
      ].join('\n'),
    );
  });

  it('fails, without crashing, on a missing path, an empty match and a folder without events', async () => {
    const result = await run('missing.json', 'none/*.json', 'nothing', 'one.json');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        'FAIL missing.json: no such file or folder',
        'FAIL none/*.json: the pattern matches no file',
        'FAIL nothing: the folder holds no *.json, *.jsonl or *.ndjson file',
        'ok   one.json (1 event)',
        '1 passed, 3 failed',
        '',
      ].join('\n'),
    );
  });

  it('reports drift only with --strict', async () => {
    const drifted = tempFolder({ 'drift.json': JSON.stringify({ ...tenant, 'new-field': 1 }) });
    try {
      const lenient = await runCli(['validate', 'drift.json'], { cwd: drifted.path });
      const strict = await runCli(['validate', '--strict', 'drift.json'], { cwd: drifted.path });
      expect(lenient.code).toBe(0);
      expect(strict.code).toBe(1);
      expect(strict.stdout).toContain('drift.json create_tenant at new-field: field is not in the SaaSus event format');
    } finally {
      drifted.remove();
    }
  });

  it('lists at most 20 issues per event in text, all of them in JSON', async () => {
    const extra = Object.fromEntries(Array.from({ length: 25 }, (_, index) => [`field_${index}`, index]));
    const noisy = tempFolder({ 'noisy.json': JSON.stringify({ ...tenant, ...extra }) });
    try {
      const text = await runCli(['validate', '--strict', 'noisy.json'], { cwd: noisy.path });
      const issueLines = text.stdout.split('\n').filter((line) => line.startsWith('     noisy.json '));
      expect(issueLines).toHaveLength(21);
      expect(issueLines.at(-1)).toBe('     noisy.json … and 5 more issues');
      const json = JSON.parse((await runCli(['validate', '--strict', '--format', 'json', 'noisy.json'], { cwd: noisy.path })).stdout);
      expect(json.results[0].failures[0].issues).toHaveLength(25);
    } finally {
      noisy.remove();
    }
  });

  it('writes one JSON report with --format json', async () => {
    const result = await run('--format', 'json', 'array.json', 'lines.jsonl', 'broken.json', 'one.json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ ok: false, strict: false, files: 4, events: 7, passed: 4, failed: 4 });
    expect(report.results.map((entry: { file: string; ok: boolean }) => [entry.file, entry.ok])).toEqual([
      ['array.json', false],
      ['lines.jsonl', false],
      ['broken.json', false],
      ['one.json', true],
    ]);
    expect(report.results[0].failures).toEqual([
      {
        index: 1,
        line: 17,
        eventType: 'create_tenant',
        issues: [{ code: 'invalid_type', path: ['detail', 'event', 'http_status'], message: 'expected string, received number' }],
      },
    ]);
    expect(report.results[1].failures[0]).toMatchObject({ index: 1, line: 3, column: 17, issues: [{ code: 'invalid_json' }] });
    expect(report.results[2]).toMatchObject({ events: 0, error: { message: 'not valid JSON', position: { line: 3, column: 9 } } });
  });

  it('writes GitHub Actions annotations with --format github', async () => {
    const result = await run('--format', 'github', 'array.json', 'lines.jsonl', 'broken.json', 'one.json');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        '::error file=array.json,line=17,title=Invalid SaaSus event create_tenant::event [1]: create_tenant at detail.event.http_status: expected string, received number',
        '::error file=lines.jsonl,line=3,col=17,title=Invalid SaaSus event::not valid JSON (column 17)',
        '::error file=lines.jsonl,line=4,title=Invalid SaaSus event create_tenant::create_tenant at detail.event.http_status: expected string, received number',
        '::error file=broken.json,line=3,col=9,title=Unreadable event file::not valid JSON (line 3, column 9)',
        '4 passed, 4 failed',
        '',
      ].join('\n'),
    );
  });

  it('escapes file names and multi-line messages in annotations', async () => {
    const odd = tempFolder({ 'a,b:c%d.json': JSON.stringify(withLogFields(tenant, { http_status: 201, api_key: 5 })) });
    try {
      const result = await runCli(['validate', '--format', 'github', '.'], { cwd: odd.path });
      const [annotation] = result.stdout.split('\n');
      expect(annotation).toBe(
        '::error file=a%2Cb%3Ac%25d.json,line=1,title=Invalid SaaSus event create_tenant::' +
          'create_tenant at detail.event.api_key: expected string, received number%0A' +
          'create_tenant at detail.event.http_status: expected string, received number',
      );
    } finally {
      odd.remove();
    }
  });

  it('does not print an event_type that is not a plain name', async () => {
    const hostile = { ...tenant, detail: { ...(tenant.detail as object), event_type: 'x\n::warning::injected\u001b[2J' }, time: 1 };
    const odd = tempFolder({ 'hostile.json': JSON.stringify(hostile) });
    try {
      for (const format of ['text', 'github', 'json']) {
        const result = await runCli(['validate', '--format', format, 'hostile.json'], { cwd: odd.path });
        expect(result.code).toBe(1);
        expect(result.stdout).not.toContain('injected');
      }
      const text = await runCli(['validate', 'hostile.json'], { cwd: odd.path });
      expect(text.stdout).toContain('hostile.json (no event_type) at time: expected string, received number');
    } finally {
      odd.remove();
    }
  });
});

describe('validate: progress', () => {
  let folder: ReturnType<typeof tempFolder>;
  beforeAll(() => {
    folder = tempFolder(Object.fromEntries(Array.from({ length: 5 }, (_, index) => [`e${index}.json`, valid])));
  });
  afterAll(() => folder.remove());

  it('shows progress on stderr when it is a terminal and the run is long', async () => {
    const result = await runCli(['validate', '.'], { cwd: folder.path, tty: true, tick: 1000 });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('validating: 5/5 files (100%)');
    expect(result.stderr.endsWith('\r\u001b[K')).toBe(true);
    expect(result.stdout).toBe(`${[0, 1, 2, 3, 4].map((index) => `ok   e${index}.json (1 event)`).join('\n')}\n5 passed, 0 failed\n`);
  });

  it('prints nothing on stderr when it is not a terminal', async () => {
    const result = await runCli(['validate', '.'], { cwd: folder.path, tty: false, tick: 1000 });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('shows nothing for a short run, even on a terminal', async () => {
    const result = await runCli(['validate', '.'], { cwd: folder.path, tty: true, tick: 1 });
    expect(result.stderr).toBe('');
  });
});

describe('validate: usage errors exit 2', () => {
  it.each([
    [['validate'], 'validate needs at least one file, folder or glob pattern'],
    [['validate', '--format', 'xml', 'fixtures'], 'unknown format "xml"'],
    [['validate', '--bogus', 'fixtures'], "Unknown option '--bogus'"],
    [['validate', '--format'], "Option '--format <value>' argument missing"],
  ])('%j', async (argv, message) => {
    const result = await runCli(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Usage: saasus-eventbridge validate');
  });
});
