// The CLI's output, for generated broken events with secrets planted in api_key and the bodies,
// in every output format: no secret ever appears. Runs the in-process `main(argv, io)`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { mutatedEventArb, secretTexts, validEventArb, type GeneratedEvent } from '../support/arbitraries.js';
import { propertyRuns } from './property-runs.js';

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
  });
});
