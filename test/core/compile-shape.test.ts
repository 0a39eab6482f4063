import { describe, expect, it } from 'vitest';
import { shapeNamed } from '../../src/catalogue/catalogue.js';
import { TIER_UP_CALLS, validatorFor } from '../../src/core/compile-shape.js';
import { configure } from '../../src/core/config.js';
import { IssueCollector } from '../../src/core/issues.js';
import { closureValidators } from '../../src/core/shape-closures.js';
import type { Validator } from '../../src/core/validator.js';

function check(shape: string, value: unknown, strict = false) {
  const issues = new IssueCollector(strict);
  validatorFor(shape)(value, issues);
  return issues.issues.map((issue) => ({ code: issue.code, path: issue.path.join('.') }));
}

/** What a validator makes of a value: its issues, or that it threw (parseEvent reports that as unreadable input). */
function outcome(validator: Validator, value: unknown, strict: boolean): unknown {
  const issues = new IssueCollector(strict);
  issues.path.push('response_body');
  try {
    validator(value, issues);
  } catch {
    return 'threw';
  }
  return { issues: issues.issues, omitted: issues.omitted, path: issues.path };
}

describe('catalogue shape validators', () => {
  it('checks the values of additional properties when the schema types them', () => {
    expect(check('DailyUserInfoMetric', { date: 'd', details: { a: 1, b: 2 } })).toEqual([]);
    expect(check('DailyUserInfoMetric', { date: 'd', details: { a: 1, b: 'two', c: 1.5 } })).toEqual([
      { code: 'invalid_type', path: 'details.b' },
      { code: 'invalid_type', path: 'details.c' },
    ]);
  });

  it('reports unknown fields only in strict mode, and never where the schema allows any', () => {
    expect(check('ApiError', { type: 't', message: 'm', extra: 1 })).toEqual([]);
    expect(check('ApiError', { type: 't', message: 'm', extra: 1 }, true)).toEqual([{ code: 'unknown_field', path: 'extra' }]);
    expect(check('ApiError', { type: 't', message: 'm', data: { anything: [1] } }, true)).toEqual([]);
  });

  it('picks the closest of several shapes and reports its issues', () => {
    const issues = check('PricingUnit', { type: 'fixed' });
    expect(issues[0]).toEqual({ code: 'no_matching_shape', path: '' });
    expect(issues.length).toBeGreaterThan(1);
    expect(issues.slice(1).every((issue) => issue.code === 'required')).toBe(true);
  });

  it('does not take inherited keys for fields, whatever the prototype', () => {
    const inherited = Object.create({ type: 't', message: 'm' }) as object;
    expect(check('ApiError', inherited)).toEqual([
      { code: 'required', path: 'type' },
      { code: 'required', path: 'message' },
    ]);
    const nullPrototype = Object.assign(Object.create(null) as object, { type: 't', message: 'm' });
    expect(check('ApiError', nullPrototype)).toEqual([]);
  });

  it('fails loudly for a shape the catalogue does not have', () => {
    expect(() => validatorFor('NoSuchShape')).toThrow('catalogue shape "NoSuchShape" is missing');
  });
});

describe('validator tiers', () => {
  it('keeps one validator for a shape until its TIER_UP_CALLSth call, then another for good', () => {
    const name = 'TenantIdentityProviders';
    const first = validatorFor(name);
    for (let call = 2; call < TIER_UP_CALLS; call++) expect(validatorFor(name)).toBe(first);
    const compiled = validatorFor(name);
    expect(compiled).not.toBe(first);
    for (let call = 0; call < 10; call++) expect(validatorFor(name)).toBe(compiled);
  });

  it('goes back to the closures under configure({ jitless: true }), and stays there until switched back', () => {
    const name = 'TenantIdentityProviders';
    for (let call = 0; call < TIER_UP_CALLS; call++) validatorFor(name);
    const compiled = validatorFor(name);
    try {
      configure({ jitless: true });
      const closures = validatorFor(name);
      expect(closures).not.toBe(compiled);
      for (let call = 0; call < TIER_UP_CALLS * 2; call++) expect(validatorFor(name)).toBe(closures);
    } finally {
      configure({ jitless: false });
    }
    expect(validatorFor(name)).toBe(compiled);
  });
});

// Bodies a caller could hand the validator that are not JSON data. parseEvent copies object input
// into JSON data first, so these only reach the validator through the engine itself; the
// engine must still give one result per input, whatever the call count.
const throwingGetter = (): never => {
  throw new Error('a getter that throws');
};
const hostileBodies: readonly { readonly name: string; readonly shape: string; readonly body: () => unknown }[] = [
  {
    name: 'a proxy whose getPrototypeOf trap throws',
    shape: 'ApiError',
    body: () => new Proxy({ type: 't', message: 'm' }, { getPrototypeOf: throwingGetter }),
  },
  {
    name: 'a proxy whose getPrototypeOf trap throws, nested in a valid body',
    shape: 'Tenants',
    body: () => ({ tenants: [new Proxy({}, { getPrototypeOf: throwingGetter })] }),
  },
  {
    name: 'a proxy whose ownKeys trap throws (strict mode lists its keys)',
    shape: 'ApiError',
    body: () => new Proxy({ type: 't', message: 'm' }, { ownKeys: throwingGetter }),
  },
  {
    name: 'a revoked proxy',
    shape: 'ApiError',
    body: () => {
      const { proxy, revoke } = Proxy.revocable({ type: 't', message: 'm' }, {});
      revoke();
      return proxy;
    },
  },
  {
    name: 'an array with a throwing getter among its items',
    shape: 'CreateTenantUserRolesParam',
    body: () => ({ role_names: Object.defineProperty(['a', 'b', 3], 1, { get: throwingGetter, enumerable: true }) }),
  },
  {
    name: 'an array with a throwing getter after an invalid item',
    shape: 'ApiGatewayUpdateTenantParam',
    body: () => ({ allowed_ips: Object.defineProperty([1, 'b'], 1, { get: throwingGetter, enumerable: true }) }),
  },
  {
    name: 'an object with a throwing getter for a required field',
    shape: 'ApiError',
    body: () => Object.defineProperty({ type: 't' }, 'message', { get: throwingGetter, enumerable: true }),
  },
  {
    name: 'an object with a throwing getter for an unknown field',
    shape: 'ApiError',
    body: () => Object.defineProperty({ type: 't', message: 'm' }, 'extra', { get: throwingGetter, enumerable: true }),
  },
  {
    name: 'an instance of a class with valid fields',
    shape: 'ApiError',
    body: () => Object.assign(new (class Body {})(), { type: 't', message: 'm' }),
  },
  {
    name: 'an object that inherits its fields',
    shape: 'ApiError',
    body: () => Object.create({ type: 't', message: 'm' }) as unknown,
  },
  {
    name: 'a proxy that answers every read with a string',
    shape: 'TenantIdentityProviders',
    body: () => ({ saml: new Proxy({}, { get: () => 'value' }) }),
  },
];

describe('the same result on every call, before and after the accept-only check is compiled', () => {
  for (const { name, shape, body } of hostileBodies) {
    it(`for ${name}`, () => {
      const closuresOnly = closureValidators(shapeNamed).named(shape);
      for (const strict of [false, true]) {
        const expected = outcome(closuresOnly, body(), strict);
        for (let call = 1; call <= TIER_UP_CALLS * 2; call++) {
          expect(outcome(validatorFor(shape), body(), strict), `call ${call}, strict: ${strict}`).toEqual(expected);
        }
      }
    });
  }

  it('gives what the closures give for each of them, valid or not', () => {
    const outcomes = hostileBodies.map(({ shape, body }) => outcome(closureValidators(shapeNamed).named(shape), body(), true));
    // The list holds bodies that throw, bodies with issues and valid bodies.
    expect(outcomes).toContain('threw');
    expect(outcomes.some((result) => typeof result === 'object' && (result as { issues: unknown[] }).issues.length > 0)).toBe(true);
  });
});
