import { describe, expect, it } from 'vitest';
import {
  eventTypes,
  getOperation,
  isFailedCall,
  isKnownEventType,
  parseEvent,
  safeParseEvent,
  type SaasusOperationKey,
} from '../../src/index.js';
import { catalogueOperations } from '../../src/catalogue/catalogue.js';
import { createTestEvent } from '../../src/testing/index.js';
import { toObjectForm } from '../support/fixtures.js';

const operations = catalogueOperations();
const keyOf = (operation: (typeof operations)[number]) => `${operation.api}.${operation.operationId}` as SaasusOperationKey;
// One per operation key: a moved operation's old path (after today's in the catalogue) is the same operation.
const operationsNamed = (name: string) =>
  operations.filter((operation, index) => operation.eventTypes.includes(name) && operations.findIndex((o) => o.api === operation.api && o.operationId === operation.operationId) === index);
const uniqueNames = eventTypes.filter((name) => operationsNamed(name).length === 1);
const sharedNames = eventTypes.filter((name) => operationsNamed(name).length > 1);

describe('createTestEvent', () => {
  it.each(uniqueNames.map((name) => [name]))('builds a valid %s event in both forms', (name) => {
    const raw = createTestEvent(name as 'create_tenant');
    expect(typeof raw.detail.event).toBe('string');
    expect(raw.detail.event_type).toBe(name);
    const parsed = parseEvent(raw);
    expect(safeParseEvent(raw, { strict: true }).success).toBe(true);
    expect(parsed.detail.event_type).toBe(operationsNamed(name)[0]!.eventTypes[0]);
    expect(parsed.detail.received_event_type).toBe(name);
    expect(isKnownEventType(parsed) || isFailedCall(parsed)).toBe(true);
    const objectForm = createTestEvent(name as 'create_tenant', {}, { form: 'object' });
    expect(typeof objectForm.detail.event).toBe('object');
    expect(parseEvent(objectForm)).toEqual(parsed);
  });

  it.each(operations.map((operation) => [keyOf(operation), operation]))('builds a valid %s event by operation key', (key, operation) => {
    const parsed = parseEvent(createTestEvent(key));
    expect(safeParseEvent(createTestEvent(key), { strict: true }).success).toBe(true);
    expect(parsed.detail.event_type).toBe(operation.eventTypes[0]);
    expect(getOperation(parsed)).toMatchObject({ api: operation.api, operationId: operation.operationId });
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

  it('builds today\'s path of a moved operation by name and by key', () => {
    for (const name of ['create_api_key', 'apigateway.CreateApiKey'] as const) {
      expect(getOperation(parseEvent(createTestEvent(name)))?.pathTemplate).toBe('/v1/apigateway/api-keys');
    }
  });

  it('builds the operation asked for by key, where two share a name', () => {
    expect(getOperation(parseEvent(createTestEvent('apigateway.UpdateTenant')))?.api).toBe('apigateway');
    expect(getOperation(parseEvent(createTestEvent('auth.UpdateTenant')))?.api).toBe('auth');
    expect(createTestEvent('auth.UpdateTenant').detail.event_type).toBe('update_tenant');
  });

  it.each(sharedNames.map((name) => [name]))('refuses %s, a name two operations share, naming their keys', (name) => {
    const keys = operationsNamed(name).map(keyOf);
    // Two APIs share update_tenant; return_internal_server_error names nine (eight of earlier versions).
    expect(keys.length).toBe(name === 'return_internal_server_error' ? 9 : 2);
    expect(() => createTestEvent(name as never)).toThrow(RangeError);
    expect(() => createTestEvent(name as never)).toThrow(`pass the operation key, ${keys.map((key) => `"${key}"`).join(' or ')}`);
  });

  it('builds a failed call with the SaaSus error body, typed without a cast', () => {
    const event = parseEvent(createTestEvent('create_tenant', { http_status: '409', response_body: { type: 'tenant_exists', message: 'exists' } }));
    expect(isFailedCall(event)).toBe(true);
    expect(event.detail.event.http_status).toBe('409');
    expect(event.detail.event.response_body).toEqual({ type: 'tenant_exists', message: 'exists' });
    expect(safeParseEvent(createTestEvent('create_tenant', { http_status: '500', response_body: { message: 'boom' } }), { strict: true }).success).toBe(true);
  });

  it('fills a failed call with a valid error body by default, for any 4xx or 5xx', () => {
    for (const status of ['400', '404', '500', '503'] as const) {
      const raw = createTestEvent('delete_tenant', { http_status: status });
      const event = parseEvent(raw);
      expect(isFailedCall(event)).toBe(true);
      expect(event.detail.event.response_body).toEqual({ type: 'string', message: 'string' });
      expect(safeParseEvent(raw, { strict: true }).success).toBe(true);
    }
  });

  it('sends empty bodies for null or empty-string overrides', () => {
    const event = parseEvent(createTestEvent('create_tenant', { http_status: '404', response_body: null }));
    expect(isFailedCall(event)).toBe(true);
    expect(event.detail.event.response_body).toBeUndefined();
    expect(parseEvent(createTestEvent('create_tenant', { request_body: '' })).detail.event.request_body).toBeUndefined();
  });

  it('keeps the spelling asked for in the raw event; the decoded event has the canonical name beside it', () => {
    const raw = createTestEvent('create_event_bridge_test_event');
    expect(raw.detail.event_type).toBe('create_event_bridge_test_event');
    expect(parseEvent(raw).detail).toMatchObject({
      event_type: 'create_eventbridge_test_event',
      received_event_type: 'create_event_bridge_test_event',
    });
  });

  it('throws a RangeError for a name or key it does not know', () => {
    expect(() => createTestEvent('launch_rocket' as 'create_tenant')).toThrow(RangeError);
    expect(() => createTestEvent('auth.LaunchRocket' as SaasusOperationKey)).toThrow('unknown SaaSus event type or operation "auth.LaunchRocket"');
  });

  it('derives log_id, id and trace_id from the call: built alike, the same call; anything different, another', () => {
    const ids = (raw: ReturnType<typeof createTestEvent>) => {
      const event = parseEvent(raw);
      return [event.detail.event.log_id, event.id, event.detail.trace_id];
    };
    const first = ids(createTestEvent('delete_tenant', { time: '2026-05-19T02:22:58Z' }));
    expect(ids(createTestEvent('delete_tenant', { time: '2026-05-19T02:22:58Z' }))).toEqual(first);
    expect(new Set(first).size).toBe(3);
    for (const other of [
      createTestEvent('delete_tenant', { time: '2026-05-19T02:22:59Z' }),
      createTestEvent('delete_tenant', { time: '2026-05-19T02:22:58Z', pathParams: { tenant_id: 'tenant-2' } }),
      createTestEvent('create_tenant', { time: '2026-05-19T02:22:58Z' }),
      createTestEvent('delete_tenant', { time: '2026-05-19T02:22:58Z', http_status: '404' }),
    ]) {
      expect(ids(other).every((id, index) => id !== first[index])).toBe(true);
    }
  });

  it('keeps a log_id given, and derives the other ids from it', () => {
    const a = parseEvent(createTestEvent('delete_tenant', { log: { log_id: 'log-1' } }));
    const b = parseEvent(createTestEvent('delete_tenant', { time: '2026-05-19T02:22:58Z', log: { log_id: 'log-1' } }));
    expect(a.detail.event.log_id).toBe('log-1');
    expect(b.id).toBe(a.id);
    expect(b.detail.trace_id).toBe(a.detail.trace_id);
    expect(parseEvent(createTestEvent('delete_tenant', { id: 'eb-1', trace_id: 't-1' }))).toMatchObject({ id: 'eb-1', detail: { trace_id: 't-1' } });
  });

  it('matches the object form the fixtures helpers produce', () => {
    const raw = createTestEvent('create_saas_user');
    expect(parseEvent(toObjectForm(raw as unknown as Record<string, unknown>))).toEqual(parseEvent(raw));
  });
});
