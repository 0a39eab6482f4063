// Operation matching, the date-time reader and the zod schemas, at the boundaries mutation
// testing found unpinned.
import { describe, expect, it } from 'vitest';
import {
  compareEventTime,
  getEventTime,
  getOperation,
  isOperation,
  parseEvent,
  safeParseEvent,
  type SaasusEvent,
} from '../../src/index.js';
import { apiCallLogSchema, getEventSchema, SaasusEventSchema } from '../../src/zod/index.js';
import { z } from 'zod';
import { loadFixture, withLogFields } from '../support/fixtures.js';

const tenant = loadFixture('samples/create_tenant.2026.string-form.json');
const sendTest = loadFixture('samples/create_eventbridge_test_event.console-send-test.json');
const activeUsers = loadFixture('operations/analysis/UpdateActiveUsers.json');
const identityProvider = loadFixture('operations/auth/UpdateTenantIdentityProvider.json');
const tenantRoles = loadFixture('operations/auth/CreateTenantUserRoles.json');

const operationAt = (method: string, uri: string) => {
  const event = parseEvent(withLogFields({ ...tenant, detail: { ...(tenant.detail as object), event_type: 'launch_rocket' } }, { request_method: method, uri }));
  const operation = getOperation(event as SaasusEvent);
  return operation === undefined ? undefined : { id: operation.operationId, params: operation.pathParams as Record<string, string> };
};

describe('operation matching', () => {
  it.each([
    ['GET', '/v1/auth/users/count', 'GetSaasUsersCount', {}],
    ['GET', '/v1/auth/users/u1', 'GetSaasUser', { user_id: 'u1' }],
    ['GET', '/v1/auth/tenants/all/users/u1', 'GetAllTenantUser', { user_id: 'u1' }],
    ['GET', '/v1/auth/tenants/t1/users/u1', 'GetTenantUser', { tenant_id: 't1', user_id: 'u1' }],
    ['GET', '/v1/auth/tenants/all/users', 'GetAllTenantUsers', {}],
    ['POST', '/v1/auth/tenants', 'CreateTenant', {}],
    ['POST', '/v1/auth/tenants/', 'CreateTenant', {}],
    ['POST', '/v1/auth/tenants?dry=1', 'CreateTenant', {}],
    ['POST', '/v1/auth/tenants#top', 'CreateTenant', {}],
    ['POST', '/v1/auth/tenants?a=1#/x/y', 'CreateTenant', {}],
    ['DELETE', '/v1/auth/tenants/a%2Fb', 'DeleteTenant', { tenant_id: 'a/b' }],
    ['DELETE', '/v1/auth/tenants/%E0%A4%A', 'DeleteTenant', { tenant_id: '%E0%A4%A' }],
    ['DELETE', '/v1/auth/tenants/t1?x=/a/b#c', 'DeleteTenant', { tenant_id: 't1' }],
  ])('%s %s is %s', (method, uri, id, params) => {
    expect(operationAt(method, uri)).toEqual({ id, params });
  });

  it.each([
    ['GET', '/v1/auth/tenants//users'],
    ['GET', 'v1/auth/users/count/extra'],
    ['DELETE', '/v1/auth/tenants/'],
    ['PATCH', '/v1/auth/tenants'],
    ['post', '/v1/auth/tenants'],
    ['Post', '/v1/auth/tenants'],
    ['GET', ''],
    ['GET', '/'],
  ])('%s %s is no operation', (method, uri) => {
    expect(operationAt(method, uri)).toBeUndefined();
  });

  it('a template parameter is matched whole, not taken as a literal "{user_id}"', () => {
    expect(operationAt('GET', '/v1/auth/users/{user_id}')).toEqual({ id: 'GetSaasUser', params: { user_id: '{user_id}' } });
  });

  it('isOperation is false for a failed call of that operation', () => {
    const failed = parseEvent(withLogFields(tenant, { http_status: '500', response_body: '' }));
    expect(isOperation(failed, 'auth.CreateTenant')).toBe(false);
    expect(isOperation(parseEvent(tenant), 'auth.CreateTenant')).toBe(true);
    expect(isOperation(parseEvent(tenant), 'apigateway.UpdateTenant')).toBe(false);
  });
});

describe('the date-time reader', () => {
  it('reads the year 0000', () => {
    expect(getEventTime({ time: '0000-01-01T00:00:00Z' })).toBe(-62_167_219_200_000);
  });

  it.each(['2026-04-31', '2026-06-31', '2026-09-31', '2026-11-31', '2026-02-29'])('%s does not exist', (date) => {
    expect(() => getEventTime({ time: `${date}T00:00:00Z` })).toThrow(TypeError);
    expect(getEventTime({ time: `${date.slice(0, 8)}30T00:00:00Z`.replace('02-30', '02-28') })).toBeGreaterThan(0);
  });

  it.each([
    '2026/05/19T02:22:58Z',
    '2026-05/19T02:22:58Z',
    '2026-05-19T02.22:58Z',
    '2026-05-19T02:22.58Z',
    '202/-05-19T02:22:58Z',
    '2026-05-19T02:22:5:Z',
    '2026-05-19T02:22:58.Z',
    '2026-05-19T02:22:58.1/Z',
    '2026-05-19T02:22:58X',
    '2026-05-19T02:22:58*09:00',
    '2026-05-19T02:22:58+09:0',
    '2026-05-19T02:22:58+09:000',
    '2026-05-19T02:22:58+09-00',
    '2026-05-19T02:22:58+9:00',
    '2026-05-19T02:22:58+0/:00',
    '2026-05-19T02:22:58+09:/0',
    '2026-05-19T02:22:58+-9:00',
    '2026-05-19T02:22:58Zx',
    '2026-05-19T2:22:58Z',
  ])('%s is not a date-time', (time) => {
    expect(() => getEventTime({ time })).toThrow(new TypeError('event.time is missing or not an RFC 3339 date-time'));
    expect(safeParseEvent({ ...tenant, time }).error?.issues).toEqual([{ code: 'invalid_format', path: ['time'], message: expect.any(String) }]);
  });

  it('a stored time that is an object is refused with the stored-time message', () => {
    expect(() => compareEventTime(tenant, {} as never)).toThrow(new TypeError('stored time is not a valid Date, RFC 3339 string or epoch milliseconds'));
  });
});

describe('decoding details', () => {
  it('a non-string event_type is one invalid_type issue, also in strict mode (bodies are not judged without one)', () => {
    const input = { ...tenant, detail: { ...(tenant.detail as object), event_type: 42 } };
    expect(safeParseEvent(input, { strict: true }).error?.issues).toEqual([{ code: 'invalid_type', path: ['detail', 'event_type'], message: 'expected string, received number' }]);
  });

  it.each(['request_method', 'uri', 'http_status'])('a non-string %s is one invalid_type issue (the operation is not looked up)', (key) => {
    expect(safeParseEvent(withLogFields(tenant, { [key]: 42 }), { strict: true }).error?.issues).toEqual([
      { code: 'invalid_type', path: ['detail', 'event', key], message: 'expected string, received number' },
    ]);
  });

  it('an alternative shape list of one reports the shape itself, without a no_matching_shape issue', () => {
    const body = { provider_type: 'SAML', identity_provider_props: { metadata_url: 'https://example.com' } };
    expect(safeParseEvent(withLogFields(identityProvider, { request_body: JSON.stringify(body) })).error?.issues).toEqual([
      { code: 'required', path: ['detail', 'event', 'request_body', 'identity_provider_props', 'email_attribute'], message: 'required field is missing (auth.UpdateTenantIdentityProvider request_body)' },
    ]);
  });

  it('fields a body object inherits are neither validated nor reported', () => {
    const body = Object.assign(Object.create({ drift: 1, name: 42 }) as object, { name: 'n', back_office_staff_email: 'e', attributes: {} });
    const log = JSON.parse((tenant.detail as { event: string }).event) as Record<string, unknown>;
    const input = { ...tenant, detail: { ...(tenant.detail as object), event: { ...log, request_body: body } } };
    expect(safeParseEvent(input, { strict: true }).error?.issues).toBeUndefined();
  });
});

describe('zod schemas', () => {
  it('getEventSchema takes 2xx calls only, with the 2xx message; a status that is none is parseEvent\'s issue', () => {
    const schema = getEventSchema('create_tenant');
    expect(schema.safeParse(tenant).success).toBe(true);
    for (const status of ['301', '400', '500', '199']) {
      const result = schema.safeParse(withLogFields(tenant, { http_status: status, response_body: '{"type":"t","message":"m"}' }));
      expect(result.error?.issues.map((issue) => issue.message)).toEqual(['expected a 2xx HTTP status: the schema of create_tenant describes its successful calls']);
    }
    for (const status of ['2011', '1201', '600']) {
      const result = schema.safeParse(withLogFields(tenant, { http_status: status }));
      expect(result.error?.issues.map((issue) => issue.message)).toEqual(['expected a three-digit HTTP status from "100" to "599"']);
    }
  });

  it('getEventSchema accepts the alternative spellings of an event_type, and only its own names', () => {
    const schema = getEventSchema('create_eventbridge_test_event');
    expect(schema.safeParse(sendTest).success).toBe(true);
    expect(schema.safeParse({ ...sendTest, detail: { ...(sendTest.detail as object), event_type: 'create_event_bridge_test_event' } }).data?.detail).toMatchObject({
      event_type: 'create_eventbridge_test_event',
      received_event_type: 'create_event_bridge_test_event',
    });
    expect(schema.safeParse({ ...sendTest, detail: { ...(sendTest.detail as object), event_type: 'CreateEventBridgeTestEvent' } }).success).toBe(true);
    expect(schema.safeParse({ ...sendTest, detail: { ...(sendTest.detail as object), event_type: 'create_tenant' } }).success).toBe(false);
    expect(getEventSchema('create_tenant').safeParse({ ...tenant, detail: { ...(tenant.detail as object), event_type: 'create_tenants' } }).success).toBe(false);
  });

  it('getEventSchema requires a required request body and a success body, and takes none where there is none', () => {
    expect(getEventSchema('update_active_users').safeParse(activeUsers).success).toBe(true);
    expect(getEventSchema('update_active_users').safeParse(withLogFields(activeUsers, { request_body: '' })).success).toBe(false);
    expect(getEventSchema('update_active_users').safeParse(withLogFields(activeUsers, { request_body: '{"type":"daily"}' })).success).toBe(false);
    expect(getEventSchema('create_tenant').safeParse(withLogFields(tenant, { response_body: '' })).success).toBe(false);
    expect(getEventSchema('create_tenant_user_roles').safeParse(withLogFields(tenantRoles, { response_body: '' })).success).toBe(true);
    expect(getEventSchema('create_tenant_user_roles').safeParse(withLogFields(tenantRoles, { request_body: '{"role_names":[1]}' })).success).toBe(false);
    expect(getEventSchema('create_eventbridge_test_event').safeParse(withLogFields(sendTest, { request_body: '{"any":1}' })).success).toBe(true);
  });

  it('getEventSchema checks numbers, integers, booleans and enums by type, and reports broken JSON without its text', () => {
    const schema = getEventSchema('update_active_users');
    const body = JSON.parse(JSON.parse((activeUsers.detail as { event: string }).event).request_body) as Record<string, unknown>;
    const withBody = (changes: Record<string, unknown>) => withLogFields(activeUsers, { request_body: JSON.stringify({ ...body, ...changes }) });
    expect(schema.safeParse(withBody({ active_users: 1.5 })).success).toBe(false);
    expect(schema.safeParse(withBody({ type: 7 })).success).toBe(false);
    expect(schema.safeParse(withBody({ type: 'hourly' })).success).toBe(true);
    const broken = schema.safeParse(withLogFields(activeUsers, { request_body: '{"s3cr3t' }));
    expect(broken.error!.issues).toContainEqual(expect.objectContaining({ message: 'expected a JSON string, but it is not valid JSON', path: ['detail', 'event', 'request_body'] }));
    expect(JSON.stringify(broken.error)).not.toContain('s3cr3t');
  });

  it('an unknown event type is a RangeError that names it', () => {
    expect(() => getEventSchema('launch_rocket' as never)).toThrow(new RangeError('unknown SaaSus event type "launch_rocket"'));
  });

  it('SaasusEventSchema gives each decoder issue as a custom zod issue with its code and path', () => {
    const result = SaasusEventSchema.safeParse(withLogFields(tenant, { http_status: 201 }));
    expect(result.error!.issues).toEqual([
      expect.objectContaining({ code: 'custom', path: ['detail', 'event', 'http_status'], message: 'expected string, received number', params: { saasus: 'invalid_type' } }),
    ]);
  });

  it('apiCallLogSchema takes three-digit statuses from 100 to 599 only', () => {
    const schema = apiCallLogSchema(z.unknown(), z.unknown());
    const log = JSON.parse((tenant.detail as { event: string }).event) as Record<string, unknown>;
    for (const status of ['100', '201', '599']) expect(schema.safeParse({ ...log, http_status: status }).success).toBe(true);
    for (const status of ['099', '600', '2011', ' 201', '2x1', '20x', 'x01']) {
      const result = schema.safeParse({ ...log, http_status: status });
      expect(result.success).toBe(false);
      expect(result.error!.issues[0]!.message).toBe('expected a three-digit HTTP status from "100" to "599"');
    }
  });
});
