import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shapeNamed, shapeNames as catalogueShapeNames } from '../../src/catalogue/catalogue.js';
import { IssueCollector } from '../../src/core/issues.js';
import type { Shape } from '../../src/catalogue/shape.js';
import { closureValidator } from '../../src/core/shape-closures.js';
import { sourceValidator } from '../../src/core/shape-source.js';
import type { Validator } from '../../src/core/validator.js';
import { sampleValue } from '../../src/testing/sample-value.js';
import { propertyRuns } from '../support/property-runs.js';
import { PROTOTYPE_KEYS, replacementValueArb, setOwn, unknownKeyArb } from '../support/arbitraries.js';

// The two validator engines (generated source where `new Function` is allowed, closures where it
// is not) must be indistinguishable: same issues, same order, same paths, for any value.

const shapeNames = [...catalogueShapeNames()].sort();

function issuesOf(validator: Validator, value: unknown, strict: boolean) {
  const issues = new IssueCollector(strict);
  issues.path.push('body');
  validator(value, issues);
  return { issues: issues.issues, omitted: issues.omitted, path: issues.path };
}

// Compiled anew for each comparison, not taken from the engines' caches: a cached validator
// would hide a change in the compiler (mutation testing changes code, not the cache).
function expectSameIssues(name: string, value: unknown): void {
  const fromSourceEngine = sourceValidator(shapeNamed(name));
  const fromClosureEngine = closureValidator(shapeNamed(name));
  for (const strict of [false, true]) {
    const fromSource = issuesOf(fromSourceEngine, value, strict);
    expect(fromSource, `${name}, strict: ${strict}`).toEqual(issuesOf(fromClosureEngine, value, strict));
    // The shared path stack is left as it was found.
    expect(fromSource.path).toEqual(['body']);
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

describe('validator engines', () => {
  it('agree on a valid sample of every catalogue shape, which neither faults', () => {
    let checked = 0;
    for (const name of shapeNames) {
      const sample = sampleValue(shapeNamed(name));
      if (sample === undefined) continue;
      expectSameIssues(name, sample);
      expect(issuesOf(sourceValidator(shapeNamed(name)), sample, true).issues, name).toEqual([]);
      checked++;
    }
    expect(checked).toBeGreaterThan(250);
  });

  it('agree on the history rules: fields required since a date, fields removed, optional nulls, by call date', () => {
    const shape: Shape = {
      object: { id: 'string', sign_in_id: 'string', last_login_at: { nullable: 'integer' }, tags: { array: 'string' } },
      required: ['id'],
      since: { sign_in_id: '2026-02-16' },
      gone: { allowed_ips: '2025-04-07' },
    };
    const run = (validator: Validator, value: unknown, strict: boolean, callDate: string | undefined) => {
      const issues = new IssueCollector(strict);
      issues.callDate = callDate;
      validator(value, issues);
      return issues.issues.map((i) => `${i.code} ${i.path.join('.')} ${i.message}`);
    };
    const cases: Array<[unknown, string | undefined, string[]]> = [
      [{ id: 'u1', allowed_ips: ['1.2.3.4'], tags: null, last_login_at: null }, '2025-01-01', ['undeclared_null tags null, not declared by the schema']],
      [{ id: 'u1', allowed_ips: ['1.2.3.4'] }, '2026-05-19', ['missing_since sign_in_id missing; sent since 2026-02-16', 'removed_field allowed_ips removed from the schema on 2025-04-07']],
      [{ id: 'u1', sign_in_id: null }, undefined, ['undeclared_null sign_in_id null, not declared by the schema']],
      [{ id: null, sign_in_id: 's' }, '2026-05-19', ['invalid_type id expected string, received null']],
    ];
    for (const engine of [sourceValidator, closureValidator]) {
      for (const [value, callDate, strictIssues] of cases) {
        expect(run(engine(shape), value, true, callDate), `${engine.name} ${JSON.stringify(value)} ${callDate}`).toEqual(strictIssues);
        // Outside strict mode only a null in a required field is an issue.
        expect(run(engine(shape), value, false, callDate)).toEqual(strictIssues.filter((i) => i.startsWith('invalid_type')));
      }
    }
  });

  it('agree on values of the wrong type for every shape', () => {
    for (const name of shapeNames) {
      for (const value of [null, 0, 1.5, 'text', true, [], {}, [null], { id: 1 }]) expectSameIssues(name, value);
    }
  });

  it('agree on mutated samples: fields removed, retyped, nulled, and unknown fields added', () => {
    const named = shapeNames.filter((name) => sampleValue(shapeNamed(name)) !== undefined);
    fc.assert(
      fc.property(fc.constantFrom(...named), fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (name, mutations) => {
        expectSameIssues(name, mutate(sampleValue(shapeNamed(name)), mutations));
      }),
      propertyRuns(600),
    );
  });

  it('agree on objects that are not plain JSON: inherited fields, null prototypes, prototype keys', () => {
    for (const name of shapeNames) {
      const sample = sampleValue(shapeNamed(name));
      if (typeof sample !== 'object' || sample === null || Array.isArray(sample)) continue;
      expectSameIssues(name, Object.create(sample) as object);
      expectSameIssues(name, Object.assign(Object.create(null) as object, sample));
      for (const key of [...PROTOTYPE_KEYS, 'toString']) expectSameIssues(name, setOwn({ ...sample }, key, 1));
    }
  });

  it('write property names into the source as data, whatever characters they hold', () => {
    const names = ['a"b', "c'd", 'e`${f}`', 'g\\', 'h\ni', 'j\u2028k', '</script>', '"); throw new Error("x', '__proto__', 'constructor'];
    const shape: Shape = { object: Object.fromEntries(names.map((name) => [name, 'integer'])), required: names };
    const fromSource = sourceValidator(shape);
    const fromClosures = closureValidator(shape);
    const valid = Object.fromEntries(names.map((name) => [name, 1]));
    const invalid = Object.fromEntries(names.map((name) => [name, 'one']));
    for (const value of [valid, invalid, {}, JSON.parse(JSON.stringify(valid)) as unknown]) {
      for (const strict of [false, true]) expect(issuesOf(fromSource, value, strict)).toEqual(issuesOf(fromClosures, value, strict));
    }
    expect(issuesOf(fromSource, valid, true).issues).toEqual([]);
    expect(issuesOf(fromSource, invalid, false).issues.map((issue) => issue.path.at(-1))).toEqual(names);
    expect(issuesOf(fromSource, {}, false).issues.map((issue) => issue.code)).toEqual(names.map(() => 'required'));
  });
});
