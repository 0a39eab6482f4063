import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEvent, safeParseEvent } from '../../src/index.js';
import { arbitraryInputArb, envelopeLikeArb, hostileStringArb } from '../support/arbitraries.js';
import { loadFixture, withLogFields } from '../support/fixtures.js';
import { checkDecoding, checkPrototypes } from './invariants.js';
import { propertyRuns } from './property-runs.js';

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

  it('in a field the decoder does not validate are returned as given, and the objects it builds stay plain', () => {
    const stamp = new Date(0);
    const body = new Map([['a', 1]]);
    const input = withLogFields({ ...tenant, received: stamp, detail: { ...(tenant.detail as object), event_type: 'launch_rocket' } }, {});
    const log = JSON.parse((input.detail as { event: string }).event) as Record<string, unknown>;
    const event = parseEvent({ ...input, detail: { ...(input.detail as object), event: { ...log, request_body: body } } }) as unknown as Record<string, unknown>;
    expect(event.received).toBe(stamp);
    expect((event.detail as { event: { request_body: unknown } }).event.request_body).toBe(body);
    checkPrototypes(event as never, false);
  });

  it('where the decoder wants a string or an object are rejected by type', () => {
    expect(safeParseEvent({ ...tenant, id: 1n }).error?.issues).toEqual([{ code: 'invalid_type', path: ['id'], message: 'expected string, received bigint' }]);
    expect(safeParseEvent({ ...tenant, id: Symbol('s') }).error?.issues).toEqual([{ code: 'invalid_type', path: ['id'], message: 'expected string, received symbol' }]);
    expect(safeParseEvent({ ...tenant, detail: () => tenant.detail }).error?.issues).toEqual([{ code: 'invalid_type', path: ['detail'], message: 'expected object, received function' }]);
  });
});
