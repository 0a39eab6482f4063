import { describe, expect, it } from 'vitest';
import { catalogueOperations } from '../../src/catalogue/catalogue.js';
import { parseEvent, type SaasusEventIssue, safeParseEvent } from '../../src/index.js';
import { ENVELOPE_STRING_FIELDS, LOG_STRING_FIELDS } from '../../src/envelope/event-format.js';
import { createTestEvent } from '../../src/testing/index.js';
import { loadFixture, toObjectForm, withLogFields } from '../support/fixtures.js';

const tenant = loadFixture('samples/create_tenant.2026.string-form.json');
const activeUsers = loadFixture('operations/analysis/UpdateActiveUsers.json');
const pricingUnit = loadFixture('operations/pricing/CreatePricingUnit.json');
const saasUsers = loadFixture('operations/auth/GetSaasUsers.json');
const issuesOf = (input: unknown, strict = false): readonly SaasusEventIssue[] => safeParseEvent(input, { strict }).error?.issues ?? [];

const bodyOf = (event: Record<string, unknown>, key: 'request_body' | 'response_body') =>
  JSON.parse(JSON.parse((event.detail as { event: string }).event)[key]) as Record<string, unknown>;
const withRequest = (event: Record<string, unknown>, body: unknown) => withLogFields(event, { request_body: JSON.stringify(body) });

describe("the decoder's unrolled reads", () => {
  it.each(LOG_STRING_FIELDS)('report %s missing or not a string', (field) => {
    const log = JSON.parse(createTestEvent('create_tenant').detail.event as string) as Record<string, unknown>;
    const event = (value: unknown) => ({ ...createTestEvent('create_tenant'), detail: { ...createTestEvent('create_tenant').detail, event: { ...log, [field]: value } } });
    const missing = safeParseEvent(event(undefined));
    const number = safeParseEvent(event(1));
    expect(missing.error?.issues).toEqual([{ code: 'required', path: ['detail', 'event', field], message: 'required field is missing' }]);
    expect(number.error?.issues).toEqual([{ code: 'invalid_type', path: ['detail', 'event', field], message: 'expected string, received number' }]);
  });

  it.each(ENVELOPE_STRING_FIELDS)('report %s of the envelope missing', (field) => {
    const { [field]: _dropped, ...event } = createTestEvent('create_tenant');
    expect(safeParseEvent(event).error?.issues).toEqual([{ code: 'required', path: [field], message: 'required field is missing' }]);
  });
});

describe('messages name types, never values', () => {
  it.each([
    [null, 'null'],
    [[1], 'array'],
    [{ a: 1 }, 'object'],
    [true, 'boolean'],
    [1, 'number'],
  ])('%j is called %s', (value, name) => {
    expect(issuesOf(withLogFields(tenant, { api_key: value }))).toEqual([{ code: 'invalid_type', path: ['detail', 'event', 'api_key'], message: `expected string, received ${name}` }]);
  });

  it('a whole input that is not an object says what it is', () => {
    expect(issuesOf(42)).toEqual([{ code: 'invalid_type', path: [], message: 'expected an EventBridge event object or its JSON string, received number' }]);
    expect(issuesOf('[1]')).toEqual([{ code: 'invalid_type', path: [], message: 'expected an EventBridge event object or its JSON string, received array' }]);
  });

  it('JSON that is empty or only whitespace is called empty; other broken JSON is called invalid', () => {
    const empty = { code: 'invalid_json', path: [], message: 'expected JSON, received an empty string' };
    expect(issuesOf('')).toEqual([empty]);
    expect(issuesOf(' \n\t')).toEqual([empty]);
    expect(issuesOf('{')).toEqual([{ ...empty, message: 'expected a JSON string, but it is not valid JSON' }]);
    expect(issuesOf(withLogFields(tenant, { request_body: '  ' }))).toEqual([{ ...empty, path: ['detail', 'event', 'request_body'] }]);
    expect(issuesOf(withLogFields(tenant, { response_body: '{' }))).toEqual([
      { code: 'invalid_json', path: ['detail', 'event', 'response_body'], message: 'expected a JSON string, but it is not valid JSON' },
    ]);
  });

  it('an unreadable input says so, at the field being read', () => {
    const input = { ...tenant };
    Object.defineProperty(input, 'id', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expect(issuesOf(input)).toEqual([{ code: 'unreadable_input', path: ['id'], message: 'the input could not be read as JSON data' }]);
  });
});

describe('keys in paths', () => {
  it('are kept up to 64 characters and clipped with an ellipsis beyond', () => {
    const exact = 'k'.repeat(64);
    const long = 'k'.repeat(65);
    expect(issuesOf({ ...tenant, [exact]: 1 }, true)[0]!.path).toEqual([exact]);
    expect(issuesOf({ ...tenant, [long]: 1 }, true)[0]!.path).toEqual([`${exact}…`]);
  });
});

describe('strict mode', () => {
  it('reports a detail-type other than api_call and a source outside SaaSus, and nothing for the real ones', () => {
    expect(issuesOf({ ...tenant, 'detail-type': 'other', source: 'aws.partner/other/event' }, true)).toEqual([
      { code: 'unexpected_value', path: ['detail-type'], message: 'SaaSus sends "api_call" here' },
      { code: 'unexpected_value', path: ['source'], message: 'SaaSus sources start with "aws.partner/saasus.io/"' },
    ]);
    expect(issuesOf({ ...tenant, source: 'aws.partner/saasus.io/x/event' }, true)).toEqual([]);
    expect(issuesOf({ ...tenant, 'detail-type': 1, source: 2 }, true).map((issue) => issue.code)).toEqual(['invalid_type', 'invalid_type']);
  });

  it('names the drift: unknown fields, event types and the operation a mismatched event_type belongs to', () => {
    expect(issuesOf({ ...tenant, extra: 1 }, true)).toEqual([{ code: 'unknown_field', path: ['extra'], message: 'field is not in the SaaSus event format' }]);
    expect(issuesOf({ ...tenant, detail: { ...(tenant.detail as object), event_type: 'launch_rocket' } }, true)).toEqual([
      { code: 'unknown_event_type', path: ['detail', 'event_type'], message: 'event_type is not in the SaaSus catalogue' },
    ]);
    expect(issuesOf(withLogFields(tenant, { uri: '/v1/nowhere' }), true)).toEqual([
      { code: 'operation_mismatch', path: ['detail', 'event_type'], message: 'event_type does not belong to the operation that request_method and uri name (no SaaSus operation)' },
    ]);
    expect(issuesOf(withRequest(tenant, { ...bodyOf(tenant, 'request_body'), drift: 1 }), true)).toEqual([
      { code: 'unknown_field', path: ['detail', 'event', 'request_body', 'drift'], message: 'field is not in the SaaSus API schema (auth.CreateTenant request_body)' },
    ]);
  });

  it('reports an enum value the schema does not list, which default mode accepts', () => {
    const input = withRequest(activeUsers, { ...bodyOf(activeUsers, 'request_body'), type: 'hourly' });
    expect(issuesOf(input)).toEqual([]);
    expect(issuesOf(input, true)).toEqual([
      { code: 'unknown_enum_value', path: ['detail', 'event', 'request_body', 'type'], message: 'value is not one of the 2 values the SaaSus API schema lists (analysis.UpdateActiveUsers request_body)' },
    ]);
  });
});

describe('body schemas', () => {
  const activeBody = bodyOf(activeUsers, 'request_body');

  it('a required request body must be there; an optional one may be absent', () => {
    expect(issuesOf(withLogFields(activeUsers, { request_body: '' }))).toEqual([
      { code: 'required', path: ['detail', 'event', 'request_body'], message: 'analysis.UpdateActiveUsers requires a request body' },
    ]);
    const optional = catalogueOperations().find((operation) => operation.request !== undefined && operation.requestRequired !== true)!;
    const fixture = loadFixture(`operations/${optional.api}/${optional.operationId}.json`);
    expect(issuesOf(withLogFields(fixture, { request_body: '' }))).toEqual([]);
  });

  it('an operation without a request schema accepts and keeps any request body', () => {
    const withoutBody = catalogueOperations().find((operation) => operation.request === undefined && operation.method === 'DELETE')!;
    const fixture = loadFixture(`operations/${withoutBody.api}/${withoutBody.operationId}.json`);
    expect(parseEvent(withLogFields(fixture, { request_body: '{"anything":[1]}' })).detail.event.request_body).toEqual({ anything: [1] });
  });

  it('checks integers, enums and required fields, with each issue at its path and the operation named', () => {
    const input = withRequest(activeUsers, { ...activeBody, active_users: 1.5, type: 7, date: undefined });
    // Issues come in the schema's property order; which order is not part of the contract.
    const issues = issuesOf(input);
    expect(issues).toHaveLength(3);
    expect(issues).toEqual(expect.arrayContaining([
      { code: 'required', path: ['detail', 'event', 'request_body', 'date'], message: 'required field is missing (analysis.UpdateActiveUsers request_body)' },
      { code: 'invalid_type', path: ['detail', 'event', 'request_body', 'type'], message: 'expected string, received number (analysis.UpdateActiveUsers request_body)' },
      { code: 'invalid_type', path: ['detail', 'event', 'request_body', 'active_users'], message: 'expected integer, received non-integer number (analysis.UpdateActiveUsers request_body)' },
    ]));
    expect(issuesOf(withRequest(activeUsers, { ...activeBody, active_users: '100' }))[0]!.message).toBe('expected integer, received string (analysis.UpdateActiveUsers request_body)');
    expect(issuesOf(withRequest(activeUsers, { ...activeBody, active_users: 100 }))).toEqual([]);
  });

  it('an object or an array where the schema wants the other is an invalid_type', () => {
    expect(issuesOf(withRequest(activeUsers, [activeBody]))).toEqual([
      { code: 'invalid_type', path: ['detail', 'event', 'request_body'], message: 'expected object, received array (analysis.UpdateActiveUsers request_body)' },
    ]);
    const users = bodyOf(saasUsers, 'response_body');
    expect(issuesOf(withLogFields(saasUsers, { response_body: JSON.stringify({ ...users, users: { 0: (users.users as unknown[])[0] } }) }))).toEqual([
      { code: 'invalid_type', path: ['detail', 'event', 'response_body', 'users'], message: 'expected array, received object (auth.GetSaasUsers response_body)' },
    ]);
  });

  it('a nullable field takes null or its type, nothing else', () => {
    const users = bodyOf(saasUsers, 'response_body') as { users: Record<string, unknown>[] };
    const withLogin = (value: unknown) => withLogFields(saasUsers, { response_body: JSON.stringify({ users: [{ ...users.users[0], last_login_at: value }] }) });
    expect(issuesOf(withLogin(null))).toEqual([]);
    expect(issuesOf(withLogin(1_700_000_000))).toEqual([]);
    expect(issuesOf(withLogin('yesterday'))).toEqual([
      { code: 'invalid_type', path: ['detail', 'event', 'response_body', 'users', 0, 'last_login_at'], message: 'expected integer, received string (auth.GetSaasUsers response_body)' },
    ]);
  });

  it('a body matching one of several alternatives is valid; one matching none is reported against the closest', () => {
    const body = bodyOf(pricingUnit, 'request_body');
    expect(issuesOf(pricingUnit)).toEqual([]);
    // The fixed-unit alternative, complete.
    const fixed = { unit_amount: 1, recurring_interval: 'month', name: 'n', display_name: 'd', description: 'x', type: 'fixed', currency: 'JPY' };
    expect(issuesOf(withRequest(pricingUnit, fixed))).toEqual([]);
    // Closest to the fixed unit: one field wrong.
    expect(issuesOf(withRequest(pricingUnit, { ...fixed, unit_amount: 'one' }))).toEqual([
      { code: 'no_matching_shape', path: ['detail', 'event', 'request_body'], message: 'matches none of the 4 shapes the SaaSus API schema allows here; closest: (pricing.CreatePricingUnit request_body)' },
      { code: 'invalid_type', path: ['detail', 'event', 'request_body', 'unit_amount'], message: 'expected integer, received string (pricing.CreatePricingUnit request_body)' },
    ]);
    // Drift does not pick the alternative: strict mode reports the extra field of the matching one.
    expect(issuesOf(withRequest(pricingUnit, { ...body, drift: true }), true).map((issue) => issue.path.join('.'))).toEqual(['detail.event.request_body.drift']);
  });

  it('a success status the operation does not list is judged by its listed success; an unlisted error status by its error schema', () => {
    expect(issuesOf(withLogFields(tenant, { http_status: '200' }))).toEqual([]);
    expect(issuesOf(withLogFields(tenant, { http_status: '200', response_body: '{"id":1}' })).length).toBeGreaterThan(1);
    expect(issuesOf(withLogFields(tenant, { http_status: '418', response_body: '{"type":"t","message":"m"}' }))).toEqual([]);
    expect(issuesOf(withLogFields(tenant, { http_status: '418', response_body: '{"message":"m"}' }))).toEqual([
      { code: 'required', path: ['detail', 'event', 'response_body', 'type'], message: 'required field is missing (auth.CreateTenant response_body)' },
    ]);
  });

  it('keys inherited by a body object are not fields of it', () => {
    const body = Object.create({ name: 'inherited' }) as Record<string, unknown>;
    Object.assign(body, { back_office_staff_email: 'e', attributes: {} });
    expect(issuesOf(withLogFields(toObjectForm(tenant), { request_body: body }))).toEqual([
      { code: 'required', path: ['detail', 'event', 'request_body', 'name'], message: 'required field is missing (auth.CreateTenant request_body)' },
    ]);
  });
});
