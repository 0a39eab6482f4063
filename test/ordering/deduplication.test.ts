import { describe, expect, it } from 'vitest';
import { decideEventOrder, getDeduplicationKey, parseEvent } from '../../src/index.js';
import { createTestEvent } from '../../src/testing/index.js';

const event = parseEvent(createTestEvent('create_tenant', { time: '2026-05-19T02:22:58Z', log: { log_id: 'log-1' } }));

describe('getDeduplicationKey', () => {
  it('is the log_id of the API call, the same for every delivery of it', () => {
    expect(getDeduplicationKey(event)).toBe('log-1');
    const redelivered = parseEvent(createTestEvent('create_tenant', { id: 'another-delivery', log: { log_id: 'log-1' } }));
    expect(getDeduplicationKey(redelivered)).toBe(getDeduplicationKey(event));
  });
});

describe('decideEventOrder', () => {
  it.each([
    ['nothing stored', undefined, 'apply'],
    ['nothing stored (null)', null, 'apply'],
    ['an older event stored', { time: '2026-05-19T02:22:57Z', key: 'log-0' }, 'apply'],
    ['this very event stored', { time: '2026-05-19T02:22:58Z', key: 'log-1' }, 'duplicate'],
    ['an event of the same second with a smaller key', { time: Date.parse('2026-05-19T02:22:58Z'), key: 'log-0' }, 'same-second'],
    ['an event of the same second with a greater key', { time: Date.parse('2026-05-19T02:22:58Z'), key: 'log-2' }, 'stale'],
    ['a newer event stored', { time: new Date('2026-05-19T02:22:59Z'), key: 'log-3' }, 'stale'],
    ['a time without a key', { time: '2026-05-19T02:22:58Z' }, 'same-second'],
    ['a time with a null key', { time: '2026-05-19T02:22:58Z', key: null }, 'same-second'],
  ] as const)('with %s: %s', (_label, stored, expected) => {
    expect(decideEventOrder(event, stored)).toBe(expected);
  });
});

describe('decideEventOrder on two events of the same second', () => {
  const [a, b] = ['log-a', 'log-b'].map((logId) =>
    parseEvent(createTestEvent('auth.UpdateTenant', { time: '2026-05-19T02:22:58Z', log: { log_id: logId } })),
  ) as [ReturnType<typeof parseEvent>, ReturnType<typeof parseEvent>];
  const stored = (event: typeof a) => ({ time: event.time, key: getDeduplicationKey(event) });

  it('lets the greater key win in either order, so every order of delivery ends the same', () => {
    expect(decideEventOrder(b, stored(a))).toBe('same-second');
    expect(decideEventOrder(a, stored(b))).toBe('stale');
  });

  it('never applies an event again after the other one', () => {
    // a, then b (applied), then a again: a must not come back.
    expect(decideEventOrder(a, stored(b))).not.toBe('same-second');
    expect(decideEventOrder(a, stored(a))).toBe('duplicate');
  });
});
