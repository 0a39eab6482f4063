import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/cli/check-file.js';
import type { ScanMeter } from '../../src/cli/json-text-positions.js';
import { eventsFromText } from '../../src/cli/read-events.js';
import { loadFixture } from '../support/fixtures.js';

const tenant = loadFixture('samples/create_tenant.2023.object-form.json') as Record<string, unknown>;

/** A pretty-printed array of `count` events, every one invalid (`time` a number). */
function failingArray(count: number): string {
  return JSON.stringify(
    Array.from({ length: count }, (_, index) => ({ ...tenant, time: index })),
    null,
    2,
  );
}

function validateArray(count: number) {
  const text = failingArray(count);
  const meter: ScanMeter = { characters: 0 };
  const report = checkFile('events.json', eventsFromText('events.json', text, meter), { strict: false });
  return { text, meter, report };
}

describe('eventsFromText: the lines of failing array elements', () => {
  it('costs one pass over the file, however many events fail', () => {
    for (const count of [1, 200, 400]) {
      const { text, meter, report } = validateArray(count);
      expect(report.failures).toHaveLength(count);
      // A search from the start of the file for each failure reads about count² / 2 events.
      expect(meter.characters).toBeLessThanOrEqual(text.length);
    }
  });

  it('reads the same characters per event for n and 2n events', () => {
    const small = validateArray(300);
    const large = validateArray(600);
    const perEvent = (run: ReturnType<typeof validateArray>) => run.meter.characters / run.report.failures.length;
    expect(perEvent(large)).toBeLessThanOrEqual(perEvent(small) * 1.01);
  });

  it('gives each failure the line its element starts on', () => {
    const { text, report } = validateArray(50);
    const lines = text.split('\n');
    const starts = lines.flatMap((line, index) => (line === '  {' ? [index + 1] : []));
    expect(report.failures.map((failure) => failure.line)).toEqual(starts);
  });

  it('reads nothing for positions when every event is valid', () => {
    const text = JSON.stringify([tenant, tenant], null, 2);
    const meter: ScanMeter = { characters: 0 };
    const report = checkFile('events.json', eventsFromText('events.json', text, meter), { strict: false });
    expect(report.failures).toEqual([]);
    expect(meter.characters).toBe(0);
  });
});
