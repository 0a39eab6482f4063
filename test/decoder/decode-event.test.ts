import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENVELOPE_STRING_FIELDS, LOG_STRING_FIELDS } from '../../src/envelope/event-format.js';
import { safeParseEvent } from '../../src/index.js';
import { createTestEvent } from '../../src/testing/index.js';

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

  it.each(LOG_STRING_FIELDS)('report %s missing or not a string', (field) => {
    const log = JSON.parse(createTestEvent('create_tenant').detail.event as string) as Record<string, unknown>;
    const event = (value: unknown) => ({ ...createTestEvent('create_tenant'), detail: { ...createTestEvent('create_tenant').detail, event: { ...log, [field]: value } } });
    const missing = safeParseEvent(event(undefined));
    const number = safeParseEvent(event(1));
    expect(missing.error?.issues).toEqual([{ code: 'required', path: ['detail', 'event', field], message: 'required field is missing' }]);
    expect(number.error?.issues).toEqual([{ code: 'invalid_type', path: ['detail', 'event', field], message: 'expected string, received number' }]);
  });

  it.each(ENVELOPE_STRING_FIELDS)('report %s of the envelope missing', (field) => {
    const { [field]: _dropped, ...event } = createTestEvent('create_tenant');
    expect(safeParseEvent(event).error?.issues).toEqual([{ code: 'required', path: [field], message: 'required field is missing' }]);
  });
});
