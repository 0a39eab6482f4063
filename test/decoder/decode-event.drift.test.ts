// Events shaped by earlier versions of the SaaSus specs: they parse in the default mode, and strict
// mode reports exactly their drift from today's spec, judged by the day of the call
// (missing_since, removed_field, undeclared_null); operations removed from the specs, or moved,
// still decode as calls of the operation.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shapeNamed } from '../../src/catalogue/catalogue.js';
import { getOperation } from '../../src/catalogue/get-operation.js';
import { isFailedCall, parseEvent, safeParseEvent } from '../../src/index.js';
import { sampleValue } from '../../src/testing/sample-value.js';
import { callEvent } from '../support/history-events.js';

type Json = Record<string, unknown>;

const driftDir = new URL('../support/drift-events/', import.meta.url);

function loadDrift(name: string): Json {
  return JSON.parse(readFileSync(new URL(name, driftDir), 'utf8')) as Json;
}

/** The event with the call's `date_time` (and `date`) moved to another day. */
function calledOn(event: Json, day: string): Json {
  const detail = event.detail as Json;
  const log = JSON.parse(detail.event as string) as Json;
  return { ...event, detail: { ...detail, event: JSON.stringify({ ...log, date_time: `${day}T02:22:58Z`, date: day }) } };
}

function strictIssues(event: Json): string[] {
  const result = safeParseEvent(event, { strict: true });
  return result.success ? [] : result.error.issues.map((i) => `${i.code} ${i.path.join('.')}`);
}

const expectedDrift: Record<string, string[]> = {
  'create_tenant_user.without-sign-in-id.json': ['missing_since detail.event.response_body.sign_in_id'],
  'delete_saas_user.200-empty-body.json': ['missing_since detail.event.response_body'],
  'update_tenant_identity_provider.props-null.json': ['undeclared_null detail.event.request_body.identity_provider_props'],
};

describe('named drift events (test/support/drift-events)', () => {
  it('are the three listed', () => {
    expect(readdirSync(driftDir).filter((f) => f.endsWith('.json')).sort()).toEqual(Object.keys(expectedDrift).sort());
  });

  for (const [name, drift] of Object.entries(expectedDrift)) {
    it(`${name} parses in the default mode; strict mode reports exactly its drift`, () => {
      const event = loadDrift(name);
      expect(() => parseEvent(event)).not.toThrow();
      expect(strictIssues(event)).toEqual(drift);
    });
  }

  it('strict mode names the date since which SaaSus sends what is missing', () => {
    const result = safeParseEvent(loadDrift('create_tenant_user.without-sign-in-id.json'), { strict: true });
    expect(result.success ? '' : result.error.issues[0]?.message).toContain('since 2026-02-16');
    const empty = safeParseEvent(loadDrift('delete_saas_user.200-empty-body.json'), { strict: true });
    expect(empty.success ? '' : empty.error.issues[0]?.message).toContain('since 2026-02-16');
  });

  it('a call made before the field or body was added is not drift, even in strict mode; a null is', () => {
    expect(strictIssues(calledOn(loadDrift('create_tenant_user.without-sign-in-id.json'), '2025-12-01'))).toEqual([]);
    expect(strictIssues(calledOn(loadDrift('delete_saas_user.200-empty-body.json'), '2025-12-01'))).toEqual([]);
    expect(strictIssues(calledOn(loadDrift('update_tenant_identity_provider.props-null.json'), '2025-12-01'))).toEqual(
      expectedDrift['update_tenant_identity_provider.props-null.json'],
    );
  });

  it('keeps identity_provider_props null in the decoded event', () => {
    const event = parseEvent(loadDrift('update_tenant_identity_provider.props-null.json'));
    expect((event.detail.event.request_body as Json).identity_provider_props).toBeNull();
  });
});

describe('fields of earlier versions', () => {
  const settings = (date: string, extra: Json): Json =>
    callEvent({
      eventType: 'get_api_gateway_settings',
      method: 'GET',
      uri: '/v1/apigateway/settings',
      status: '200',
      date,
      response: { ...(sampleValue(shapeNamed('ApiGatewaySettings')) as Json), ...extra },
    });

  it('are known, never unknown_field; strict mode reports them removed in a call made since', () => {
    const old = settings('2025-01-10', { allowed_ips: ['10.0.0.1'] });
    expect(() => parseEvent(old)).not.toThrow();
    // Before 2025-04-07, allowed_ips was in the schema; the fields added since were not.
    expect(strictIssues(old)).toEqual([]);
    const recent = settings('2026-01-10', { allowed_ips: ['10.0.0.1'] });
    expect(() => parseEvent(recent)).not.toThrow();
    expect(strictIssues(recent)).toEqual(['removed_field detail.event.response_body.allowed_ips']);
  });

  it('fields added later may be missing from an old call; a required field may not be null', () => {
    const value = sampleValue(shapeNamed('ApiGatewaySettings')) as Json;
    delete value.rest_api_endpoint;
    const old = callEvent({ eventType: 'get_api_gateway_settings', method: 'GET', uri: '/v1/apigateway/settings', status: '200', date: '2025-01-10', response: value });
    expect(strictIssues(old)).toEqual([]);
    const nullRequired = callEvent({
      eventType: 'get_api_gateway_settings',
      method: 'GET',
      uri: '/v1/apigateway/settings',
      status: '200',
      date: '2025-01-10',
      response: { ...value, saas_vpc_id: null },
    });
    const result = safeParseEvent(nullRequired);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual(['invalid_type detail.event.response_body.saas_vpc_id']);
  });
});

describe('operations of earlier versions', () => {
  it('an old path of a moved operation decodes as that operation (CreateApiKey before 2025-04-07, no request body)', () => {
    const event = parseEvent(
      callEvent({
        eventType: 'create_api_key',
        method: 'POST',
        uri: '/v1/apigateway/tenants/t1/api-key',
        status: '201',
        date: '2025-01-10',
        response: { api_key: 'k1' },
      }),
      { strict: true },
    );
    expect(getOperation(event)).toMatchObject({ api: 'apigateway', operationId: 'CreateApiKey', pathTemplate: '/v1/apigateway/tenants/{tenant_id}/api-key', pathParams: { tenant_id: 't1' } });
  });

  it('today\'s CreateApiKey without a request body is drift only for a call made since 2025-04-07', () => {
    const call = (date: string) =>
      callEvent({ eventType: 'create_api_key', method: 'POST', uri: '/v1/apigateway/api-keys', status: '201', date, response: sampleValue(shapeNamed('ApiKey')) });
    expect(() => parseEvent(call('2026-01-10'))).not.toThrow();
    expect(strictIssues(call('2026-01-10'))).toEqual(['missing_since detail.event.request_body']);
    expect(strictIssues(call('2025-01-10'))).toEqual([]);
  });

  it('removed operations decode as known calls: ReturnInternalServerError of auth, GetAllowedIps and UpdateAllowedIps', () => {
    const failed = parseEvent(
      callEvent({ eventType: 'return_internal_server_error', method: 'GET', uri: '/v1/auth/errors/internal-server-error', status: '500', date: '2024-03-01', response: { type: 'internal_server_error', message: 'x' } }),
      { strict: true },
    );
    expect(isFailedCall(failed)).toBe(true);
    expect(getOperation(failed)).toMatchObject({ api: 'auth', operationId: 'ReturnInternalServerError' });
    const allowed = parseEvent(
      callEvent({ eventType: 'update_allowed_ips', method: 'PATCH', uri: '/v1/apigateway/tenants/t1/allowed-ips', status: '200', date: '2025-05-01', request: { allowed_ips: ['10.0.0.1'] } }),
      { strict: true },
    );
    expect(allowed.detail.event_type).toBe('update_allowed_ips');
    expect(getOperation(allowed)).toMatchObject({ operationId: 'UpdateAllowedIps' });
    const invalid = safeParseEvent(
      callEvent({ eventType: 'get_allowed_ips', method: 'GET', uri: '/v1/apigateway/tenants/t1/allowed-ips', status: '200', date: '2025-05-01', response: { allowed_ips: 'x' } }),
    );
    // Still validated against the schema of its day.
    expect(invalid.success ? [] : invalid.error.issues.map((i) => i.path.join('.'))).toEqual(['detail.event.response_body.allowed_ips']);
  });
});
