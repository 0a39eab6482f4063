import { describe, expect, it } from 'vitest';
import { TIER_UP_CALLS, validatorFor } from '../../src/core/compile-shape.js';
import { closureValidatorFor } from '../../src/core/shape-closures.js';
import { sourceValidatorFor } from '../../src/core/shape-source.js';
import { IssueCollector } from '../../src/core/issues.js';

function check(shape: string, value: unknown, strict = false) {
  const issues = new IssueCollector(strict);
  validatorFor(shape)(value, issues);
  return issues.issues.map((issue) => ({ code: issue.code, path: issue.path.join('.') }));
}

describe('compiled shape validators', () => {
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

  it('is compiled once per shape', () => {
    expect(validatorFor('ApiError')).toBe(validatorFor('ApiError'));
  });

  it('fails loudly for a shape the catalogue does not have', () => {
    expect(() => validatorFor('NoSuchShape')).toThrow('catalogue shape "NoSuchShape" is missing');
  });
});

describe('validator tiers', () => {
  it('starts a shape on closures and moves it to generated code on its TIER_UP_CALLSth call', () => {
    const name = 'TenantIdentityProviders';
    for (let call = 1; call < TIER_UP_CALLS; call++) expect(validatorFor(name)).toBe(closureValidatorFor(name));
    expect(validatorFor(name)).toBe(sourceValidatorFor(name));
    expect(validatorFor(name)).toBe(sourceValidatorFor(name));
    expect(closureValidatorFor(name)).not.toBe(sourceValidatorFor(name));
  });
});
