import { describe, expect, it } from 'vitest';
import {
  eventTypes,
  getOperation,
  isEventType,
  isFailedCall,
  isKnownEventType,
  isOperation,
  parseEvent,
  safeParseEvent,
  type SaasusEventType,
} from '../../src/index.js';
import { loadFixture, withLogFields } from '../support/fixtures.js';

const base = loadFixture('samples/create_tenant.2026.string-form.json');

function eventFor(eventType: string, method: string, uri: string, fields: Record<string, unknown> = {}) {
  const withType = { ...base, detail: { ...(base.detail as object), event_type: eventType } };
  return parseEvent(withLogFields(withType, { request_method: method, uri, request_body: '', response_body: '', ...fields }));
}

// A failed GET: its empty body is valid whatever the operation answers on success.
function failedGet(eventType: string, uri: string) {
  return eventFor(eventType, 'GET', uri, { http_status: '404' });
}

describe('getOperation', () => {
  it('finds the operation of a published sample', () => {
    expect(getOperation(parseEvent(base))).toEqual({
      api: 'auth',
      operationId: 'CreateTenant',
      method: 'POST',
      pathTemplate: '/v1/auth/tenants',
      pathParams: {},
    });
  });

  it('returns the four URL-decoded path parameters of DeleteTenantUserRole', () => {
    const event = eventFor('delete_tenant_user_role', 'DELETE', '/v1/auth/tenants/t-1/users/u-2/envs/3/roles/admin%20role%2Fx');
    expect(getOperation(event)).toMatchObject({
      operationId: 'DeleteTenantUserRole',
      pathParams: { tenant_id: 't-1', user_id: 'u-2', env_id: '3', role_name: 'admin role/x' },
    });
    expect(isKnownEventType(event)).toBe(true);
  });

  it('lets a literal segment win over a parameter', () => {
    expect(getOperation(failedGet('get_saas_users_count', '/v1/auth/users/count'))?.operationId).toBe('GetSaasUsersCount');
    expect(getOperation(failedGet('get_saas_user', '/v1/auth/users/count-me'))).toMatchObject({
      operationId: 'GetSaasUser',
      pathParams: { user_id: 'count-me' },
    });
    expect(getOperation(failedGet('get_all_tenant_users', '/v1/auth/tenants/all/users'))?.operationId).toBe('GetAllTenantUsers');
    expect(getOperation(failedGet('get_tenant_users', '/v1/auth/tenants/alt/users'))?.pathParams).toEqual({ tenant_id: 'alt' });
  });

  it('ignores a query string and a trailing slash', () => {
    expect(getOperation(failedGet('get_saas_user', '/v1/auth/users/u-1/?expand=all'))).toMatchObject({
      operationId: 'GetSaasUser',
      pathParams: { user_id: 'u-1' },
    });
  });

  it('keeps a value that is not valid URL encoding as received', () => {
    expect(getOperation(failedGet('get_saas_user', '/v1/auth/users/%E0%A4%A'))?.pathParams).toEqual({ user_id: '%E0%A4%A' });
  });

  it('returns undefined when no operation has that method and path', () => {
    expect(getOperation(eventFor('create_tenant', 'PATCH', '/v1/auth/tenants'))).toBeUndefined();
    expect(getOperation(eventFor('create_tenant', 'POST', '/v2/rockets'))).toBeUndefined();
  });

  it('tells apart the two operations named update_tenant', () => {
    const auth = eventFor('update_tenant', 'PATCH', '/v1/auth/tenants/t-1', { request_body: '{"name":"n","attributes":{},"back_office_staff_email":"e"}' });
    expect(getOperation(auth)?.api).toBe('auth');
    expect(isOperation(auth, 'auth.UpdateTenant')).toBe(true);
    expect(isOperation(auth, 'apigateway.UpdateTenant')).toBe(false);
  });
});

describe('event types', () => {
  it('lists canonical names and alternative spellings, sorted and unique', () => {
    expect(eventTypes).toContain('create_tenant');
    expect(eventTypes).toContain('create_eventbridge_test_event');
    expect(eventTypes).toContain('create_event_bridge_test_event');
    expect([...eventTypes].sort()).toEqual(eventTypes);
    expect(new Set(eventTypes).size).toBe(eventTypes.length);
    expect(Object.isFrozen(eventTypes)).toBe(true);
  });

  it('recognises an alternative spelling as the same operation: the canonical name in event_type, the name as received beside it', () => {
    const event = eventFor('create_event_bridge_test_event', 'POST', '/v1/integration/eventbridge/test-event');
    expect(event.detail.event_type).toBe('create_eventbridge_test_event');
    expect(event.detail.received_event_type).toBe('create_event_bridge_test_event');
    expect(isKnownEventType(event)).toBe(true);
    expect(getOperation(event)?.operationId).toBe('CreateEventBridgeTestEvent');
    expect(safeParseEvent(event, { strict: false }).success).toBe(true);
  });

  it('keeps the canonical name as received too', () => {
    const event = eventFor('create_eventbridge_test_event', 'POST', '/v1/integration/eventbridge/test-event');
    expect(event.detail).toMatchObject({ event_type: 'create_eventbridge_test_event', received_event_type: 'create_eventbridge_test_event' });
  });

  it.each([
    ['CREATE_APIGATEWAY', 'POST', '/v1/apigateway/create', 'create_api_gateway'],
    ['createapigateway', 'POST', '/v1/apigateway/create', 'create_api_gateway'],
    ['CreateApiGateway', 'POST', '/v1/apigateway/create', 'create_api_gateway'],
    ['create_eventbridge_test__event', 'POST', '/v1/integration/eventbridge/test-event', 'create_eventbridge_test_event'],
  ])('lets the operation decide: %s, a spelling nobody listed, names %s %s (%s)', (eventType, method, uri, canonical) => {
    const event = eventFor(eventType, method, uri);
    expect(isKnownEventType(event)).toBe(true);
    expect(event.detail.event_type).toBe(canonical);
    expect(event.detail.received_event_type).toBe(eventType);
    expect(isEventType(event, canonical as SaasusEventType)).toBe(true);
  });

  it('reports a spelling the catalogue does not list in strict mode only, at detail.event_type, without quoting it', () => {
    const withType = { ...base, detail: { ...(base.detail as object), event_type: 'createapigateway' } };
    const raw = withLogFields(withType, { request_method: 'POST', uri: '/v1/apigateway/create', request_body: '', response_body: '' });
    expect(safeParseEvent(raw).success).toBe(true);
    const issues = safeParseEvent(raw, { strict: true }).error?.issues ?? [];
    expect(issues).toEqual([
      {
        code: 'unlisted_event_type',
        path: ['detail', 'event_type'],
        message: 'event_type names apigateway.CreateApiGateway in a spelling the catalogue does not list (it lists "create_api_gateway", "create_apigateway")',
      },
    ]);
    expect(issues[0]!.message).not.toContain('createapigateway');
  });

  it('accepts every listed spelling in strict mode', () => {
    for (const eventType of ['create_api_gateway', 'create_apigateway']) {
      const withType = { ...base, detail: { ...(base.detail as object), event_type: eventType } };
      const raw = withLogFields(withType, { request_method: 'POST', uri: '/v1/apigateway/create', request_body: '', response_body: '' });
      expect(safeParseEvent(raw, { strict: true }).success).toBe(true);
    }
  });

  it('gives a failed call the canonical name too', () => {
    const event = eventFor('get_userinfo', 'GET', '/v1/auth/userinfo', { http_status: '401' });
    expect(isFailedCall(event)).toBe(true);
    expect(event.detail).toMatchObject({ event_type: 'get_user_info', received_event_type: 'get_userinfo' });
  });

  it('does not take a name of another operation, in any spelling, for the called one', () => {
    const event = eventFor('Create_Tenant', 'POST', '/v1/integration/eventbridge/test-event');
    expect(isKnownEventType(event)).toBe(false);
    expect(event.detail).toMatchObject({ event_type: 'Create_Tenant', received_event_type: 'Create_Tenant' });
    expect(safeParseEvent(event, { strict: true }).error?.issues).toContainEqual(
      expect.objectContaining({ code: 'operation_mismatch', path: ['detail', 'event_type'] }),
    );
  });

  it('calls a name that no operation has in any spelling unknown, not mismatched', () => {
    const event = eventFor('create_rocket', 'POST', '/v1/auth/tenants');
    expect(isKnownEventType(event)).toBe(false);
    expect(event.detail).toMatchObject({ event_type: 'create_rocket', received_event_type: 'create_rocket' });
    expect(safeParseEvent(event, { strict: true }).error?.issues).toContainEqual(
      expect.objectContaining({ code: 'unknown_event_type', path: ['detail', 'event_type'] }),
    );
  });
});
