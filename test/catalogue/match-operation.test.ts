// The operation matcher keeps one table per HTTP method of the catalogue, whatever the events
// say: a method is compared exactly, and one no operation has is neither matched nor remembered.
import { describe, expect, it } from 'vitest';
import { catalogueIndex, catalogueOperations } from '../../src/catalogue/catalogue.js';
import { createOperationMatcher, type OperationMatcher } from '../../src/catalogue/match-operation.js';
import { getOperation, parseEvent, safeParseEvent, type SaasusEvent } from '../../src/index.js';
import { loadFixture, withLogFields } from '../support/fixtures.js';

const tenant = loadFixture('samples/create_tenant.2026.string-form.json');
const catalogueMethods = new Set(catalogueOperations().map((operation) => operation.method));

function catalogueMatcher(): OperationMatcher {
  // The catalogue's own matcher, the one parseEvent uses.
  return catalogueIndex().match as OperationMatcher;
}

describe('the cache of method tables', () => {
  it('stays the same size over 10,000 events with made-up methods', () => {
    parseEvent(tenant);
    const before = catalogueMatcher().tableCount;
    expect(before).toBeGreaterThan(0);
    for (let index = 0; index < 10_000; index++) {
      const method = index % 2 === 0 ? `M${index}` : `post${index}`;
      const result = safeParseEvent(withLogFields(tenant, { request_method: method }));
      expect(result.success).toBe(true);
    }
    expect(catalogueMatcher().tableCount).toBe(before);
  });

  it('does no work per made-up method: the operations are not read again', () => {
    let methodReads = 0;
    const counted = catalogueOperations().map((operation) => {
      const copy = { ...operation };
      Object.defineProperty(copy, 'method', {
        enumerable: true,
        get: () => {
          methodReads++;
          return operation.method;
        },
      });
      return copy;
    });
    const match = createOperationMatcher(counted);
    match('POST', '/v1/auth/tenants');
    const afterFirstPost = methodReads;
    for (let index = 0; index < 10_000; index++) expect(match(`M${index}`, '/v1/auth/tenants')).toBeUndefined();
    expect(methodReads).toBe(afterFirstPost);
  });

  it('never holds more tables than the catalogue has methods', () => {
    const match = createOperationMatcher(catalogueOperations());
    for (const method of catalogueMethods) match(method, '/v1/auth/tenants');
    expect(match.tableCount).toBe(catalogueMethods.size);
    for (const method of ['get', 'Post', 'BREW', 'x'.repeat(1_000_000), '', 'GET ', '__proto__', 'constructor']) {
      expect(match(method, '/v1/auth/tenants')).toBeUndefined();
    }
    expect(match.tableCount).toBe(catalogueMethods.size);
  });

  it('builds nothing for a method no operation has, even a megabyte long one', () => {
    const match = createOperationMatcher(catalogueOperations());
    expect(match('x'.repeat(1_000_000), '/v1/auth/tenants')).toBeUndefined();
    expect(match('post', '/v1/auth/tenants')).toBeUndefined();
    expect(match.tableCount).toBe(0);
    expect(match('POST', '/v1/auth/tenants')?.operation.operationId).toBe('CreateTenant');
    expect(match.tableCount).toBe(1);
  });
});

describe('a method in another case', () => {
  it('names no operation: the event is valid, its bodies unchecked, and strict mode reports the mismatch', () => {
    const lowerCase = withLogFields(tenant, { request_method: 'post', response_body: '{"id":1}' });
    const event = parseEvent(lowerCase) as SaasusEvent;
    expect(getOperation(event)).toBeUndefined();
    const strict = safeParseEvent(lowerCase, { strict: true });
    expect(strict.error?.issues.map((issue) => issue.code)).toEqual(['operation_mismatch']);
    // The same body under the exact method is checked, and wrong.
    expect(safeParseEvent(withLogFields(tenant, { response_body: '{"id":1}' })).success).toBe(false);
  });
});
