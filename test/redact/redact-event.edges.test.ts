// Helpers (redaction, deduplication, event time, event patterns) and error messages, at the
// edges the other tests left unpinned.
import { describe, expect, it } from 'vitest';
import {
  SaasusEventError,
  compareEventTime,
  decideEventOrder,
  formatPath,
  parseEvent,
  redactEvent,
  saasusEventPattern,
  type SaasusEvent,
} from '../../src/index.js';
import { createTestEvent } from '../../src/testing/index.js';

const SECRET = 'c2VjcmV0LWtleS1mb3ItcmVkYWN0aW9u';
const PASSWORD = 'hunter2-secret-pass';

/** An object nested `levels` times under `next`, with an empty object innermost. */
const nested = (levels: number): Record<string, unknown> => {
  const root: Record<string, unknown> = {};
  let cursor = root;
  for (let level = 0; level < levels; level++) cursor = cursor.next = {} as Record<string, unknown>;
  return root;
};

/** What is found after following `next` `levels` times. */
const follow = (value: unknown, levels: number): unknown => {
  let cursor = value;
  for (let level = 0; level < levels; level++) cursor = (cursor as Record<string, unknown>).next;
  return cursor;
};

describe('redactEvent keeps values that are not objects as they are', () => {
  it('keeps numbers, booleans, null and undefined, at the root and inside objects', () => {
    const input = { count: 3, ratio: 0.5, active: false, parent: null, missing: undefined, nested: { zero: 0 } };
    expect(redactEvent(input)).toStrictEqual(input);
    expect(redactEvent(42)).toBe(42);
    expect(redactEvent(true)).toBe(true);
    expect(redactEvent(null)).toBeNull();
    expect(redactEvent(undefined)).toBeUndefined();
  });

  it('keeps arrays as arrays, element by element', () => {
    const input = { ids: [1, 'two', null, { name: 'n' }, ['x']] };
    expect(redactEvent(input)).toStrictEqual(input);
  });

  it('keeps a field whose key is empty', () => {
    expect(redactEvent({ '': 'visible', api_key: SECRET })).toStrictEqual({ '': 'visible', api_key: '[REDACTED]' });
  });
});

describe('redactEvent shows unset secrets as unset', () => {
  it('keeps a null, undefined or empty secret field instead of masking it, so logs show it was not set', () => {
    expect(redactEvent({ password: null, api_key: undefined, client_secret: '' })).toStrictEqual({
      password: null,
      api_key: undefined,
      client_secret: '',
    });
  });

  it('masks every other secret value, whatever its type', () => {
    expect(redactEvent({ password: 0, token: false, secret: { nested: 'x' }, api_key: SECRET })).toStrictEqual({
      password: '[REDACTED]',
      token: '[REDACTED]',
      secret: '[REDACTED]',
      api_key: '[REDACTED]',
    });
  });
});

describe('redactEvent masks by path through arrays', () => {
  it('masks a field of every element with * for the index', () => {
    const input = { users: [{ email: 'alice@example.com', id: 'u1' }, { email: 'bob@example.com', id: 'u2' }] };
    expect(redactEvent(input, { paths: ['users.*.email'] })).toStrictEqual({
      users: [
        { email: '[REDACTED]', id: 'u1' },
        { email: '[REDACTED]', id: 'u2' },
      ],
    });
  });

  it('masks one element by its index', () => {
    expect(redactEvent({ list: ['a', 'b', 'c'] }, { paths: ['list.1'] })).toStrictEqual({ list: ['a', '[REDACTED]', 'c'] });
  });

  it('masks the children a path names, not their parent: a path only matches at its full length', () => {
    expect(redactEvent({ users: ['alice', 'bob'], other: 'kept' }, { paths: ['users.*'] })).toStrictEqual({
      users: ['[REDACTED]', '[REDACTED]'],
      other: 'kept',
    });
    expect(redactEvent({ a: { b: { c: 'x', d: 'y' } } }, { paths: ['a.b.c'] })).toStrictEqual({ a: { b: { c: '[REDACTED]', d: 'y' } } });
  });

  it('masks elements of an array in a JSON string of a parsed event', () => {
    const event = parseEvent(
      createTestEvent('create_saas_user', { request_body: { email: 'alice@example.com' }, log: { api_key: SECRET } }),
    );
    const body = JSON.stringify([{ email: 'alice@example.com', id: 'u1' }]);
    const withBody = { ...event, detail: { ...event.detail, event: { ...event.detail.event, response_body: body } } };
    const redacted = redactEvent(withBody, { paths: ['detail.event.response_body.*.email'] });
    expect(JSON.parse(redacted.detail.event.response_body as string)).toEqual([{ email: '[REDACTED]', id: 'u1' }]);
    expect(redacted.detail.event.api_key).toBe('[REDACTED]');
  });
});

describe('redactEvent decodes JSON strings', () => {
  it('masks inside a JSON string of an array', () => {
    const input = { body: JSON.stringify([{ password: PASSWORD, name: 'n' }]) };
    const redacted = redactEvent(input);
    expect(JSON.parse(redacted.body)).toEqual([{ password: '[REDACTED]', name: 'n' }]);
    expect(redacted.body).not.toContain(PASSWORD);
  });

  it('masks inside a JSON string that starts with whitespace', () => {
    for (const body of [`  {"password":"${PASSWORD}","name":"n"}`, `\n\t[{"api_key":"${SECRET}"}]`]) {
      const redacted = redactEvent({ body });
      expect(redacted.body).not.toContain(PASSWORD);
      expect(redacted.body).not.toContain(SECRET);
      expect(redacted.body).toContain('[REDACTED]');
    }
  });

  it('keeps strings that are JSON but not an object or array, and strings that are not JSON', () => {
    const input = { a: '42', b: 'true', c: '"quoted"', d: 'null', e: '[not json', f: '{"password":', g: '' };
    expect(redactEvent(input)).toStrictEqual(input);
  });
});

describe('redactEvent stops at a depth of 64', () => {
  it('keeps 63 levels of nesting and replaces the 64th with a marker', () => {
    const kept = redactEvent(nested(63));
    expect(follow(kept, 63)).toStrictEqual({});
    const cut = redactEvent(nested(64));
    expect(follow(cut, 63)).toStrictEqual({ next: '[TOO DEEP]' });
  });

  it('counts array levels too', () => {
    let value: unknown = [];
    for (let level = 0; level < 64; level++) value = [value];
    let cursor = redactEvent(value) as unknown[];
    for (let level = 0; level < 63; level++) cursor = cursor[0] as unknown[];
    expect(cursor).toStrictEqual(['[TOO DEEP]']);
  });
});

describe('redactEvent returns an ordinary object', () => {
  it('has fields the caller can change and delete', () => {
    const redacted = redactEvent({ id: 'e1', api_key: SECRET, detail: { trace_id: 't' } });
    redacted.id = 'changed';
    redacted.detail.trace_id = 'changed too';
    delete (redacted as { api_key?: string }).api_key;
    expect(redacted).toStrictEqual({ id: 'changed', detail: { trace_id: 'changed too' } });
    expect(Object.getOwnPropertyDescriptor(redacted, 'id')).toEqual({ value: 'changed', enumerable: true, writable: true, configurable: true });
  });
});

describe('decideEventOrder', () => {
  const event = parseEvent(createTestEvent('create_tenant', { time: '2026-05-19T02:22:58Z', log: { log_id: 'log-1' } }));

  it('is not a duplicate when the stored key is another call’s', () => {
    expect(decideEventOrder(event, { time: '2026-05-19T02:22:57Z', key: 'log-0' })).toBe('apply');
    expect(decideEventOrder(event, { time: '2026-05-19T02:22:58Z', key: 'log-0' })).toBe('same-second');
    expect(decideEventOrder(event, { time: '2026-05-19T02:22:59Z', key: 'log-0' })).toBe('stale');
  });

  it('decides on the time alone when no key is stored', () => {
    expect(decideEventOrder(event, { time: '2026-05-19T02:22:57Z', key: null })).toBe('apply');
    expect(decideEventOrder(event, { time: '2026-05-19T02:22:59Z', key: undefined })).toBe('stale');
  });

  it('is a duplicate for the same key whatever the stored time', () => {
    expect(decideEventOrder(event, { time: '2026-05-19T02:22:59Z', key: 'log-1' })).toBe('duplicate');
    expect(decideEventOrder(event as SaasusEvent, { time: new Date('2026-05-19T02:22:57Z'), key: 'log-1' })).toBe('duplicate');
  });
});

describe('compareEventTime rejects stored times that are not times', () => {
  const event = createTestEvent('create_tenant', { time: '2026-05-19T02:22:58Z' });
  const message = 'stored time is not a valid Date, RFC 3339 string or epoch milliseconds';

  it.each([
    ['a string that is not a date-time', 'yesterday'],
    ['an invalid Date', new Date('nope')],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a value of another type', true as unknown as string],
  ])('throws a TypeError for %s', (_label, stored) => {
    expect(() => compareEventTime(event, stored)).toThrow(new TypeError(message));
  });
});

describe('saasusEventPattern with no event types', () => {
  it('throws a RangeError that says how to match every event', () => {
    expect(() => saasusEventPattern({ eventTypes: [] })).toThrow(
      new RangeError('eventTypes is empty: a rule that matches no event type is a mistake; leave it out to match every SaaSus event'),
    );
  });
});

describe('issue paths in messages', () => {
  it('show array indexes in brackets', () => {
    expect(formatPath(['detail', 'event', 'response_body', 'users', 2, 'email'])).toBe('detail.event.response_body.users[2].email');
    expect(formatPath([0])).toBe('[0]');
  });

  it('are shown that way in the error message, without the values', () => {
    const error = new SaasusEventError([{ code: 'invalid_type', path: ['detail', 'event', 'request_body', 'items', 1, 'api_key'], message: 'expected string, received number' }]);
    expect(error.message).toBe('Invalid SaaSus event (1 issue):\n  at detail.event.request_body.items[1].api_key: expected string, received number');
    expect(error.message).not.toContain(SECRET);
  });
});

describe('redaction by key name', () => {
  it('masks every spelling of passwords, API keys and private keys', () => {
    const names = ['pass', 'passcode', 'password', 'passwd', 'passphrase', 'apikey', 'api_key', 'ApiKey', 'privatekey', 'private_key', 'client_secret', 'id_token', 'credentials', 'Authorization'];
    const redacted = redactEvent(Object.fromEntries(names.map((name) => [name, 'planted-secret-value']))) as Record<string, unknown>;
    for (const name of names) expect(redacted[name], name).not.toBe('planted-secret-value');
    expect(JSON.stringify(redacted)).not.toContain('planted-secret-value');
  });

  it('keeps fields whose names only share a part with a secret name', () => {
    expect(redactEvent({ api: 'v1', private: true, keyword: 'k' })).toEqual({ api: 'v1', private: true, keyword: 'k' });
  });
});

describe('the EventBridge rule pattern', () => {
  it('matches the SaaSus partner event sources', () => {
    expect(saasusEventPattern().source).toEqual([{ prefix: 'aws.partner/saasus.io' }]);
    expect(saasusEventPattern({ eventTypes: ['create_tenant'] }).source).toEqual([{ prefix: 'aws.partner/saasus.io' }]);
  });
});

describe('redactEvent on strings that hold JSON', () => {
  const body = '{"a":{"email":"alice@example.com"},"email":"bob@example.com"}';
  const pathOnly = { paths: ['body.a.email'] };
  const decoded = '{"a":{"email":"[REDACTED]"},"email":"bob@example.com"}';

  it('decodes JSON text to follow paths into it, after JSON white space and a byte order mark', () => {
    expect(redactEvent({ body }, pathOnly).body).toBe(decoded);
    for (const space of [' ', '\t', '\r', '\n', ' \r\n\t']) expect(redactEvent({ body: space + body }, pathOnly).body, JSON.stringify(space)).toBe(decoded);
    expect(redactEvent({ body: `\uFEFF${body}` }, pathOnly).body).toBe(`\uFEFF${decoded}`);
    expect(redactEvent({ body: `\uFEFF ${body}` }, pathOnly).body).toBe(`\uFEFF${decoded}`);
    expect(redactEvent({ body: '[{"email":"a@example.com"},{"email":"b@example.com"}]' }, { paths: ['body.0.email'] }).body).toBe(
      '[{"email":"[REDACTED]"},{"email":"b@example.com"}]',
    );
  });

  it('follows paths into JSON text encoded twice, and keeps the outer layer', () => {
    const redacted = redactEvent({ body: JSON.stringify(body) }, pathOnly).body;
    expect(JSON.parse(redacted)).toBe(decoded);
  });

  it('masks by the last key of a path in text that is not JSON: a byte order mark inside, a letter first, a trailing comma', () => {
    for (const text of [`x${body}`, `${body},`, `${body.slice(0, 1)}\uFEFF${body.slice(1)}`]) {
      const redacted = redactEvent({ body: text }, pathOnly).body;
      expect(redacted, text).not.toContain('alice@');
      expect(redacted, text).not.toContain('bob@');
    }
  });

  it('returns a JSON string holding text without secrets as the same string, escapes kept', () => {
    for (const text of ['"\\u0041bc"', '"a\\/b"', '  "x"', JSON.stringify('{not json: 1')]) expect(redactEvent({ body: text }).body, text).toBe(text);
    expect(redactEvent({ body: '"pin=1234"' }).body).toBe('"pin=[REDACTED]"');
  });

  it('keeps text that only starts like JSON, or is another JSON value, as it is', () => {
    for (const text of ['{not json', '[1, 2', '"open', '12', 'true', 'null', '', '   ', 'x {"a":1}']) expect(redactEvent({ body: text }).body, text).toBe(text);
  });
});

describe('redactEvent with paths', () => {
  it('masks exactly the fields the paths name, with * for any key or index', () => {
    const event = { a: { b: '1', c: '2' }, x: { y: '3', b: '4' }, list: [{ email: 'e0', n: 0 }, { email: 'e1', n: 1 }] };
    expect(redactEvent(event, { paths: ['a.b'] })).toEqual({ ...event, a: { b: '[REDACTED]', c: '2' } });
    expect(redactEvent(event, { paths: ['*.b'] })).toEqual({ ...event, a: { b: '[REDACTED]', c: '2' }, x: { y: '3', b: '[REDACTED]' } });
    expect(redactEvent(event, { paths: ['list.1.email'] })).toEqual({ ...event, list: [{ email: 'e0', n: 0 }, { email: '[REDACTED]', n: 1 }] });
  });

  it('redacts an object reached along different paths once for each set of paths that can match below it', () => {
    const shared = { email: 'e', name: 'n' };
    expect(redactEvent({ a: shared, b: shared }, { paths: ['a.email', 'b.name'] })).toEqual({
      a: { email: '[REDACTED]', name: 'n' },
      b: { email: 'e', name: '[REDACTED]' },
    });
  });

  it('reads a shared object once per state it is reached in', () => {
    let reads = 0;
    const shared = {
      get email(): string {
        reads++;
        return 'e';
      },
    };
    expect(redactEvent({ a: shared, b: shared, c: shared, d: shared }, { paths: ['a.email'] })).toEqual({
      a: { email: '[REDACTED]' },
      b: { email: 'e' },
      c: { email: 'e' },
      d: { email: 'e' },
    });
    expect(reads).toBe(1 + 1);
  });

  it('in text, masks the last key of each path that still matches there, not an index or a *', () => {
    const text = '{"ab":"1","c":"2","a":"3","bc":"4"';
    expect(redactEvent({ a: text, b: text }, { paths: ['a.ab', 'a.c', 'b.a', 'b.bc'] })).toEqual({
      a: '{"ab":"[REDACTED]","c":"[REDACTED]","a":"3","bc":"4"',
      b: '{"ab":"1","c":"2","a":"[REDACTED]","bc":"[REDACTED]"',
    });
    const listed = '{"items":["a"],"0":"zero","10":"ten","_":"u",';
    for (const path of ['body.items.0', 'body.items.10', 'body.items.*', 'body.*']) expect(redactEvent({ body: listed }, { paths: [path] }).body, path).toBe(listed);
    expect(redactEvent({ body: '{"address2":"x","n2":"y",' }, { paths: ['body.address2'] }).body).toBe('{"address2":"[REDACTED]","n2":"y",');
    expect(redactEvent({ body: '{"2nd_line":"x","n":"y",' }, { paths: ['body.2nd_line'] }).body).toBe('{"2nd_line":"[REDACTED]","n":"y",');
  });

  it('masks extra keys in every casing, and an empty extra key masks nothing', () => {
    expect(redactEvent({ ipAddress: '1.2.3.4', 'IP-Address': '5.6.7.8', ip: '9' }, { keys: ['ip_address'] })).toEqual({
      ipAddress: '[REDACTED]',
      'IP-Address': '[REDACTED]',
      ip: '9',
    });
    const event = { '': 'a', '-': 'b', _: 'c', text: '_=1&-=2' };
    expect(redactEvent(event, { keys: ['', '-'] })).toEqual(event);
  });
});

describe('redactEvent on arrays and graphs', () => {
  it('keeps undefined items of an array that has no holes, and stops at the first hole', () => {
    expect(redactEvent({ list: [1, undefined, 2] })).toEqual({ list: [1, undefined, 2] });
    expect(redactEvent({ list: [undefined] }).list).toHaveLength(1);
    // eslint-disable-next-line no-sparse-arrays
    expect(redactEvent({ list: [1, , 2] })).toStrictEqual({ list: [1, '[HOLES FROM HERE]'] });
  });

  it('marks cycles, unreadable values and values too deep with their own markers', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(redactEvent(cycle)).toStrictEqual({ self: '[CIRCULAR]' });
    const unreadable = {
      get value(): never {
        throw new Error('no');
      },
    };
    expect(redactEvent({ unreadable })).toStrictEqual({ unreadable: { value: '[UNREADABLE]' } });
    let deep: unknown = 'x';
    for (let level = 0; level < 70; level++) deep = [deep];
    expect(JSON.stringify(redactEvent(deep))).toContain('["[TOO DEEP]"]');
  });
});
