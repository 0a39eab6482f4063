import { describe, expect, it } from 'vitest';
import { decideEventOrder, getDeduplicationKey, parseEvent } from '../src/index.js';
import { createTestEvent } from '../src/testing/index.js';

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
    ['another event of the same second', { time: Date.parse('2026-05-19T02:22:58Z'), key: 'log-2' }, 'same-second'],
    ['a newer event stored', { time: new Date('2026-05-19T02:22:59Z'), key: 'log-3' }, 'stale'],
    ['a time without a key', { time: '2026-05-19T02:22:58Z' }, 'same-second'],
  ] as const)('with %s: %s', (_label, stored, expected) => {
    expect(decideEventOrder(event, stored)).toBe(expected);
  });
});
