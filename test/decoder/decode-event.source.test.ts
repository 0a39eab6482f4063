// Reads the decoder's source text, so Stryker (whose sandbox holds instrumented source) leaves it out.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENVELOPE_STRING_FIELDS, LOG_STRING_FIELDS } from '../../src/envelope/event-format.js';

const source = readFileSync(new URL('../../src/decoder/decode-event.ts', import.meta.url), 'utf8');

/** The fields a `const <name> = typeof x.a === 'string' && …;` block of the decoder reads, in order. */
function unrolledReads(name: string): string[] {
  const block = new RegExp(`const ${name} =([^;]*);`).exec(source)?.[1];
  if (block === undefined) throw new Error(`decode-event.ts has no ${name}`);
  return [...block.matchAll(/typeof \w+(?:\.(\w+)|\['([^']+)'\]) === 'string'/g)].map((match) => match[1] ?? match[2]!);
}

describe("the decoder's unrolled reads", () => {
  it('check exactly the envelope strings of the event format, in its order', () => {
    expect(unrolledReads('envelopeIsValid')).toEqual(ENVELOPE_STRING_FIELDS);
  });

  it('check exactly the log strings of the event format, in its order', () => {
    expect(unrolledReads('logIsValid')).toEqual(LOG_STRING_FIELDS);
  });
});
