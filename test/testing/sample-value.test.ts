// Exact values of the events createTestEvent builds and of the sample bodies it fills them with.
import { objectShape } from '../../src/catalogue/build-shape.js';
import { describe, expect, it } from 'vitest';
import { LOG_FIELDS } from '../../src/envelope/event-format.js';
import { createTestEvent, type RawSaasusEvent } from '../../src/testing/index.js';
import type { Shape } from '../../src/catalogue/shape.js';
import { sampleValue, type SampleOptions } from '../../src/testing/sample-value.js';

const UUID = '00000000-0000-4000-8000-000000000000';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const envelope = {
  version: '0',
  id: expect.stringMatching(UUID_V4),
  'detail-type': 'api_call',
  source: 'aws.partner/saasus.io/00000000-0000-4000-8000-000000000000-1/event',
  account: '123456789012',
  time: '2026-01-01T00:00:00Z',
  region: 'ap-northeast-1',
  resources: [],
};

const logDefaults = {
  log_id: expect.stringMatching(UUID_V4),
  date_time: '2026-01-01T00:00:00Z',
  date: '2026-01-01',
  ttl: '2033-01-01T00:00:00Z',
  ip_address: '127.0.0.1:40000',
  referer: 'https://saasadmin.console.saasus.io/',
  saas_id: 'test_saas_id',
  api_key: 'test_api_key',
};

const TRACE_ID = expect.stringMatching(UUID_V4);

/** `detail.event` of a string-form event, decoded once (the bodies stay JSON strings). */
function stringLog(raw: RawSaasusEvent): Record<string, unknown> {
  expect(typeof raw.detail.event).toBe('string');
  return JSON.parse(raw.detail.event as string) as Record<string, unknown>;
}

function objectLog(raw: RawSaasusEvent): Record<string, unknown> {
  expect(typeof raw.detail.event).toBe('object');
  return raw.detail.event as Record<string, unknown>;
}

describe('createTestEvent builds the whole event with fixed defaults', () => {
  it('in the string form, with an empty string for a missing body', () => {
    const raw = createTestEvent('delete_tenant');
    expect(raw).toEqual({ ...envelope, detail: { event_type: 'delete_tenant', event: expect.any(String), trace_id: TRACE_ID } });
    expect(raw.resources).toEqual([]);
    expect(stringLog(raw)).toStrictEqual({
      ...logDefaults,
      http_status: '200',
      uri: '/v1/auth/tenants/test-tenant',
      request_method: 'DELETE',
      request_body: '',
      response_body: '',
    });
  });

  it('in the string form, with JSON-string bodies in the order of the log record', () => {
    const raw = createTestEvent('create_tenant');
    expect(Object.keys(stringLog(raw))).toEqual(LOG_FIELDS);
    const log = stringLog(raw);
    expect(log.request_body).toBe('{"name":"string","attributes":{},"back_office_staff_email":"string"}');
    expect(JSON.parse(log.response_body as string)).toEqual({
      id: UUID,
      name: 'string',
      attributes: {},
      back_office_staff_email: 'string',
      plan_histories: [{ plan_id: UUID, plan_applied_at: 0 }],
    });
  });

  it('in the object form, with objects as bodies and an empty string for a missing one', () => {
    const raw = createTestEvent('create_tenant', {}, { form: 'object' });
    expect(raw).toEqual({
      ...envelope,
      detail: {
        event_type: 'create_tenant',
        trace_id: TRACE_ID,
        event: {
          ...logDefaults,
          http_status: '201',
          uri: '/v1/auth/tenants',
          request_method: 'POST',
          request_body: { name: 'string', attributes: {}, back_office_staff_email: 'string' },
          response_body: {
            id: UUID,
            name: 'string',
            attributes: {},
            back_office_staff_email: 'string',
            plan_histories: [{ plan_id: UUID, plan_applied_at: 0 }],
          },
        },
      },
    });
    expect(objectLog(createTestEvent('delete_tenant', {}, { form: 'object' }))).toMatchObject({ request_body: '', response_body: '' });
  });

  it('uses the first success status, or the only status an operation has', () => {
    expect(stringLog(createTestEvent('create_tenant')).http_status).toBe('201');
    const failing = stringLog(createTestEvent('stripe.ReturnInternalServerError'));
    expect(failing.http_status).toBe('500');
    expect(JSON.parse(failing.response_body as string)).toEqual({ type: 'string', message: 'string' });
  });

  it('keeps the alternative spelling asked for and the canonical one for an operation key', () => {
    expect(createTestEvent('get_aggregated_userinfo').detail.event_type).toBe('get_aggregated_userinfo');
    expect(createTestEvent('analysis.GetAggregatedUserInfo').detail.event_type).toBe('get_aggregated_user_info');
  });
});

describe('createTestEvent applies overrides', () => {
  it('to the envelope, the trace id and the log record', () => {
    const raw = createTestEvent('delete_tenant', {
      id: 'event-1',
      time: '2026-05-19T02:22:58Z',
      account: '999999999999',
      region: 'eu-west-1',
      source: 'aws.partner/saasus.io/other/event',
      trace_id: 'trace-1',
      event_type: 'renamed',
      log: { api_key: 'key-2', extra: 1 },
    });
    expect(raw).toEqual({
      ...envelope,
      id: 'event-1',
      time: '2026-05-19T02:22:58Z',
      account: '999999999999',
      region: 'eu-west-1',
      source: 'aws.partner/saasus.io/other/event',
      detail: { event_type: 'renamed', event: expect.any(String), trace_id: 'trace-1' },
    });
    expect(stringLog(raw)).toMatchObject({ date_time: '2026-05-19T02:22:58Z', date: '2026-05-19', api_key: 'key-2', extra: 1 });
  });

  it('fills the uri template from path parameters, encoding them, with test values for the rest', () => {
    const log = stringLog(createTestEvent('delete_tenant_user_role', { pathParams: { tenant_id: 't 1/2' } }));
    expect(log.uri).toBe('/v1/auth/tenants/t%201%2F2/users/test-user/envs/test-env/roles/test-role_name');
    expect(stringLog(createTestEvent('get_customer')).uri).toBe('/v1/awsmarketplace/customers/test-customer_identifier');
    expect(stringLog(createTestEvent('get_customer', { uri: '/elsewhere' })).uri).toBe('/elsewhere');
  });

  it('uses the http status given, and the body of that status', () => {
    const log = stringLog(createTestEvent('create_tenant', { http_status: '500' }));
    expect(log.http_status).toBe('500');
    expect(JSON.parse(log.response_body as string)).toEqual({ type: 'string', message: 'string' });
  });

  it('sends an empty body for null or an empty string, in both forms', () => {
    for (const empty of [null, ''] as const) {
      const log = stringLog(createTestEvent('create_tenant', { request_body: empty, response_body: empty }));
      expect(log.request_body).toBe('');
      expect(log.response_body).toBe('');
      const objectForm = objectLog(createTestEvent('create_tenant', { request_body: empty, response_body: empty }, { form: 'object' }));
      expect(objectForm.request_body).toBe('');
      expect(objectForm.response_body).toBe('');
    }
  });

  it('merges objects deeply and replaces everything else', () => {
    const raw = createTestEvent(
      'create_tenant',
      { response_body: { name: 'Acme', attributes: { plan: 'pro' }, plan_histories: [] } },
      { form: 'object' },
    );
    expect(objectLog(raw).response_body).toEqual({
      id: UUID,
      name: 'Acme',
      attributes: { plan: 'pro' },
      back_office_staff_email: 'string',
      plan_histories: [],
    });
  });

  it('replaces an object default with null or an array given in its place', () => {
    const withNull = createTestEvent('create_tenant', { response_body: { attributes: null } } as never, { form: 'object' });
    expect(objectLog(withNull).response_body).toMatchObject({ attributes: null });
    const withArray = createTestEvent('create_tenant', { response_body: { attributes: ['a'] } } as never, { form: 'object' });
    expect(objectLog(withArray).response_body).toMatchObject({ attributes: ['a'] });
    expect(JSON.parse(stringLog(createTestEvent('create_tenant', { response_body: 'text' } as never)).response_body as string)).toBe('text');
  });

  it('gives merged bodies that can be changed afterwards like plain objects', () => {
    const raw = createTestEvent('create_tenant', { response_body: { name: 'Acme', attributes: { plan: 'pro' } } }, { form: 'object' });
    const body = objectLog(raw).response_body as Record<string, unknown>;
    body.name = 'Renamed';
    delete body.id;
    const attributes = body.attributes as Record<string, unknown>;
    attributes.plan = 'free';
    delete attributes.plan;
    expect(body).toEqual({ name: 'Renamed', attributes: {}, back_office_staff_email: 'string', plan_histories: [{ plan_id: UUID, plan_applied_at: 0 }] });
    expect(Object.getOwnPropertyDescriptor({ ...body }, 'name')).toMatchObject({ enumerable: true, writable: true, configurable: true });
  });
});

describe('createTestEvent rejects names it does not know', () => {
  it('with a RangeError naming them', () => {
    expect(() => createTestEvent('launch_rocket' as never)).toThrow(new RangeError('unknown SaaSus event type or operation "launch_rocket"'));
    expect(() => createTestEvent('auth.LaunchRocket' as never)).toThrow('unknown SaaSus event type or operation "auth.LaunchRocket"');
  });
});

// Shapes written with the catalogue's tags (see src/catalogue/shape.ts).
const string = { k: 's' } as const;
const integer = { k: 'i' } as const;
const boolean = { k: 'b' } as const;
const nothing = { k: '|', v: [] } as const;

/** The sample of `shape` as the value of a required field named `key`. */
function inField(shape: Shape, key: string, options?: SampleOptions): unknown {
  return (sampleValue(objectShape({ [key]: shape }, [key]), options) as Record<string, unknown> | undefined)?.[key];
}

describe('sampleValue of primitives', () => {
  it('gives a fixed uuid for strings named id or *_id, and "string" otherwise', () => {
    expect(inField(string, 'id')).toBe(UUID);
    expect(inField(string, 'tenant_id')).toBe(UUID);
    expect(sampleValue(string)).toBe('string');
    expect(inField(string, 'name')).toBe('string');
    expect(inField(string, 'id_token')).toBe('string');
    expect(inField(string, 'user_identity')).toBe('string');
    expect(inField(string, 'paid')).toBe('string');
    expect(inField(integer, 'tenant_id')).toBe(0);
  });

  it('gives 0, false and an empty object for the other primitives', () => {
    expect(sampleValue({ k: 'n' })).toBe(0);
    expect(sampleValue(integer)).toBe(0);
    expect(sampleValue(boolean)).toBe(false);
    expect(sampleValue({ k: 'u' })).toEqual({});
  });

  it('names catalogue strings after their property, through refs', () => {
    expect(createTestEvent('get_customer', {}, { form: 'object' }).detail.event).toMatchObject({
      response_body: { customer_identifier: 'string', customer_aws_account_id: UUID, tenant_id: UUID },
    });
    expect(inField({ k: 'r', v: 'Uuid' }, 'id')).toBe(UUID);
  });
});

describe('sampleValue of composite shapes', () => {
  it('fills required properties only, in the order the shape lists its properties', () => {
    expect(sampleValue(objectShape({ a: string, b: integer, c: boolean }, ['c', 'a']))).toStrictEqual({ a: 'string', c: false });
    expect(Object.keys(sampleValue(objectShape({ a: string, b: integer, c: boolean }, ['c', 'a'])) as object)).toEqual(['a', 'c']);
    expect(sampleValue(objectShape({ a: string }))).toEqual({});
  });

  it('has no value for an object missing the value of a required property', () => {
    expect(sampleValue(objectShape({ a: string, b: nothing }, ['a', 'b']))).toBeUndefined();
    expect(sampleValue(objectShape({ a: string, b: nothing }, ['a']))).toEqual({ a: 'string' });
  });

  it('gives one-element arrays, or an empty one when the item has no value', () => {
    expect(sampleValue({ k: 'a', v: integer })).toEqual([0]);
    expect(inField({ k: 'a', v: { k: 'a', v: string } }, 'ids')).toEqual([['string']]);
    expect(inField({ k: 'a', v: string }, 'tenant_id')).toEqual([UUID]);
    expect(sampleValue({ k: 'a', v: nothing })).toEqual([]);
  });

  it('gives the first enum value', () => {
    expect(sampleValue({ k: 'e', v: ['b', 'a'] })).toBe('b');
    expect(sampleValue({ k: 'e', v: [3, 1] })).toBe(3);
  });

  it('gives the inner value of a nullable shape, or null when it has none', () => {
    expect(sampleValue({ k: '?', v: string })).toBe('string');
    expect(sampleValue({ k: '?', v: boolean })).toBe(false);
    expect(sampleValue({ k: '?', v: integer })).toBe(0);
    expect(inField({ k: '?', v: string }, 'plan_id')).toBe(UUID);
    expect(sampleValue({ k: '?', v: objectShape({ a: string }, ['a']) })).toEqual({ a: 'string' });
    expect(sampleValue({ k: '?', v: nothing })).toBeNull();
  });

  it('gives the first anyOf option that has a value', () => {
    expect(sampleValue({ k: '|', v: [integer, string] })).toBe(0);
    expect(inField({ k: '|', v: [nothing, string] }, 'id')).toBe(UUID);
    expect(sampleValue({ k: '|', v: [nothing, { k: '?', v: nothing }] })).toBeNull();
    expect(sampleValue(nothing)).toBeUndefined();
  });

  it('expands catalogue refs', () => {
    expect(sampleValue({ k: 'r', v: 'ApiError' })).toEqual({ type: 'string', message: 'string' });
  });

  it('has no value for a ref already being expanded, however deep', () => {
    const shapes: Record<string, Shape> = {
      Node: objectShape({ name: string, parent: { k: 'r', v: 'Node' } }, ['name', 'parent']),
      Tree: objectShape({ name: string, children: { k: 'a', v: { k: 'r', v: 'Tree' } } }, ['name', 'children']),
      Maybe: objectShape({ next: { k: '?', v: { k: 'r', v: 'Maybe' } } }, ['next']),
    };
    const resolve = (name: string): Shape => shapes[name]!;
    expect(sampleValue({ k: 'r', v: 'Node' }, { resolve })).toBeUndefined();
    expect(sampleValue({ k: 'r', v: 'Tree' }, { resolve })).toEqual({ name: 'string', children: [] });
    expect(sampleValue({ k: 'r', v: 'Maybe' }, { resolve })).toEqual({ next: null });
  });
});

describe('sampleValue as the generator uses it', () => {
  const shape: Shape = objectShape({ tenant_id: string, note: string, size: integer }, ['tenant_id']);

  it('fills every property that has a value with properties: "all"', () => {
    expect(sampleValue(shape, { properties: 'all' })).toStrictEqual({ tenant_id: UUID, note: 'string', size: 0 });
    expect(sampleValue(objectShape({ a: string, b: nothing }), { properties: 'all' })).toStrictEqual({ a: 'string' });
  });

  it('asks idFor for the id of each *_id string', () => {
    expect(sampleValue(shape, { idFor: (key) => `id of ${key}` })).toStrictEqual({ tenant_id: 'id of tenant_id' });
  });

  it('takes a preset value where there is one, and builds the rest', () => {
    const note = { k: 's' } as const;
    const withPreset: Shape = objectShape({ note, other: string }, ['note', 'other']);
    expect(sampleValue(withPreset, { preset: (part) => (part === note ? 'from the spec' : undefined) })).toStrictEqual({ note: 'from the spec', other: 'string' });
  });
});
