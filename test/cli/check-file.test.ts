import { describe, expect, it } from 'vitest';
import { checkFile, printableEventType } from '../../src/cli/check-file.js';
import { createTestEvent } from '../../src/testing/index.js';

const valid = createTestEvent('create_tenant');
const invalid = { ...valid, time: 5 };

describe('checkFile', () => {
  it('reports a file without events by its error, with the position only when known', () => {
    expect(checkFile('a.json', { error: 'cannot read the file (EACCES)' }, { strict: false })).toStrictEqual({
      file: 'a.json',
      events: 0,
      failures: [],
      error: { message: 'cannot read the file (EACCES)' },
    });
    expect(checkFile('a.json', { error: 'not valid JSON', position: { line: 2, column: 3 } }, { strict: false }).error).toStrictEqual({
      message: 'not valid JSON',
      position: { line: 2, column: 3 },
    });
  });

  it('reports a line that is not JSON with its column when known', () => {
    const report = checkFile(
      'a.jsonl',
      { layout: 'lines', events: [{ index: 0, line: 1, syntaxError: { line: 1 } }, { index: 1, line: 2, syntaxError: { line: 2, column: 7 } }] },
      { strict: false },
    );
    expect(report.failures.map((failure) => failure.issues[0]?.message)).toEqual(['not valid JSON', 'not valid JSON (column 7)']);
    expect(report.failures[1]).toMatchObject({ index: 1, line: 2, column: 7 });
  });

  it('gives an invalid event its line (from the content when the event has none) and its event type when printable', () => {
    const report = checkFile(
      'a.json',
      { layout: 'array', events: [{ index: 0, value: valid }, { index: 1, value: invalid }, { index: 2, value: 42 }], lineOf: (index) => index * 10 },
      { strict: false },
    );
    expect(report.events).toBe(3);
    expect(report.failures.map(({ issues, ...where }) => where)).toStrictEqual([
      { index: 1, line: 10, eventType: 'create_tenant', omitted: 0 },
      { index: 2, line: 20, omitted: 0 },
    ]);
  });

  it('leaves out the line when neither the event nor the content knows it', () => {
    const report = checkFile('a.json', { layout: 'single', events: [{ index: 0, value: invalid }] }, { strict: false });
    expect(Object.keys(report.failures[0]!)).toEqual(['index', 'eventType', 'issues', 'omitted']);
  });
});

describe('printableEventType', () => {
  it.each([null, undefined, 'create_tenant', 42, {}, { detail: null }, { detail: 'create_tenant' }, { detail: { event_type: 5 } }])(
    'is undefined for %j',
    (event) => {
      expect(printableEventType(event)).toBeUndefined();
    },
  );

  it('takes a plain name of up to 128 characters, nothing that holds controls, spaces or more', () => {
    expect(printableEventType({ detail: { event_type: 'create_tenant' } })).toBe('create_tenant');
    expect(printableEventType({ detail: { event_type: 'a.b:c-D_9' } })).toBe('a.b:c-D_9');
    expect(printableEventType({ detail: { event_type: 'x'.repeat(128) } })).toBe('x'.repeat(128));
    for (const eventType of ['', 'x'.repeat(129), 'a\u001b[2J', 'create tenant', 'a\nb']) {
      expect(printableEventType({ detail: { event_type: eventType } })).toBeUndefined();
    }
  });
});
