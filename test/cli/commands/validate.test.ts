import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixture, loadFixtures, withLogFields } from '../../support/fixtures.js';
import { runCli, tempFolder } from '../../support/run-cli.js';

const tenant = loadFixture('samples/create_tenant.2026.string-form.json');
const valid = JSON.stringify(tenant);
const badStatus = JSON.stringify(withLogFields(tenant, { http_status: 201 }));

describe('validate: the repository fixtures', () => {
  it('passes every fixture in strict mode and prints only the summary', async () => {
    const run = await runCli(['validate', '--strict', 'fixtures']);
    const count = loadFixtures().length;
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${count} passed, 0 failed (${count} events in ${count} files)\n`);
    expect(run.stderr).toBe('');
  });

  it('with --verbose, also prints a line per file that passed', async () => {
    const run = await runCli(['validate', '--strict', '--verbose', 'fixtures']);
    const count = loadFixtures().length;
    const lines = run.stdout.trimEnd().split('\n');
    expect(run.code).toBe(0);
    expect(lines).toHaveLength(count + 1);
    expect(lines.slice(0, -1).every((line) => line.startsWith('ok   fixtures/') && line.endsWith('(1 event)'))).toBe(true);
    expect(lines.at(-1)).toBe(`${count} passed, 0 failed (${count} events in ${count} files)`);
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
        '2 passed, 1 failed (3 events in 1 file)',
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
        '1 passed, 2 failed (3 events in 1 file)',
        '',
      ].join('\n'),
    );
  });

  it('reads .ndjson with CRLF line ends and a .json file with a byte order mark', async () => {
    const result = await run('--verbose', 'crlf.ndjson', 'bom.json');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('ok   crlf.ndjson (2 events)\nok   bom.json (1 event)\n3 passed, 0 failed (3 events in 2 files)\n');
  });

  it('reports broken JSON and an empty file as failures with a position, and carries on', async () => {
    const result = await run('broken.json', 'empty.json', 'one.json');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        'FAIL broken.json: not valid JSON (line 3, column 9)',
        'FAIL empty.json: the file is empty',
        '1 passed, 2 failed (1 event in 3 files)',
        '',
      ].join('\n'),
    );
  });

  it('walks a folder recursively for *.json, *.jsonl and *.ndjson only, sorted', async () => {
    const result = await run('--verbose', '.');
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
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('9 passed, 5 failed (12 events in 9 files)');
    expect(result.code).toBe(1);
  });

  it('expands glob patterns, and validates a file named twice once', async () => {
    const result = await run('--verbose', '**/two.json', '*.jsonl', 'nested/deep/two.json', 'nested');
    expect(result.stdout).toBe(
      [
        'ok   nested/deep/two.json (2 events)',
        'FAIL lines.jsonl (3 events, 2 invalid)',
        '     lines.jsonl:3 not valid JSON (column 17)',
        '     lines.jsonl:4 create_tenant at detail.event.http_status: expected string, received number',
        '3 passed, 2 failed (5 events in 2 files)',
        '',
      ].join('\n'),
    );
  });

  it('fails, without crashing, on a missing path, an empty match and a folder without events', async () => {
    const result = await run('--verbose', 'missing.json', 'none/*.json', 'nothing', 'one.json');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        'FAIL missing.json: no such file or folder',
        'FAIL none/*.json: the pattern matches no file',
        'FAIL nothing: the folder holds no *.json, *.jsonl or *.ndjson file',
        'ok   one.json (1 event)',
        '1 passed, 3 failed (1 event in 4 files)',
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
        issueCount: 1,
        omitted: 0,
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
        '4 passed, 4 failed (7 events in 4 files)',
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
    expect(result.stdout).toBe('5 passed, 0 failed (5 events in 5 files)\n');
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
    [['validate'], 'missing <path...>: files, folders and glob patterns to validate'],
    [['validate', ''], 'argument 1 is an empty <path>, which names nothing'],
    [['validate', 'fixtures', ''], 'argument 2 is an empty <path>, which names nothing'],
    [['validate', '--format', 'xml', 'fixtures'], 'unknown value "xml" for --format: use text, json or github'],
    [['validate', '--format', 'jsno', 'fixtures'], 'unknown value "jsno" for --format (did you mean "json"?): use text, json or github'],
    [['validate', '--bogus', 'fixtures'], 'unknown option "--bogus"\n'],
    [['validate', '--strcit', 'fixtures'], 'unknown option "--strcit" (did you mean "--strict"?)'],
    [['validate', '--verb', 'fixtures'], 'unknown option "--verb" (did you mean "--verbose"?)'],
    [['validate', '--format'], "Option '--format <value>' argument missing"],
  ])('%j', async (argv, message) => {
    const result = await runCli(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`saasus-eventbridge validate: ${message}`);
    expect(result.stderr).toContain('Usage: saasus-eventbridge validate');
  });

  it('does not walk the current folder for an empty path', async () => {
    const folder = tempFolder({ 'one.json': valid });
    try {
      const result = await runCli(['validate', ''], { cwd: folder.path });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect((await runCli(['validate', '.'], { cwd: folder.path })).code).toBe(0);
    } finally {
      folder.remove();
    }
  });
});

describe('validate: events with more issues than the decoder keeps', () => {
  // 150 unknown fields in strict mode: the decoder keeps 100 issues and counts the rest.
  const extra = Object.fromEntries(Array.from({ length: 150 }, (_, index) => [`field_${index}`, index]));
  let folder: ReturnType<typeof tempFolder>;
  beforeAll(() => {
    folder = tempFolder({ 'noisy.json': JSON.stringify({ ...tenant, ...extra }) });
  });
  afterAll(() => folder.remove());

  it('gives the total and the omitted count in the JSON report', async () => {
    const result = await runCli(['validate', '--strict', '--format', 'json', 'noisy.json'], { cwd: folder.path });
    const [failure] = JSON.parse(result.stdout).results[0].failures;
    expect(failure.issues).toHaveLength(100);
    expect(failure.issueCount).toBe(150);
    expect(failure.omitted).toBe(50);
  });

  it('counts every issue in the text format', async () => {
    const result = await runCli(['validate', '--strict', 'noisy.json'], { cwd: folder.path });
    expect(result.stdout).toContain('     noisy.json … and 130 more issues\n');
  });
});

describe('validate: file names that hold control characters', () => {
  // Every character a terminal or a log viewer acts on, spelled out (not taken from the source).
  const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
  const names = [
    'fake\nok   other.json', // a line break that fakes a result line
    'red\u001b[31m\u001b[2J.json', // terminal escape sequences
    'txt.\u202enosj.json', // a right-to-left override
    'del\u007fnel\u0085ls\u2028.json',
    'tab\tcr\r.json',
  ];
  // JSON.stringify escapes C0 controls, `"` and `\`, the way the CLI does; the rest by hand.
  const quotedName = (name: string) => JSON.stringify(name).replace(/[\u007f-\u009f\u202e\u2028]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  let folder: ReturnType<typeof tempFolder>;
  beforeAll(() => {
    folder = tempFolder(Object.fromEntries(names.map((name) => [name, badStatus])));
  });
  afterAll(() => folder.remove());

  it('quotes and escapes them in the text format, so that each result keeps its lines', async () => {
    const result = await runCli(['validate', '.'], { cwd: folder.path });
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(names.length * 2 + 1);
    for (const line of lines) expect(line).not.toMatch(UNSAFE);
    for (const name of names) {
      expect(lines).toContain(`FAIL ${quotedName(name)} (1 event, 1 invalid)`);
      expect(lines).toContain(`     ${quotedName(name)} create_tenant at detail.event.http_status: expected string, received number`);
    }
  });

  it('quotes them in the --verbose lines of files that passed', async () => {
    const passing = tempFolder({ 'a\u001b[2J.json': valid });
    try {
      const result = await runCli(['validate', '--verbose', '.'], { cwd: passing.path });
      expect(result.stdout).toBe('ok   "a\\u001b[2J.json" (1 event)\n1 passed, 0 failed (1 event in 1 file)\n');
    } finally {
      passing.remove();
    }
  });

  it('keeps the exact names in the JSON report, with every unsafe character escaped', async () => {
    const result = await runCli(['validate', '--format', 'json', '.'], { cwd: folder.path });
    // Line breaks between JSON tokens are the report's own layout.
    expect(result.stdout.replaceAll('\n', '')).not.toMatch(UNSAFE);
    const files = JSON.parse(result.stdout).results.map((entry: { file: string }) => entry.file);
    expect([...files].sort()).toEqual([...names].sort());
  });

  it('names such files in the GitHub message instead of a file= it could not escape', async () => {
    const result = await runCli(['validate', '--format', 'github', '.'], { cwd: folder.path });
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(names.length + 1);
    for (const line of lines) expect(line).not.toMatch(UNSAFE);
    for (const name of names) {
      expect(lines).toContain(
        `::error title=Invalid SaaSus event create_tenant::${quotedName(name)}: create_tenant at detail.event.http_status: expected string, received number`,
      );
    }
  });

  it('prints a name with a quote but nothing unsafe as it is, and quotes it only where that is ambiguous', async () => {
    const quoted = tempFolder({ '"a".json': badStatus });
    try {
      const text = await runCli(['validate', '.'], { cwd: quoted.path });
      expect(text.stdout.split('\n')[0]).toBe('FAIL "\\"a\\".json" (1 event, 1 invalid)');
      const github = await runCli(['validate', '--format', 'github', '.'], { cwd: quoted.path });
      expect(github.stdout.startsWith('::error file="a".json,line=1,')).toBe(true);
    } finally {
      quoted.remove();
    }
  });

  it('escapes an unsafe command-line argument in usage errors', async () => {
    const result = await runCli(['validate', '--format', 'x\u001b[2J\u202e', 'fixtures']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown value "x\\u001b[2J\\u202e" for --format');
    expect(result.stderr.replaceAll('\n', '')).not.toMatch(UNSAFE);
  });
});
