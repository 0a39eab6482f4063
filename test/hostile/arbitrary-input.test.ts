import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parseEvent, safeParseEvent } from '../../src/index.js';
import { arbitraryInputArb, envelopeLikeArb, hostileStringArb } from '../support/arbitraries.js';
import { loadFixture, withLogFields } from '../support/fixtures.js';
import { checkDecoding, checkPrototypes } from './invariants.js';
import { SLOW_TEST_TIMEOUT_MS, propertyRuns } from '../support/property-runs.js';

vi.setConfig({ testTimeout: SLOW_TEST_TIMEOUT_MS });

describe('arbitrary input', () => {
  it('never throws from safeParseEvent, throws only SaasusEventError from parseEvent, and keeps every promise', () => {
    fc.assert(
      fc.property(arbitraryInputArb, ({ input, json }) => {
        checkDecoding(input, { json });
      }),
      propertyRuns(1000),
    );
  });

  it('keeps every promise for envelope-shaped objects with arbitrary field values, as objects and as JSON text', () => {
    fc.assert(
      fc.property(envelopeLikeArb, fc.boolean(), (envelope, asText) => {
        checkDecoding(asText ? JSON.stringify(envelope) : envelope, { json: true });
      }),
      propertyRuns(400),
    );
  });

  it('keeps every promise for hostile strings given as the whole input', () => {
    fc.assert(
      fc.property(hostileStringArb, (input) => {
        checkDecoding(input, { json: true });
      }),
      propertyRuns(100),
    );
  });
});

describe('values JSON cannot hold', () => {
  const tenant = loadFixture('samples/create_tenant.2026.string-form.json');
  const unknownType = { ...tenant, detail: { ...(tenant.detail as object), event_type: 'launch_rocket' } };
  const log = JSON.parse((tenant.detail as { event: string }).event) as Record<string, unknown>;
  const withBody = (body: unknown) => ({ ...unknownType, detail: { ...(unknownType.detail as object), event: { ...log, request_body: body } } });

  it('objects of any class are read by their own enumerable fields, as JSON reads them: the result is plain JSON data', () => {
    class Account {
      readonly id = 'a-1';
      get hidden() {
        return 'not an own field';
      }
    }
    const event = parseEvent({ ...withBody({ stamp: new Date(0), map: new Map([['a', 1]]), account: new Account() }), received: new Date(0) }) as unknown as Record<string, any>;
    expect(event.received).toEqual({});
    expect(event.detail.event.request_body).toEqual({ stamp: {}, map: {}, account: { id: 'a-1' } });
    checkPrototypes(event as never);
  });

  it('where the decoder wants a string or an object are rejected by type', () => {
    expect(safeParseEvent({ ...tenant, id: 1n }).error?.issues).toEqual([{ code: 'invalid_type', path: ['id'], message: 'expected JSON data, received bigint' }]);
    expect(safeParseEvent({ ...tenant, id: Symbol('s') }).error?.issues).toEqual([{ code: 'invalid_type', path: ['id'], message: 'expected JSON data, received symbol' }]);
    expect(safeParseEvent({ ...tenant, detail: () => tenant.detail }).error?.issues).toEqual([{ code: 'invalid_type', path: ['detail'], message: 'expected JSON data, received function' }]);
  });

  it.each([
    ['a function', () => 1, 'function'],
    ['a symbol', Symbol('s'), 'symbol'],
    ['a bigint', 1n, 'bigint'],
    ['NaN', Number.NaN, 'a number JSON cannot hold'],
    ['an infinity', -Infinity, 'a number JSON cannot hold'],
  ])('%s anywhere, even where nothing is validated, is an invalid_type issue at its path', (_label, value, received) => {
    const issues = safeParseEvent(withBody({ list: [1, { deep: value }] })).error?.issues;
    expect(issues).toEqual([{ code: 'invalid_type', path: ['detail', 'event', 'request_body', 'list', 1, 'deep'], message: expect.stringContaining(`received ${received}`) }]);
  });

  it('undefined is an absent field in an object, and an invalid_type issue in an array', () => {
    const event = parseEvent(withBody({ gone: undefined, kept: 1 }));
    expect(event.detail.event.request_body).toEqual({ kept: 1 });
    expect(Object.keys(event.detail.event.request_body as object)).toEqual(['kept']);
    expect(safeParseEvent(withBody([1, undefined])).error?.issues).toEqual([
      { code: 'invalid_type', path: ['detail', 'event', 'request_body', 1], message: 'expected JSON data, received undefined' },
    ]);
  });

  it('non-enumerable and inherited fields are left behind, as JSON leaves them; symbol-keyed fields are not JSON data either', () => {
    const body: Record<PropertyKey, unknown> = Object.create({ inherited: 0 });
    body.kept = 1;
    body[Symbol('s')] = 2;
    Object.defineProperty(body, 'hidden', { value: 3, enumerable: false });
    const decoded = parseEvent(withBody(body)).detail.event.request_body;
    expect(Object.keys(decoded as object)).toEqual(['kept']);
    expect(JSON.stringify(decoded)).toBe('{"kept":1}');
  });
});
