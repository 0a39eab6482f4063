// What the library does, by decision, where a promise could be asked for and is not made (README,
// "Hostile input"): each test pins the documented behaviour, so that a change to it is a choice.
import { afterEach, describe, expect, it } from 'vitest';
import { getOperation, parseEvent, parseEvents, safeParseEvent } from '../../src/index.js';
import { loadFixture, toObjectForm, withLogFields } from '../support/fixtures.js';
import { checkPrototypeUntouched } from './invariants.js';

const stringForm = loadFixture('samples/create_tenant.2026.string-form.json');
const objectForm = toObjectForm(stringForm) as Record<string, any>;

describe('Object.prototype polluted by other code before parsing', () => {
  const prototype = Object.prototype as Record<string, unknown>;

  afterEach(() => {
    delete prototype.api_key;
    delete prototype.isAdmin;
    checkPrototypeUntouched();
  });

  it('fills a missing field with the inherited value, in both forms, as any JavaScript reading the object would', () => {
    prototype.api_key = 'inherited';
    const { api_key: _dropped, ...log } = objectForm.detail.event;
    for (const input of [withLogFields(stringForm, { api_key: undefined }), { ...objectForm, detail: { ...objectForm.detail, event: log } }]) {
      const event = parseEvent(input);
      // Read through the prototype chain, never made an own field, so JSON never carries it.
      expect(event.detail.event.api_key).toBe('inherited');
      expect(Object.hasOwn(event.detail.event, 'api_key')).toBe(false);
      expect(JSON.stringify(event)).not.toContain('inherited');
    }
  });

  it('never lets an inherited field replace a field the event has, and keeps results free of it', () => {
    prototype.isAdmin = { granted: true };
    const event = parseEvent(objectForm) as unknown as Record<string, unknown>;
    expect(event.detail).toEqual(parseEvent(stringForm).detail);
    expect(Object.keys(event)).not.toContain('isAdmin');
    expect(Object.keys((event.detail as { event: object }).event)).not.toContain('isAdmin');
    // Strict mode reports own fields only: the pollution is not the event's.
    expect(safeParseEvent(objectForm, { strict: true }).success).toBe(true);
  });
});

describe('sparse arrays of huge length in object input', () => {
  /** `[first, <hole>, …, last]` of length 2^32 - 1, behind a proxy that counts element reads. */
  function hugeSparse(first: unknown, last: unknown): { array: unknown[]; reads: () => number } {
    const sparse: unknown[] = [];
    sparse[0] = first;
    sparse[2 ** 32 - 2] = last;
    let count = 0;
    const array = new Proxy(sparse, {
      get(target, key, receiver) {
        if (key !== 'length') count++;
        return Reflect.get(target, key, receiver);
      },
    });
    return { array, reads: () => count };
  }

  it.each([
    ['resources', (array: unknown[]) => ({ ...objectForm, resources: array }), ['resources', 1]],
    ['a body', (array: unknown[]) => withLogFields(objectForm, { request_body: { ...objectForm.detail.event.request_body, list: array } }), ['detail', 'event', 'request_body', 'list', 1]],
    ['an unknown field of detail', (array: unknown[]) => ({ ...objectForm, detail: { ...objectForm.detail, extra: array } }), ['detail', 'extra', 1]],
  ])('in %s are not JSON data: one issue at the first hole, after reading what the array holds, not its length', (_label, build, path) => {
    const { array, reads } = hugeSparse('arn:first', 'arn:last');
    const result = safeParseEvent(build(array));
    expect(result.error?.issues).toEqual([{ code: 'invalid_type', path, message: 'expected JSON data, received an array with a hole' }]);
    expect(reads()).toBeLessThan(20);
  });

  it('as Records of a Lambda input are one issue for the input', () => {
    const { array, reads } = hugeSparse({ eventSource: 'aws:sqs', messageId: 'm1', body: JSON.stringify(stringForm) }, null);
    expect(parseEvents({ Records: array }).map((record) => record.error?.issues)).toEqual([
      [{ code: 'invalid_type', path: ['Records', 1], message: 'expected JSON data, received an array with a hole' }],
    ]);
    expect(reads()).toBeLessThan(20);
  });

  it('a dense array is read whole: its size is the input’s size', () => {
    const resources = Array.from({ length: 10_000 }, (_, index) => `arn:${index}`);
    expect(parseEvent({ ...objectForm, resources }).resources).toHaveLength(10_000);
  });
});

describe('pathParams are the URL-decoded path segments, not judged', () => {
  const deleteTenant = (uri: string) => getOperation(parseEvent(withLogFields(stringForm, { uri, request_method: 'DELETE', response_body: '' })));

  it.each([
    ['%2E%2E', '..'],
    ['..', '..'],
    ['%00', '\u0000'],
    ['a%00b', 'a\u0000b'],
    ['%2F', '/'],
    ['..%2F..%2Fetc%2Fpasswd', '../../etc/passwd'],
    ['%0A', '\n'],
  ])('%s decodes to %j, as SaaSus received it', (segment, value) => {
    const operation = deleteTenant(`/v1/auth/tenants/${segment}`);
    expect(operation?.operationId).toBe('DeleteTenant');
    expect(operation!.pathParams).toEqual({ tenant_id: value });
  });

  it('a segment that is not valid URL encoding is kept as it is', () => {
    expect(deleteTenant('/v1/auth/tenants/%E0%A4%A')!.pathParams).toEqual({ tenant_id: '%E0%A4%A' });
  });
});
