import { describe, expect, it } from 'vitest';
import { parseEvent, redactEvent } from '../src/index.js';
import { createTestEvent } from '../src/testing/index.js';
import { loadFixture } from './support/fixtures.js';

const SECRET = 'c2VjcmV0LWtleS1mb3ItcmVkYWN0aW9u';
const raw = createTestEvent('create_saas_user', {
  request_body: { email: 'alice@example.com', password: 'hunter2-secret-pass' },
  log: { api_key: SECRET },
});

describe('redactEvent', () => {
  it('masks api_key and password-like fields of a parsed event, and keeps the rest', () => {
    const event = parseEvent(raw);
    const redacted = redactEvent(event);
    expect(redacted.detail.event.api_key).toBe('[REDACTED]');
    expect(redacted.detail.event.request_body).toEqual({ email: 'alice@example.com', password: '[REDACTED]' });
    expect(redacted.detail.event.uri).toBe(event.detail.event.uri);
    expect(redacted.id).toBe(event.id);
  });

  it('does not modify its input', () => {
    const event = parseEvent(raw);
    const before = structuredClone(event);
    redactEvent(event, { paths: ['detail.event.request_body.email'] });
    expect(event).toEqual(before);
  });

  it('masks inside the JSON strings of a raw event, in both forms', () => {
    for (const form of ['string', 'object'] as const) {
      const input = createTestEvent('create_saas_user', { request_body: { password: 'hunter2-secret-pass' }, log: { api_key: SECRET } }, { form });
      const text = JSON.stringify(redactEvent(input));
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain('hunter2-secret-pass');
      expect(parseEvent(redactEvent(input)).detail.event.api_key).toBe('[REDACTED]');
    }
  });

  it('masks fields by path, with * for any key or index, and by key, with a custom mask', () => {
    const event = parseEvent(loadFixture('samples/create_tenant.2026.string-form.json'));
    const redacted = redactEvent(event, {
      paths: ['detail.event.response_body.back_office_staff_email', 'detail.event.*.name'],
      keys: ['ip_address'],
      mask: '***',
    }) as typeof event & { detail: { event: { response_body: Record<string, unknown>; request_body: Record<string, unknown> } } };
    expect(redacted.detail.event.response_body.back_office_staff_email).toBe('***');
    expect(redacted.detail.event.response_body.name).toBe('***');
    expect(redacted.detail.event.request_body.name).toBe('***');
    expect(redacted.detail.event.request_body.back_office_staff_email).toBe('AmazonEventBridgeTest@example.com');
    expect(redacted.detail.event.ip_address).toBe('***');
  });

  it('keeps strings that are not JSON, and survives hostile input', () => {
    expect(redactEvent({ detail: { event: '{not json', api_key: SECRET } })).toEqual({ detail: { event: '{not json', api_key: '[REDACTED]' } });
    const deep: Record<string, unknown> = {};
    let cursor = deep;
    for (let level = 0; level < 10_000; level++) cursor = cursor.next = {};
    expect(() => redactEvent(deep)).not.toThrow();
    const polluted = JSON.parse('{"__proto__":{"polluted":true},"api_key":"x"}') as object;
    const copy = redactEvent(polluted);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(copy)).toEqual(['__proto__', 'api_key']);
  });
});
