// The copy that stands between object input and every result: plain JSON data, nothing shared,
// and the same result from the quick recursive copy and from the complete iterative walk.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOT_JSON_DATA, copyJsonData } from '../../src/core/copy-json-data.js';
import { IssueCollector } from '../../src/core/issues.js';
import type { SaasusEventIssue } from '../../src/index.js';
import { propertyRuns } from '../support/property-runs.js';

function copy(value: unknown): { copied: unknown; issues: SaasusEventIssue[] } {
  const issues = new IssueCollector(false);
  const copied = copyJsonData(value, issues);
  return { copied, issues: [...issues.issues] };
}

/** Every object reachable from `value` by own enumerable fields. */
function objectsOf(value: unknown): Set<object> {
  const found = new Set<object>();
  const stack = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next !== 'object' || next === null || found.has(next)) continue;
    found.add(next);
    for (const key of Object.keys(next)) stack.push((next as Record<string, unknown>)[key]);
  }
  return found;
}

function nested(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let level = 0; level < depth; level++) value = level % 2 === 0 ? { a: value } : [value];
  return value;
}

/** A value that sends the copy down its complete walk (a `Date` is not a plain object), beside `value`. */
const besideADate = (value: unknown) => ({ value, date: new Date(0) });

describe('copyJsonData', () => {
  it('returns JSON data equal to its input and sharing no object with it, by the quick copy and by the complete walk alike', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = JSON.parse(JSON.stringify(value)) as unknown;
        const quick = copy(json);
        expect(quick.issues).toEqual([]);
        expect(quick.copied).toEqual(json);
        const complete = copy(besideADate(json));
        expect(complete.issues).toEqual([]);
        expect(complete.copied).toEqual({ value: json, date: {} });
        const inputs = objectsOf(json);
        for (const object of [...objectsOf(quick.copied), ...objectsOf(complete.copied)]) expect(inputs.has(object)).toBe(false);
      }),
      propertyRuns(300),
    );
  });

  it('keeps key order and a __proto__ key as a plain own field, in both walks', () => {
    const json = JSON.parse('{"b":1,"__proto__":{"polluted":true},"a":[{"__proto__":2}]}') as unknown;
    for (const copied of [copy(json).copied, (copy(besideADate(json)).copied as { value: unknown }).value]) {
      expect(Object.keys(copied as object)).toEqual(['b', '__proto__', 'a']);
      expect(Object.getPrototypeOf(copied)).toBe(Object.prototype);
      expect(Object.getOwnPropertyDescriptor(copied, '__proto__')?.value).toEqual({ polluted: true });
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    }
  });

  it('copies any depth: past the quick copy limit, the walk is iterative', () => {
    const deep = nested(50_000, 'leaf');
    const { copied, issues } = copy(deep);
    expect(issues).toEqual([]);
    let node = copied;
    let depth = 0;
    while (typeof node === 'object' && node !== null) {
      node = Array.isArray(node) ? node[0] : (node as { a: unknown }).a;
      depth++;
    }
    expect([depth, node]).toEqual([50_000, 'leaf']);
  });

  it('reads a getter once and copies its value', () => {
    let reads = 0;
    const value = {
      get field() {
        reads++;
        return { inner: reads };
      },
    };
    expect(copy(value).copied).toEqual({ field: { inner: 1 } });
    expect(reads).toBe(1);
  });

  it('leaves inherited and non-enumerable fields behind, and carries symbol-keyed fields over as they are (the documented exception)', () => {
    const symbol = Symbol('s');
    const value = Object.create({ inherited: 1 }) as Record<PropertyKey, unknown>;
    value.own = 2;
    value[symbol] = { shared: true };
    Object.defineProperty(value, 'hidden', { value: 3, enumerable: false });
    const { copied } = copy(value);
    expect(Object.keys(copied as object)).toEqual(['own']);
    expect(JSON.stringify(copied)).toBe('{"own":2}');
    expect((copied as Record<PropertyKey, unknown>)[symbol]).toBe(value[symbol]);
  });

  it('copies an object found at two places at each, as JSON would, and reports a cycle where it closes', () => {
    const shared = { id: 'x' };
    for (const input of [{ left: shared, right: [shared] }, besideADate({ left: shared, right: [shared] }).value]) {
      const result = copy(input).copied as { left: unknown; right: unknown[] };
      expect(result.left).toEqual(shared);
      expect(result.right[0]).toEqual(shared);
      expect(result.left).not.toBe(result.right[0]);
      expect(result.left).not.toBe(shared);
    }
    const complete = (copy(besideADate({ left: shared, right: [shared] })).copied as { value: { left: unknown; right: unknown[] } }).value;
    expect(complete.left).not.toBe(complete.right[0]);

    const cyclic: Record<string, unknown> = { list: [] };
    (cyclic.list as unknown[]).push({ back: cyclic });
    expect(copy(cyclic)).toEqual({
      copied: NOT_JSON_DATA,
      issues: [{ code: 'invalid_type', path: ['list', 0, 'back'], message: 'expected JSON data, received a cycle (an object that contains itself)' }],
    });
  });

  it('refuses shared objects that would unfold without end, after work proportional to the objects, not the paths', () => {
    let shared: Record<string, unknown> = { leaf: 1 };
    for (let level = 0; level < 60; level++) shared = { left: shared, right: shared };
    let reads = 0;
    const proxies = new Map<object, object>();
    const counted = (value: unknown): unknown => {
      if (typeof value !== 'object' || value === null) return value;
      if (!proxies.has(value)) {
        proxies.set(
          value,
          new Proxy(value, {
            get: (target, key, receiver) => {
              reads++;
              return counted(Reflect.get(target, key, receiver));
            },
          }),
        );
      }
      return proxies.get(value);
    };
    const { copied, issues } = copy({ body: counted(shared) });
    expect(copied).toBe(NOT_JSON_DATA);
    expect(issues).toEqual([{ code: 'invalid_type', path: expect.arrayContaining(['body', 'left']), message: 'expected JSON data, received objects shared so often that copying them would not end' }]);
    // 2^61 reads without the limit; with it, the quick copy's 10,000 objects and the walk's 10,610.
    expect(reads).toBeLessThan(100_000);
  });

  it('reports the first hole of a sparse array, reading no further', () => {
    const sparse: unknown[] = [];
    sparse[2 ** 32 - 2] = 'last';
    sparse[0] = 'first';
    let reads = 0;
    const counted = new Proxy(sparse, {
      get(target, key, receiver) {
        if (key !== 'length') reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    expect(copy({ list: counted })).toEqual({
      copied: NOT_JSON_DATA,
      issues: [{ code: 'invalid_type', path: ['list', 1], message: 'expected JSON data, received an array with a hole' }],
    });
    // The quick copy reads index 0 and gives up at the hole; the walk reads both again.
    expect(reads).toBeLessThanOrEqual(4);
  });

  it('says unreadable_input at the field whose getter or proxy trap throws, without the error', () => {
    const throwing = {
      ok: 1,
      get secret(): never {
        throw new Error('s3cr3t');
      },
    };
    expect(copy({ outer: [throwing] }).issues).toEqual([{ code: 'unreadable_input', path: ['outer', 0, 'secret'], message: 'the input could not be read as JSON data' }]);

    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('s3cr3t');
        },
      },
    );
    expect(copy({ outer: trap }).issues).toEqual([{ code: 'unreadable_input', path: ['outer'], message: 'the input could not be read as JSON data' }]);

    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(copy({ outer: { inner: proxy } }).issues).toEqual([{ code: 'unreadable_input', path: ['outer', 'inner'], message: 'the input could not be read as JSON data' }]);
    expect(copy(proxy).issues).toEqual([{ code: 'unreadable_input', path: [], message: 'the input could not be read as JSON data' }]);
  });

  it('reports each value JSON cannot hold at its path, under the collector path', () => {
    const issues = new IssueCollector(false);
    issues.path.push('detail');
    expect(copyJsonData({ a: [1, () => 1], b: { c: Number.NaN }, d: undefined }, issues)).toBe(NOT_JSON_DATA);
    expect(issues.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['detail', 'a', 1], 'expected JSON data, received function'],
      [['detail', 'b', 'c'], 'expected JSON data, received a number JSON cannot hold (NaN or an infinity)'],
    ]);
  });

  it('returns a value that is not an object as it is, for the caller to judge', () => {
    for (const value of [undefined, 1, 'text', null, 1n]) expect(copy(value)).toEqual({ copied: value, issues: [] });
  });
});
