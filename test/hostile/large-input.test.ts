// Deep and large input ends in a result or a SaasusEventError: never a stack overflow, a hang or
// an unbounded error. Only outcomes are asserted here; `npm run fuzz` prints how time grows with size.
import { describe, expect, it, vi } from 'vitest';
import { SaasusEventError, parseEvent, safeParseEvent, type SaasusEventIssue } from '../../src/index.js';
import { loadFixture, toObjectForm, withLogFields } from '../support/fixtures.js';
import { MAX_KEPT_ISSUES, checkPrototypes } from './invariants.js';
import { SLOW_TEST_TIMEOUT_MS, scaledSize } from '../support/property-runs.js';

vi.setConfig({ testTimeout: SLOW_TEST_TIMEOUT_MS });

const DEPTH = scaledSize(100_000);
const TEN_MB = scaledSize(10 * 1024 * 1024);
const MANY = scaledSize(100_000);

const tenant = loadFixture('samples/create_tenant.2026.string-form.json');
const roles = loadFixture('operations/auth/CreateTenantUserRoles.json');
const users = loadFixture('operations/auth/GetSaasUsers.json');
const unknownType = { ...tenant, detail: { ...(tenant.detail as object), event_type: 'launch_rocket' } };

const deepArrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const deepObjects = (depth: number, leaf = '1') => `${'{"a":'.repeat(depth)}${leaf}${'}'.repeat(depth)}`;

/** Depth of a value, walked iteratively. */
function depthOf(value: unknown): number {
  let depth = 0;
  let node = value;
  while (typeof node === 'object' && node !== null) {
    depth++;
    node = Array.isArray(node) ? node[0] : (node as { a?: unknown }).a;
  }
  return depth;
}

/**
 * `root` behind proxies that count every field read and key listing; an object reached twice is
 * behind the same proxy, so that sharing is kept.
 */
function countingReads(root: object): { proxy: object; count: () => number } {
  let reads = 0;
  const proxies = new Map<object, object>();
  const wrap = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    let proxy = proxies.get(value);
    if (proxy === undefined) {
      proxy = new Proxy(value, {
        get(target, key, receiver) {
          reads++;
          return wrap(Reflect.get(target, key, receiver));
        },
        ownKeys(target) {
          reads++;
          return Reflect.ownKeys(target);
        },
      });
      proxies.set(value, proxy);
    }
    return proxy;
  };
  return { proxy: wrap(root) as object, count: () => reads };
}

function failure(input: unknown): SaasusEventError {
  const result = safeParseEvent(input);
  expect(result.success).toBe(false);
  expect(result.error).toBeInstanceOf(SaasusEventError);
  expect(() => parseEvent(input)).toThrow(SaasusEventError);
  return result.error!;
}

const paths = (issues: readonly SaasusEventIssue[]) => issues.map((issue) => issue.path.join('.'));

describe(`bodies nested ${DEPTH} levels deep inside a JSON string`, () => {
  it('decode for an event type the library does not know (bodies are not walked)', () => {
    const event = parseEvent(withLogFields(unknownType, { request_body: deepArrays(DEPTH), response_body: deepObjects(DEPTH) }));
    expect(depthOf(event.detail.event.request_body)).toBe(DEPTH);
    expect(depthOf(event.detail.event.response_body)).toBe(DEPTH);
    checkPrototypes(event);
  });

  it('decode under a schema that accepts any value there (validation follows the schema, not the data)', () => {
    const body = `{"name":"n","back_office_staff_email":"e","attributes":{"deep":${deepObjects(DEPTH)}}}`;
    const event = parseEvent(withLogFields(tenant, { request_body: body }));
    expect(depthOf((event.detail.event.request_body as { attributes: { deep: unknown } }).attributes.deep)).toBe(DEPTH);
  });

  it('where the schema wants an object, fail with one issue at the body', () => {
    const error = failure(withLogFields(tenant, { request_body: deepArrays(DEPTH) }));
    expect(error.issues).toEqual([{ code: 'invalid_type', path: ['detail', 'event', 'request_body'], message: expect.stringContaining('expected object, received array') }]);
  });

  it('where the schema wants a string, fail with one issue at that field', () => {
    const body = `{"name":${deepObjects(DEPTH)},"back_office_staff_email":"e","attributes":{}}`;
    expect(paths(failure(withLogFields(tenant, { request_body: body })).issues)).toEqual(['detail.event.request_body.name']);
  });

  it('as detail.event, or as the whole input, fail with one issue where the object was expected', () => {
    expect(paths(failure({ ...tenant, detail: { ...(tenant.detail as object), event: deepArrays(DEPTH) } }).issues)).toEqual(['detail.event']);
    expect(failure(deepArrays(DEPTH)).issues).toEqual([{ code: 'invalid_type', path: [], message: expect.any(String) }]);
  });

  it('also decode when the deep body comes as an object (object form), built without JSON, into a copy as deep', () => {
    let deep: unknown = 1;
    for (let level = 0; level < DEPTH; level++) deep = { a: deep };
    const event = parseEvent(withLogFields(toObjectForm(unknownType), { request_body: deep }));
    const body = event.detail.event.request_body;
    expect(body === deep).toBe(false);
    expect(depthOf(body)).toBe(DEPTH);
    // The copy shares no level with the input: change the innermost object of the input, not the result.
    let inner = deep as { a: unknown };
    while (typeof inner.a === 'object') inner = inner.a as { a: unknown };
    inner.a = 2;
    let copied = body as { a: unknown };
    while (typeof copied.a === 'object') copied = copied.a as { a: unknown };
    expect(copied.a).toBe(1);
  });

  it('as an object with a cycle, fail with one invalid_type issue where the cycle closes', () => {
    const cyclic: Record<string, unknown> = { name: 'n' };
    cyclic.self = { again: cyclic };
    expect(failure(withLogFields(toObjectForm(unknownType), { request_body: cyclic })).issues).toEqual([
      { code: 'invalid_type', path: ['detail', 'event', 'request_body', 'self', 'again'], message: 'expected JSON data, received a cycle (an object that contains itself)' },
    ]);
  });

  it('as an object whose parts are shared 60 levels deep (2^60 paths), fail with one issue after work proportional to the objects, not the paths', () => {
    let shared: Record<string, unknown> = { leaf: 1 };
    for (let level = 0; level < 60; level++) shared = { left: shared, right: shared };
    const reads = countingReads(shared);
    const error = failure(withLogFields(toObjectForm(unknownType), { request_body: reads.proxy }));
    expect(error.issues).toEqual([{ code: 'invalid_type', path: expect.arrayContaining(['detail', 'event', 'request_body']), message: expect.stringContaining('shared') }]);
    // Two decodings (safeParseEvent and parseEvent), each bounded; unbounded, it would be 2^61 reads.
    expect(reads.count()).toBeLessThan(500_000);
  });

  it('that are truncated, fail with invalid_json at the body', () => {
    const error = failure(withLogFields(tenant, { request_body: deepObjects(DEPTH).slice(0, -1) }));
    expect(error.issues).toEqual([{ code: 'invalid_json', path: ['detail', 'event', 'request_body'], message: expect.any(String) }]);
  });
});

describe(`a body of ${TEN_MB / 1024 / 1024} MB`, () => {
  it('in one string field decodes', () => {
    const name = 'x'.repeat(TEN_MB);
    const event = parseEvent(withLogFields(tenant, { request_body: JSON.stringify({ name, back_office_staff_email: 'e', attributes: {} }) }));
    expect((event.detail.event.request_body as { name: string }).name).toHaveLength(TEN_MB);
  });

  it('of many valid objects decodes, each validated', () => {
    const user = '{"id":"u","email":"e@example.com","sign_in_id":"s","attributes":{"k":"v"}}';
    const count = Math.ceil(TEN_MB / user.length);
    const body = `{"users":[${Array.from({ length: count }, () => user).join(',')}]}`;
    expect(body.length).toBeGreaterThanOrEqual(TEN_MB);
    const event = parseEvent(withLogFields(users, { response_body: body }));
    expect((event.detail.event.response_body as { users: unknown[] }).users).toHaveLength(count);
    // The same body with one bad user deep inside names that user.
    const last = body.lastIndexOf('"id":"u"');
    const bad = `${body.slice(0, last)}"id":7${body.slice(last + '"id":"u"'.length)}`;
    expect(paths(failure(withLogFields(users, { response_body: bad })).issues)).toEqual([`detail.event.response_body.users.${count - 1}.id`]);
  });

  it(`of millions of wrong values fails with the first ${MAX_KEPT_ISSUES} issues kept and the rest counted`, () => {
    const count = Math.floor(TEN_MB / 2); // "1," per value
    const error = failure(withLogFields(roles, { request_body: `{"role_names":[${'1,'.repeat(count - 1)}1]}` }));
    expect(error.issues).toHaveLength(MAX_KEPT_ISSUES);
    expect(error.issues[0]).toEqual({ code: 'invalid_type', path: ['detail', 'event', 'request_body', 'role_names', 0], message: expect.stringContaining('expected string, received number') });
    expect(error.issues[MAX_KEPT_ISSUES - 1]!.path.at(-1)).toBe(MAX_KEPT_ISSUES - 1);
    expect(error.message).toMatch(new RegExp(`^Invalid SaaSus event \\(${count} issues\\):`));
    expect(error.message).toContain(`… and ${count - 10} more`);
    expect(error.message.length).toBeLessThan(2_000);
    expect(JSON.stringify(error).length).toBeLessThan(20_000);
  });

  it('as the whole input, a JSON string of that size, decodes', () => {
    const input = JSON.stringify(withLogFields(tenant, { request_body: JSON.stringify({ name: 'n', back_office_staff_email: 'e', attributes: { blob: 'x'.repeat(TEN_MB) } }) }));
    expect(input.length).toBeGreaterThan(TEN_MB);
    expect(parseEvent(input).detail.event_type).toBe('create_tenant');
  });
});

describe('long keys and many fields', () => {
  it('a field name of 1 MB appears in a path clipped to 64 characters', () => {
    const name = 'k'.repeat(scaledSize(1_000_000));
    const result = safeParseEvent({ ...tenant, [name]: 1 }, { strict: true });
    expect(result.error!.issues).toEqual([{ code: 'unknown_field', path: [`${'k'.repeat(64)}…`], message: expect.any(String) }]);
    expect(result.error!.message.length).toBeLessThan(500);
  });

  it(`${MANY} unknown fields in strict mode give ${MAX_KEPT_ISSUES} issues and a count`, () => {
    const extra = Object.fromEntries(Array.from({ length: MANY }, (_, index) => [`x${index}`, index]));
    const error = safeParseEvent({ ...tenant, ...extra }, { strict: true }).error!;
    expect(error.issues).toHaveLength(MAX_KEPT_ISSUES);
    expect(error.message).toContain(`(${MANY} issues)`);
    // In default mode they are kept.
    expect(Object.keys(parseEvent({ ...tenant, ...extra }))).toHaveLength(Object.keys(tenant).length + MANY);
  });

  it(`a resources array of ${MANY * 10} numbers keeps the first issues`, () => {
    const error = failure({ ...tenant, resources: new Array(MANY * 10).fill(0) });
    expect(error.issues).toHaveLength(MAX_KEPT_ISSUES);
    expect(paths(error.issues.slice(0, 2))).toEqual(['resources.0', 'resources.1']);
  });
});

describe('SaasusEventError counts issues it does not keep', () => {
  const issue: SaasusEventIssue = { code: 'required', path: ['id'], message: 'required field is missing' };

  it.each([
    [[issue], 0, 'Invalid SaaSus event (1 issue):\n  at id: required field is missing'],
    [[issue], 1, 'Invalid SaaSus event (2 issues):\n  at id: required field is missing'],
    [Array.from({ length: 10 }, () => issue), 0, `Invalid SaaSus event (10 issues):\n${'  at id: required field is missing\n'.repeat(10).trimEnd()}`],
    [Array.from({ length: 10 }, () => issue), 5, `Invalid SaaSus event (15 issues):\n${'  at id: required field is missing\n'.repeat(10)}  … and 5 more`],
    [Array.from({ length: 11 }, () => issue), 0, `Invalid SaaSus event (11 issues):\n${'  at id: required field is missing\n'.repeat(10)}  … and 1 more`],
  ])('%#', (issues, omitted, message) => {
    const error = new SaasusEventError(issues, omitted);
    expect(error.message).toBe(message);
    expect(error.issues).toBe(issues);
  });
});
