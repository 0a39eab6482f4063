import { describe, expect, it } from 'vitest';
import { eventTypes, getOperation, isFailedCall, isKnownEventType, parseEvent, safeParseEvent, type SaasusEventType } from '../src/index.js';
import { createTestEvent } from '../src/testing/index.js';
import { toObjectForm } from './support/fixtures.js';

describe('createTestEvent', () => {
  it.each(eventTypes.map((name) => [name]))('builds a valid %s event in both forms', (name) => {
    const raw = createTestEvent(name as SaasusEventType);
    expect(typeof raw.detail.event).toBe('string');
    const parsed = parseEvent(raw);
    expect(safeParseEvent(raw, { strict: true }).success).toBe(true);
    expect(parsed.detail.event_type).toBe(name);
    expect(isKnownEventType(parsed) || isFailedCall(parsed)).toBe(true);
    const objectForm = createTestEvent(name as SaasusEventType, {}, { form: 'object' });
    expect(typeof objectForm.detail.event).toBe('object');
    expect(parseEvent(objectForm)).toEqual(parsed);
  });

  it('merges body overrides into valid defaults', () => {
    const event = parseEvent(createTestEvent('create_tenant', { response_body: { id: 'tenant-9', attributes: { plan: 'pro' } } }));
    expect(event.detail.event.response_body).toMatchObject({ id: 'tenant-9', attributes: { plan: 'pro' }, name: 'string', plan_histories: expect.any(Array) });
  });

  it('fills path parameters and lets the envelope be set', () => {
    const raw = createTestEvent('delete_tenant_user_role', { pathParams: { tenant_id: 't 1', role_name: 'admin' }, time: '2026-02-01T00:00:00Z', id: 'e-1' });
    const event = parseEvent(raw);
    expect(getOperation(event)?.pathParams).toEqual({ tenant_id: 't 1', user_id: 'test-user', env_id: 'test-env', role_name: 'admin' });
    expect(event.time).toBe('2026-02-01T00:00:00Z');
    expect(event.id).toBe('e-1');
  });

  it('builds the operation asked for by key, where two share a name', () => {
    const raw = createTestEvent('apigateway.UpdateTenant');
    expect(getOperation(parseEvent(raw))?.api).toBe('apigateway');
    expect(getOperation(parseEvent(createTestEvent('update_tenant')))?.api).toBe('apigateway');
  });

  it('sends empty bodies for null or empty-string overrides, and failed calls on request', () => {
    const event = parseEvent(createTestEvent('create_tenant', { http_status: '404', response_body: null }));
    expect(isFailedCall(event)).toBe(true);
    expect(event.detail.event.response_body).toBeUndefined();
  });

  it('throws a RangeError for a name it does not know', () => {
    expect(() => createTestEvent('launch_rocket' as SaasusEventType)).toThrow(RangeError);
  });

  it('matches the object form the fixtures helpers produce', () => {
    const raw = createTestEvent('create_saas_user');
    expect(parseEvent(toObjectForm(raw as unknown as Record<string, unknown>))).toEqual(parseEvent(raw));
  });
});
