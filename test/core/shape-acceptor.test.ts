import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shapeNamed, shapeNames as catalogueShapeNames } from '../../src/catalogue/catalogue.js';
import type { Shape } from '../../src/catalogue/shape.js';
import { IssueCollector } from '../../src/core/issues.js';
import { compiledAcceptors } from '../../src/core/shape-acceptor.js';
import { closureValidators } from '../../src/core/shape-closures.js';
import { sampleValue } from '../../src/testing/sample-value.js';
import { propertyRuns } from '../support/property-runs.js';
import { PROTOTYPE_KEYS, replacementValueArb, setOwn, unknownKeyArb } from '../support/arbitraries.js';

// The accept-only checker compiled with `new Function` must answer "valid" exactly where the
// closures (the one engine that reports issues) find no issue, in either mode, for any JSON
// value; for values that are not JSON data it may answer "not valid" (the closures then decide),
// never "valid" where the closures find an issue.

const PROPERTY_TIMEOUT_MS = 120_000;
const shapeNames = [...catalogueShapeNames()].sort();

// Built anew for each comparison, not taken from a cache: a cached checker would hide a change
// in the compiler (mutation testing changes code, not the cache).
function closuresFindNoIssue(shape: Shape, value: unknown, strict: boolean, resolve = shapeNamed): boolean {
  const issues = new IssueCollector(strict);
  closureValidators(resolve).of(shape)(value, issues);
  return issues.count === 0;
}

function acceptorAnswer(name: string, value: unknown, strict: boolean): boolean | 'threw' {
  const accept = compiledAcceptors(shapeNamed).named(name);
  try {
    return accept(value, strict);
  } catch {
    return 'threw';
  }
}

/** Same validity for a JSON value, in both modes. */
function expectSameValidity(name: string, value: unknown): void {
  for (const strict of [false, true]) {
    expect(acceptorAnswer(name, value, strict), `${name}, strict: ${strict}`).toBe(closuresFindNoIssue({ k: 'r', v: name }, value, strict));
  }
}

/** For a value that is not JSON data: "valid" only where the closures find no issue. */
function expectNoFalseAccept(name: string, value: unknown): void {
  for (const strict of [false, true]) {
    if (acceptorAnswer(name, value, strict) === true) expect(closuresFindNoIssue({ k: 'r', v: name }, value, strict), `${name}, strict: ${strict}`).toBe(true);
  }
}

type Tree = Record<string, unknown> | unknown[];
type Path = readonly (string | number)[];

// Replacement values can be long or deeply nested arrays, and one of them can be set inside
// another: only the first paths, not too deep, are candidates for the next mutation.
const MAX_PATHS = 2_000;
const MAX_DEPTH = 12;

function pathsIn(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (typeof value !== 'object' || value === null || path.length >= MAX_DEPTH) return out;
  for (const [key, child] of Object.entries(value)) {
    if (out.length >= MAX_PATHS) return out;
    const childPath = [...path, Array.isArray(value) ? Number(key) : key];
    out.push(childPath);
    pathsIn(child, childPath, out);
  }
  return out;
}

function holderOf(tree: Tree, path: Path): { holder: Tree; key: string | number } {
  let holder: unknown = tree;
  for (const segment of path.slice(0, -1)) holder = (holder as Record<string, unknown>)[segment];
  return { holder: holder as Tree, key: path.at(-1)! };
}

type Mutation =
  | { readonly kind: 'remove'; readonly pick: number }
  | { readonly kind: 'set'; readonly pick: number; readonly value: unknown }
  | { readonly kind: 'add'; readonly pick: number; readonly name: string; readonly value: unknown };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('set' as const), pick: fc.nat(), value: replacementValueArb }),
  fc.record({ kind: fc.constant('add' as const), pick: fc.nat(), name: unknownKeyArb, value: replacementValueArb }),
);

/** A copy of `value` with the mutations applied to fields picked among those it has. */
function mutate(value: unknown, mutations: readonly Mutation[]): unknown {
  const root = { value: structuredClone(value) };
  for (const mutation of mutations) {
    // The root itself can be removed or replaced too.
    const paths = pathsIn(root);
    if (paths.length === 0) break;
    const path = paths[mutation.pick % paths.length]!;
    const { holder, key } = holderOf(root, path);
    if (mutation.kind === 'remove') {
      if (Array.isArray(holder)) holder.splice(Number(key), 1);
      else delete holder[key];
    } else if (mutation.kind === 'set') {
      if (Array.isArray(holder)) holder[Number(key)] = mutation.value;
      else setOwn(holder, String(key), mutation.value);
    } else {
      const target = (holder as Record<string, unknown>)[key];
      if (typeof target === 'object' && target !== null && !Array.isArray(target)) setOwn(target, mutation.name, mutation.value);
    }
  }
  return 'value' in root ? root.value : undefined;
}

describe('the accept-only checker and the closures', () => {
  it('agree on a valid sample of every catalogue shape, which the checker accepts', () => {
    let checked = 0;
    for (const name of shapeNames) {
      const sample = sampleValue(shapeNamed(name));
      if (sample === undefined) continue;
      expectSameValidity(name, sample);
      expect(acceptorAnswer(name, sample, true), name).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(250);
  });

  it('agree on the history rules: fields required since a date, fields removed, optional nulls, by call date', () => {
    const shape: Shape = {
      k: 'o',
      v: { id: { k: 's' }, sign_in_id: { k: 's' }, last_login_at: { k: '?', v: { k: 'i' } }, tags: { k: 'a', v: { k: 's' } } },
      o: ['sign_in_id', 'last_login_at', 'tags'],
      s: { sign_in_id: '2026-02-16' },
      g: { allowed_ips: '2025-04-07' },
    };
    const resolve = (name: string): Shape => (name === 'User' ? shape : shapeNamed(name));
    const closureIssues = (value: unknown, strict: boolean, callDate: string | undefined) => {
      const issues = new IssueCollector(strict);
      issues.callDate = callDate;
      closureValidators(resolve).named('User')(value, issues);
      return issues.issues.map((i) => `${i.code} ${i.path.join('.')} ${i.message}`);
    };
    const cases: Array<[unknown, string | undefined, string[]]> = [
      [{ id: 'u1', allowed_ips: ['1.2.3.4'], tags: null, last_login_at: null }, '2025-01-01', ['undeclared_null tags null, not declared by the schema']],
      [{ id: 'u1', allowed_ips: ['1.2.3.4'] }, '2026-05-19', ['missing_since sign_in_id missing; sent since 2026-02-16', 'removed_field allowed_ips removed from the schema on 2025-04-07']],
      [{ id: 'u1', allowed_ips: ['1.2.3.4'] }, '2025-01-01', []],
      [{ id: 'u1', sign_in_id: null }, undefined, ['undeclared_null sign_in_id null, not declared by the schema']],
      [{ id: null, sign_in_id: 's' }, '2026-05-19', ['invalid_type id expected string, received null']],
    ];
    const accept = compiledAcceptors(resolve).named('User');
    for (const [value, callDate, strictIssues] of cases) {
      expect(closureIssues(value, true, callDate), `${JSON.stringify(value)} ${callDate}`).toEqual(strictIssues);
      // Outside strict mode only a null in a required field is an issue; the acceptor agrees exactly.
      const lenientIssues = strictIssues.filter((i) => i.startsWith('invalid_type'));
      expect(closureIssues(value, false, callDate)).toEqual(lenientIssues);
      expect(accept(value, false)).toBe(lenientIssues.length === 0);
      // In strict mode it leaves to the closures what depends on the day of the call: never "valid" where they find an issue.
      if (strictIssues.length > 0) expect(accept(value, true)).toBe(false);
    }
    expect(accept({ id: 'u1', sign_in_id: 's', tags: ['a'] }, true)).toBe(true);
  });

  it('agree on values of the wrong type for every shape', () => {
    for (const name of shapeNames) {
      for (const value of [null, 0, 1.5, 'text', true, [], {}, [null], { id: 1 }]) expectSameValidity(name, value);
    }
  });

  it('agree on mutated samples: fields removed, retyped, nulled, and unknown fields added', () => {
    const named = shapeNames.filter((name) => sampleValue(shapeNamed(name)) !== undefined);
    let invalid = 0;
    fc.assert(
      fc.property(fc.constantFrom(...named), fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (name, mutations) => {
        const value = mutate(sampleValue(shapeNamed(name)), mutations);
        expectSameValidity(name, value);
        if (!closuresFindNoIssue({ k: 'r', v: name }, value, true)) invalid++;
      }),
      propertyRuns(600),
    );
    // The mutations do break values, so that "not valid" is compared too.
    expect(invalid).toBeGreaterThan(0);
  }, PROPERTY_TIMEOUT_MS);

  it('agree on every sample with one field set to any JSON value', () => {
    const named = shapeNames.filter((name) => sampleValue(shapeNamed(name), { properties: 'all' }) !== undefined);
    fc.assert(
      fc.property(fc.constantFrom(...named), fc.nat(), fc.jsonValue(), (name, pick, replacement) => {
        const value = mutate(sampleValue(shapeNamed(name), { properties: 'all' }), [{ kind: 'set', pick, value: replacement }]);
        expectSameValidity(name, value);
      }),
      propertyRuns(400),
    );
  }, PROPERTY_TIMEOUT_MS);

  it('never accept an object that is not plain JSON data where the closures find an issue', () => {
    for (const name of shapeNames) {
      const sample = sampleValue(shapeNamed(name));
      if (typeof sample !== 'object' || sample === null || Array.isArray(sample)) continue;
      expectNoFalseAccept(name, Object.create(sample) as object);
      expectNoFalseAccept(name, Object.assign(Object.create(null) as object, sample));
      expectNoFalseAccept(name, Object.assign(new (class Body {})(), sample));
      for (const key of [...PROTOTYPE_KEYS, 'toString']) expectSameValidity(name, setOwn({ ...sample }, key, 1));
    }
  });

  it('leave an object of another prototype to the closures', () => {
    const valid = { type: 't', message: 'm' };
    expect(acceptorAnswer('ApiError', valid, true)).toBe(true);
    expect(acceptorAnswer('ApiError', Object.assign(new (class Body {})(), valid), false)).toBe(false);
    expect(acceptorAnswer('ApiError', Object.assign(Object.create(null) as object, valid), false)).toBe(true);
  });

  it('write property names into the source as data, whatever characters they hold', () => {
    const names = ['a"b', "c'd", 'e`${f}`', 'g\\', 'h\ni', 'j\u2028k', '</script>', '"); throw new Error("x', '__proto__', 'constructor'];
    const shape: Shape = { k: 'o', v: Object.fromEntries(names.map((name) => [name, { k: 'i' }])) };
    const resolve = (name: string): Shape => {
      if (name !== 'Odd') throw new Error(`no shape ${name}`);
      return shape;
    };
    const accept = compiledAcceptors(resolve).named('Odd');
    const valid = Object.fromEntries(names.map((name) => [name, 1]));
    const invalid = Object.fromEntries(names.map((name) => [name, 'one']));
    for (const value of [valid, invalid, {}, JSON.parse(JSON.stringify(valid)) as unknown]) {
      for (const strict of [false, true]) expect(accept(value, strict)).toBe(closuresFindNoIssue(shape, value, strict, resolve));
    }
    expect(accept(valid, true)).toBe(true);
    expect(accept(invalid, false)).toBe(false);
  });
});
