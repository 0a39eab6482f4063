// The CLI's output, for generated broken events with secrets planted in api_key and the bodies,
// in every output format: no secret ever appears. And for file names and field names made of
// the characters terminals act on: none reaches the output raw, and no name fakes a result line.
// Runs the in-process `main(argv, io)`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { mutatedEventArb, secretTexts, validEventArb, type GeneratedEvent } from '../support/arbitraries.js';
import { loadFixture } from '../support/fixtures.js';
import { propertyRuns } from '../support/property-runs.js';

// Properties run many cases: more than vitest's 5 s default on a loaded machine.
const PROPERTY_TIMEOUT_MS = 60_000;

function fileText(event: GeneratedEvent): string {
  return typeof event.input === 'string' ? event.input : JSON.stringify(event.input);
}

async function runValidate(files: Record<string, string>, args: readonly string[]): Promise<{ code: number; output: string }> {
  const folder = mkdtempSync(join(tmpdir(), 'saasus-hostile-cli-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
    let output = '';
    const sink = { write: (text: string) => (output += text) };
    const code = await main(['validate', ...args, folder], { stdout: sink, stderr: { ...sink, isTTY: false }, cwd: folder, now: () => 0 });
    return { code, output };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('saasus-eventbridge validate', () => {
  it('prints no api_key or body value of generated broken events, as files, arrays and JSON Lines, in every format', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(mutatedEventArb, validEventArb), { minLength: 1, maxLength: 4 }),
        fc.constantFrom('text', 'json', 'github'),
        fc.boolean(),
        async (events, format, strict) => {
          const files: Record<string, string> = {};
          events.forEach((event, index) => (files[`event-${index}.json`] = fileText(event)));
          files['all.jsonl'] = events.map(fileText).join('\n');
          files['array.json'] = `[${events.map(fileText).join(',')}]`;
          const { code, output } = await runValidate(files, [...(strict ? ['--strict'] : []), '--format', format]);
          expect([0, 1]).toContain(code);
          expect(output).not.toBe('');
          for (const secret of events.flatMap((event) => secretTexts(event.secrets))) expect(output).not.toContain(secret);
        },
      ),
      propertyRuns(30),
    );
  }, PROPERTY_TIMEOUT_MS);
});

// Spelled out here: C0 (but the line breaks of the output's own layout), DEL, C1, bidirectional
// controls, line and paragraph separators, lone surrogates.
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const nameUnit = fc.oneof(
  fc.constantFrom('\n', '\r', '\t', '\u001b', '[2J', '\u0007', '\u007f', '\u0085', '\u009b', '\u061c', '\u200f', '\u202e', '\u2067', '\u2028', '\ud800'),
  fc.constantFrom('"', '\\', ' ', ':', ',', '%', 'ok   ', 'FAIL ', '::error ', '0 passed, 0 failed', 'é', '😀'),
  fc.string({ unit: 'binary', maxLength: 2 }),
);
// Linux file names may hold any character but `/` and NUL; a leading dot would hide the file.
const fileNameArb = fc.string({ unit: nameUnit, minLength: 1, maxLength: 6 }).map((name) => `f${name.replace(/[/\u0000]/g, '_')}.json`);
const tenant = loadFixture('samples/create_tenant.2026.string-form.json') as Record<string, unknown>;

describe('saasus-eventbridge validate, on names terminals act on', () => {
  it('escapes file names and field names in every format, and no name fakes a result line', async () => {
    await fc.assert(
      fc.asyncProperty(
        // Unique as the file system stores them: UTF-8, where every lone surrogate becomes U+FFFD.
        fc.uniqueArray(fileNameArb, { minLength: 1, maxLength: 4, selector: (name) => Buffer.from(name).toString('hex') }),
        fc.string({ unit: nameUnit, minLength: 1, maxLength: 4 }),
        fc.constantFrom('text', 'json', 'github'),
        async (names, fieldName, format) => {
          // Every file fails in strict mode: an unknown field, whose name the report prints.
          const files = Object.fromEntries(names.map((name) => [name, JSON.stringify({ ...tenant, [`x${fieldName}`]: 1 })]));
          const { code, output } = await runValidate(files, ['--strict', '--format', format]);
          expect(code).toBe(1);
          expect(output.replaceAll('\n', '')).not.toMatch(UNSAFE);
          const lines = output.trimEnd().split('\n');
          const failing = names.length;
          if (format === 'text') {
            expect(lines.filter((line) => line.startsWith('FAIL '))).toHaveLength(failing);
            expect(lines.every((line) => /^(FAIL |     |\d+ passed, \d+ failed \()/.test(line))).toBe(true);
          } else if (format === 'github') {
            expect(lines.filter((line) => line.startsWith('::error '))).toHaveLength(failing);
            expect(lines.at(-1)).toMatch(/^0 passed, \d+ failed \(/);
          } else {
            expect(JSON.parse(output).results).toHaveLength(failing);
          }
        },
      ),
      propertyRuns(30),
    );
  }, PROPERTY_TIMEOUT_MS);
});
