import { afterEach, describe, expect, it, vi } from 'vitest';
import { handler as loggingHandler } from '../../examples/redact.js';
import { SaasusEventError, parseEvent, redactEvent } from '../../src/index.js';
import { createTestEvent } from '../../src/testing/index.js';
import { loadFixture } from '../support/fixtures.js';

// The README recipe imports the package by name; here it is the source.
vi.mock('saasus-eventbridge', () => import('../../src/index.js'));

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

describe('the README recipe "Logs without secrets" (examples/redact.ts)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** Runs the recipe's handler and returns everything it logged, as one text. */
  async function logged(input: unknown): Promise<{ text: string; error: unknown }> {
    const lines: unknown[][] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void lines.push(args));
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args));
    let error: unknown;
    try {
      await loggingHandler(input);
    } catch (caught) {
      error = caught;
    }
    return { text: lines.flat().map(String).join('\n'), error };
  }

  const stringForm = createTestEvent('create_saas_user', { request_body: { email: 'alice@example.com', password: 'hunter2-secret-pass' }, log: { api_key: SECRET } });
  const log = (stringForm.detail as { event: string }).event;
  const withLog = (text: string) => ({ ...stringForm, detail: { ...(stringForm.detail as object), event: text } });
  const body = JSON.stringify({ email: 'alice@example.com', password: 'hunter2-secret-pass' });
  const withBody = (text: string) => createTestEvent('create_saas_user', { log: { api_key: SECRET, request_body: text as never } });
  const invalid: [string, unknown][] = [
    ['detail.event truncated', withLog(log.slice(0, log.lastIndexOf(SECRET) + 12))],
    ['detail.event after a byte order mark', withLog(`\uFEFF${log}`)],
    ['detail.event with a trailing comma', withLog(`${log.slice(0, -1)},}`)],
    ['detail.event encoded twice', withLog(JSON.stringify(log))],
    ['a body truncated', withBody(body.slice(0, -4))],
    ['a body followed by garbage', withBody(`${body}garbage`)],
    ['the whole input a truncated JSON string', JSON.stringify(stringForm).slice(0, -30)],
  ];

  it.each(invalid)('logs an event invalid because of its JSON (%s) without api_key or the password', async (_label, input) => {
    const { text, error } = await logged(input);
    expect(error).toBeInstanceOf(SaasusEventError);
    expect(text).toContain('invalid SaaSus event');
    expect(text).not.toContain(SECRET.slice(0, 12));
    expect(text).not.toContain('hunter2');
  });

  it('logs a valid event without api_key or the password', async () => {
    const { text, error } = await logged(stringForm);
    expect(error).toBeUndefined();
    expect(text).toContain('[REDACTED]');
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('hunter2');
  });
});
