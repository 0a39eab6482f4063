import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventTypes, parseEvent, safeParseEvent, toJsonSchema, type JsonSchema, type SaasusEventType } from '../../src/index.js';
import { loadFixture, loadFixtures, toMixedForms, toObjectForm, toStringForm, withLogFields } from '../support/fixtures.js';
import { ajvOptions, asDecoded, createValidators } from '../support/json-schema-validators.js';
import { catalogueOperations } from '../../src/catalogue/catalogue.js';
import { buildJsonSchema } from '../../src/json-schema/json-schema.js';

type Json = Record<string, unknown>;

const { ajv, validator, compileAhead } = createValidators();

// Mutation testing runs this file for every mutant of the JSON Schema code: it takes every Nth
// fixture (vitest.stryker.config.ts sets N), npm test takes them all.
const fixtureStride = Math.max(1, Number(process.env.JSON_SCHEMA_FIXTURE_STRIDE ?? '1') || 1);
const fixtures = loadFixtures().filter((_, index) => index % fixtureStride === 0);
const tenant = loadFixture('samples/create_tenant.2026.string-form.json');
const decodedTenant = decoded(tenant);

function decoded(event: Json): Json {
  // As JSON: an absent body (undefined) disappears, as in any JSON output of parseEvent.
  return JSON.parse(JSON.stringify(parseEvent(event))) as Json;
}

function detailOf(event: Json): Json {
  return event.detail as Json;
}

function logOf(event: Json): Json {
  return detailOf(event).event as Json;
}

function withDecodedLog(event: Json, fields: Json): Json {
  return { ...event, detail: { ...detailOf(event), event: { ...logOf(event), ...fields } } };
}

function eventTypeOf(event: Json): SaasusEventType {
  return detailOf(event).event_type as SaasusEventType;
}

function httpStatusOf(event: Json): string {
  const log = logOf(event) as Json | string;
  return (typeof log === 'string' ? (JSON.parse(log) as Json) : log).http_status as string;
}

// Compiling the schema of every event takes ajv a few seconds, once per form.
beforeAll(() => compileAhead(), 60_000);

function accepts(validate: ValidateFunction, data: unknown): boolean {
  const valid = validate(data);
  if (!valid) console.error(JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  return valid;
}

describe('toJsonSchema: every fixture is accepted', () => {
  it.each(fixtures.map((fixture) => [fixture.name, fixture.event] as const))('%s', (_name, event) => {
    expect(accepts(validator({ form: 'raw' }), event)).toBe(true);
    expect(accepts(validator({ form: 'decoded' }), decoded(event))).toBe(true);
    if (!httpStatusOf(event).startsWith('2')) return;
    expect(accepts(validator({ eventType: eventTypeOf(event), form: 'raw' }), event)).toBe(true);
    expect(accepts(validator({ eventType: eventTypeOf(event), form: 'decoded' }), decoded(event))).toBe(true);
  });

  it('accepts both SaaSus forms and their mixtures in the raw form', () => {
    const all = validator({ form: 'raw' });
    const one = validator({ eventType: 'create_tenant', form: 'raw' });
    for (const event of [toObjectForm(tenant), toStringForm(tenant), ...toMixedForms(tenant)]) {
      expect(accepts(all, event)).toBe(true);
      expect(accepts(one, event)).toBe(true);
    }
  });

  it('accepts a call the decoder does not know, and a failed call with the error body', () => {
    const unknown = withDecodedLog({ ...decodedTenant, detail: { ...detailOf(decodedTenant), event_type: 'launch_rocket' } }, { response_body: 1 });
    const failed = withDecodedLog(decodedTenant, { http_status: '400', response_body: { type: 'bad_request', message: 'nope' } });
    for (const event of [unknown, failed]) {
      expect(safeParseEvent(event).success).toBe(true);
      expect(accepts(validator({ form: 'decoded' }), event)).toBe(true);
    }
  });

  it('agrees with the decoder where a uri fits two templates (the literal segment wins)', () => {
    const saasUser = loadFixture('operations/auth/GetSaasUser.json');
    // get_saas_user with the uri of GetSaasUsersCount: the decoder sees another operation and
    // does not check the bodies against GetSaasUser's schemas; neither may the JSON Schema.
    const event = withDecodedLog(decoded(saasUser), { uri: '/v1/auth/users/count', response_body: { count: 3 } });
    expect(safeParseEvent(event).success).toBe(true);
    expect(accepts(validator({ form: 'decoded' }), event)).toBe(true);
    const sameUriOwnOperation = withDecodedLog(decoded(saasUser), { uri: '/v1/auth/users/u-1', response_body: { count: 3 } });
    expect(safeParseEvent(sameUriOwnOperation).success).toBe(false);
    expect(validator({ form: 'decoded' })(sameUriOwnOperation)).toBe(false);
  });
});

describe('toJsonSchema: invalid events are rejected', () => {
  const wrongBody = withDecodedLog(decodedTenant, { response_body: { ...(logOf(decodedTenant).response_body as Json), id: 1 } });
  const cases: [string, Json][] = [
    ['no detail', { ...decodedTenant, detail: undefined }],
    ['time not a date-time', { ...decodedTenant, time: '2026-02-30T00:00:00Z' }],
    ['http_status a number', withDecodedLog(decodedTenant, { http_status: 201 })],
    ['api_key missing', withDecodedLog(decodedTenant, { api_key: undefined })],
    ['a response body id that is a number', wrongBody],
    ['a required response body missing', withDecodedLog(decodedTenant, { response_body: undefined })],
    ['a failed call whose body is not the error body', withDecodedLog(decodedTenant, { http_status: '500', response_body: { message: 1 } })],
    ['resources not strings', { ...decodedTenant, resources: [1] }],
  ];

  it.each(cases)('%s (decoded)', (_name, event) => {
    const input = JSON.parse(JSON.stringify(event)) as Json;
    expect(safeParseEvent(input).success).toBe(false);
    expect(validator({ form: 'decoded' })(input)).toBe(false);
    expect(validator({ form: 'raw' })(input)).toBe(false);
  });

  it('rejects bodies that do not fit in the raw object form', () => {
    const event = toObjectForm(withLogFields(tenant, { response_body: JSON.stringify({ id: 1 }) }));
    expect(validator({ form: 'raw' })(event)).toBe(false);
  });

  it('one event type rejects another type and a failed call', () => {
    const createTenant = validator({ eventType: 'create_tenant', form: 'decoded' });
    const saasUser = decoded(loadFixture('samples/create_saas_user.2023.object-form.json'));
    expect(createTenant(saasUser)).toBe(false);
    expect(createTenant(withDecodedLog(decodedTenant, { http_status: '500', response_body: { type: 't', message: 'm' } }))).toBe(false);
    expect(createTenant(withDecodedLog(decodedTenant, { request_method: 'DELETE' }))).toBe(false);
    expect(createTenant(withDecodedLog(decodedTenant, { uri: '/v1/auth/users' }))).toBe(false);
  });
});

describe('toJsonSchema judges by the decoder\'s rules', () => {
  // Each case once raised a different verdict from the schema and from parseEvent.
  const wrongTenant = { id: 1 };
  const cases: [string, Json, boolean][] = [
    ['a lower-case method names no operation: bodies unchecked', withDecodedLog(decodedTenant, { request_method: 'post', response_body: wrongTenant }), true],
    ['a method in upper case is the operation: bodies checked', withDecodedLog(decodedTenant, { response_body: wrongTenant }), false],
    ['a line break in the query string: still the operation', withDecodedLog(decodedTenant, { uri: '/v1/auth/tenants?a=1\n2', response_body: wrongTenant }), false],
    ['a line break in the fragment, valid body', withDecodedLog(decodedTenant, { uri: '/v1/auth/tenants#x\ny' }), true],
    [
      "a known event_type on another operation's uri, failed, with a body that is no error body",
      withDecodedLog(decodedTenant, { uri: '/v1/auth/users', http_status: '400', response_body: { nothing: 'like an error' } }),
      true,
    ],
    ['a failed call of the operation itself with a body that is no error body', withDecodedLog(decodedTenant, { http_status: '400', response_body: { nothing: 'like an error' } }), false],
    ['a failed call with no body', withDecodedLog(decodedTenant, { http_status: '503', response_body: undefined }), true],
    ['an unlisted spelling of the name, valid body', { ...decodedTenant, detail: { ...detailOf(decodedTenant), event_type: 'Create_Tenant' } }, true],
    [
      'an unlisted spelling of the name, wrong body',
      withDecodedLog({ ...decodedTenant, detail: { ...detailOf(decodedTenant), event_type: '_CREATE__TENANT_' } }, { response_body: wrongTenant }),
      false,
    ],
    ['a name that only shares letters with the operation', withDecodedLog({ ...decodedTenant, detail: { ...detailOf(decodedTenant), event_type: 'create-tenant' } }, { response_body: wrongTenant }), true],
    ['a 2xx status the spec does not list takes the listed body', withDecodedLog(decodedTenant, { http_status: '299', response_body: wrongTenant }), false],
  ];

  it.each(cases)('%s', (_name, event, valid) => {
    const input = JSON.parse(JSON.stringify(event)) as Json;
    expect(safeParseEvent(input).success).toBe(valid);
    expect(validator({ form: 'decoded' })(asDecoded(input))).toBe(valid);
    expect(validator({ form: 'raw' })(input)).toBe(valid);
  });

  it('decoded: event_type is the canonical name, and the spelling as received is in received_event_type', () => {
    const testEvent = parseEvent(withLogFields(loadFixture('operations/integration/CreateEventBridgeTestEvent.json'), {}));
    const asReceived = { ...testEvent, detail: { ...testEvent.detail, received_event_type: 'create_event_bridge_test_event' } };
    const decodedJson = (event: unknown) => JSON.parse(JSON.stringify(event)) as Json;
    expect(validator({ form: 'decoded' })(decodedJson(asReceived))).toBe(true);
    expect(validator({ form: 'decoded', eventType: 'create_event_bridge_test_event' })(decodedJson(asReceived))).toBe(true);
    // Not what parseEvent returns: an alternative spelling in event_type, or no received_event_type.
    const alternative = { ...asReceived, detail: { ...asReceived.detail, event_type: 'create_event_bridge_test_event' } };
    expect(validator({ form: 'decoded', eventType: 'create_eventbridge_test_event' })(decodedJson(alternative))).toBe(false);
    const { received_event_type: _dropped, ...withoutReceived } = asReceived.detail;
    expect(validator({ form: 'decoded' })(decodedJson({ ...asReceived, detail: withoutReceived }))).toBe(false);
  });

  it('takes the Kelvin sign for a k, as toLowerCase does', () => {
    const link = decoded(loadFixture('operations/apigateway/GetCloudFormationLaunchStackLink.json'));
    const spelled = (eventType: string) =>
      withDecodedLog({ ...link, detail: { ...detailOf(link), event_type: eventType } }, { response_body: { link: 1 } });
    for (const eventType of ['get_cloud_formation_launch_stack_lin\u212A', 'GET_CLOUDFORMATION_LAUNCH_STACK_LINK', 'get_cloud_formation_launch_stack_lin\u212A_x']) {
      const event = spelled(eventType);
      expect(validator({ form: 'decoded' })(event), eventType).toBe(safeParseEvent(event).success);
    }
    expect(safeParseEvent(spelled('get_cloud_formation_launch_stack_lin\u212A')).success).toBe(false);
  });
});

describe('toJsonSchema agrees with the decoder on mutated events', () => {
  // Object-form events carry no JSON strings, so the raw schema can check everything the
  // decoder checks; the verdicts must match (strings that are not JSON are left out: a schema
  // cannot look inside a string).
  const values: unknown[] = [1, 'x', null, true, [], {}, '', 2.5, '2026-05-19T02:22:58Z'];
  let seed = 7;
  const random = (bound: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % bound;
  };
  function mutate(value: unknown, depth = 0): unknown {
    if (value === null || typeof value !== 'object') return values[random(values.length)];
    const keys = Object.keys(value);
    if (keys.length === 0) return values[random(values.length)];
    const key = keys[random(keys.length)]!;
    const copy: Json | unknown[] = Array.isArray(value) ? [...value] : { ...(value as Json) };
    const choice = random(10);
    if (choice < 2 && !Array.isArray(copy)) delete copy[key];
    else if (choice < 5 || depth > 8) (copy as Json)[key] = values[random(values.length)];
    else (copy as Json)[key] = mutate((value as Json)[key], depth + 1);
    return copy;
  }

  it.each(fixtures.map((fixture) => [fixture.name, fixture.event] as const))('%s', (_name, event) => {
    const base = toObjectForm(event);
    const validate = validator({ form: 'raw' });
    for (let run = 0; run < 12; run++) {
      const mutated = mutate(base);
      const result = safeParseEvent(mutated);
      if (!result.success && result.error.issues.some((issue) => issue.code === 'invalid_json')) continue;
      expect(validate(mutated), JSON.stringify(result.error?.issues ?? validate.errors)).toBe(result.success);
    }
  });
});

describe('toJsonSchema: the schema itself', () => {
  function refsIn(value: unknown, found = new Set<string>()): Set<string> {
    if (Array.isArray(value)) for (const item of value) refsIn(item, found);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        if (key === '$ref' && typeof item === 'string') found.add(item);
        else refsIn(item, found);
      }
    }
    return found;
  }

  it('is draft 2020-12, titled, with every $ref resolving into $defs', () => {
    for (const form of ['decoded', 'raw'] as const) {
      const schema = toJsonSchema({ form });
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.title).toBe(`SaaSus event (${form})`);
      const defs = schema.$defs!;
      for (const ref of refsIn(schema)) {
        const [, path] = /^#\/\$defs\/(.+)$/.exec(ref)!;
        const [name, ...rest] = path!.split('/');
        let target: unknown = defs[name!];
        for (const segment of rest) target = (target as Json)[segment];
        expect(target, ref).toBeTypeOf('object');
      }
    }
  });

  it('shares component schemas in $defs under their OpenAPI names', () => {
    const schema = toJsonSchema({ form: 'decoded' });
    const defs = schema.$defs!;
    expect(defs.Tenant).toMatchObject({ type: 'object', required: expect.arrayContaining(['id', 'name']) });
    const usesOfTenant = JSON.stringify(schema).split('"#/$defs/Tenant"').length - 1;
    expect(usesOfTenant).toBeGreaterThan(1);
    const createTenant = defs['auth.CreateTenant'] as Json;
    expect(createTenant.title).toBe('auth.CreateTenant: POST /v1/auth/tenants');
    expect(JSON.stringify(createTenant)).toContain('"response_body":{"$ref":"#/$defs/Tenant"}');
  });

  it('describes JSON strings with contentMediaType and contentSchema in the raw form', () => {
    const schema = toJsonSchema({ eventType: 'create_tenant', form: 'raw' });
    const log = (((schema.$defs!['auth.CreateTenant'] as Json).properties as Json).detail as Json).properties as Json;
    expect(log.event).toEqual({
      anyOf: [
        { $ref: '#/$defs/auth.CreateTenant.log' },
        { type: 'string', contentMediaType: 'application/json', contentSchema: { $ref: '#/$defs/auth.CreateTenant.log' } },
      ],
    });
    const body = ((schema.$defs!['auth.CreateTenant.log'] as Json).properties as Json).response_body;
    expect(body).toEqual({
      anyOf: [{ $ref: '#/$defs/Tenant' }, { type: 'string', contentMediaType: 'application/json', contentSchema: { $ref: '#/$defs/Tenant' }, minLength: 1 }],
    });
  });

  it('keeps enums open, listing the known values', () => {
    const defs = toJsonSchema().$defs!;
    expect((defs.AccountVerification as Json).properties).toMatchObject({
      verification_method: { anyOf: [{ enum: ['code', 'link'] }, { type: 'string' }] },
    });
  });

  it('is plain, deterministic JSON built anew on each call', () => {
    const first = toJsonSchema({ form: 'raw' });
    const second = toJsonSchema({ form: 'raw' });
    expect(second).not.toBe(first);
    expect(JSON.parse(JSON.stringify(first))).toEqual(second);
  });

  it('describes one event type with all its operations', () => {
    const schema: JsonSchema = toJsonSchema({ eventType: 'update_tenant' });
    expect(schema.anyOf).toEqual([{ $ref: '#/$defs/apigateway.UpdateTenant' }, { $ref: '#/$defs/auth.UpdateTenant' }]);
    expect(toJsonSchema({ eventType: 'create_event_bridge_test_event' }).$ref).toBe('#/$defs/integration.CreateEventBridgeTestEvent');
  });

  it('is a valid draft 2020-12 schema in both forms', () => {
    expect(ajv.validateSchema(toJsonSchema({ form: 'decoded' }))).toBe(true);
    expect(ajv.validateSchema(toJsonSchema({ form: 'raw' }))).toBe(true);
  });

  it('builds one event type from the same definitions as every event', () => {
    for (const form of ['decoded', 'raw'] as const) {
      const all = new Map(Object.entries(toJsonSchema({ form }).$defs!).map(([name, definition]) => [name, JSON.stringify(definition)]));
      for (const eventType of eventTypes) {
        const schema = toJsonSchema({ eventType, form });
        const differing = Object.entries(schema.$defs!).filter(([name, definition]) => JSON.stringify(definition) !== all.get(name));
        expect(differing, `${eventType} ${form}`).toEqual([]);
      }
    }
  });

  it('compiles on its own for one event type', () => {
    const standalone = new Ajv2020(ajvOptions);
    for (const form of ['decoded', 'raw'] as const) {
      const createTenant = standalone.compile(toJsonSchema({ eventType: 'create_tenant', form }));
      const updateTenant = standalone.compile(toJsonSchema({ eventType: 'update_tenant', form }));
      const input = form === 'raw' ? tenant : decodedTenant;
      expect(createTenant(input)).toBe(true);
      expect(updateTenant(input)).toBe(false);
    }
  });

  it('throws a RangeError on an unknown event type or form', () => {
    expect(() => toJsonSchema({ eventType: 'launch_rocket' as SaasusEventType })).toThrow(RangeError);
    expect(() => toJsonSchema({ form: 'cooked' as 'raw' })).toThrow(RangeError);
  });
});

describe('toJsonSchema: exact parts of the schema', () => {
  const SUCCESS = '^2\\d\\d$';
  const TAIL = '/?(?:[?#][\\s\\S]*)?$';
  const ref = (name: string) => ({ $ref: `#/$defs/${name}` });
  const jsonString = (content: unknown) => ({ type: 'string', contentMediaType: 'application/json', contentSchema: content });
  /** A raw body: the value or a non-empty JSON string of it, and `""` or `null` when optional. */
  const rawBody = (name: string, required: boolean) => ({
    anyOf: [ref(name), { ...jsonString(ref(name)), minLength: 1 }, ...(required ? [] : [{ const: '' }, { type: 'null' }])],
  });
  const rawLog = (owner: string) => ({ anyOf: [ref(`${owner}.log`), jsonString(ref(`${owner}.log`))] });
  const withoutDescription = (schema: unknown): Json => {
    const { description: _description, ...rest } = schema as Json;
    return rest;
  };
  const propertiesOf = (schema: unknown): Json => (schema as Json).properties as Json;
  /** The detail of a successful create_tenant call in the decoded form: names, call and bodies. */
  const createTenantDetail = {
    event_type: { const: 'create_tenant' },
    received_event_type: { pattern: '^_*[cC]_*[rR]_*[eE]_*[aA]_*[tT]_*[eE]_*[tT]_*[eE]_*[nN]_*[aA]_*[nN]_*[tT]_*$' },
    event: {
      properties: {
        http_status: { pattern: SUCCESS },
        request_method: { const: 'POST' },
        uri: { pattern: `^/?v1/auth/tenants${TAIL}` },
        request_body: ref('CreateTenantParam'),
        response_body: ref('Tenant'),
      },
      required: ['response_body'],
    },
  };

  it('opens $defs with the envelope, then the operations and the components they use, sorted', () => {
    const componentsOfTenant = ['CreateTenantParam', 'Tenant', 'BillingInfo', 'DeleteUsage', 'PlanHistory', 'ProrationBehavior', 'TenantProps', 'Uuid', 'BillingAddress', 'InvoiceLanguage'];
    expect(Object.keys(toJsonSchema({ eventType: 'create_tenant', form: 'decoded' }).$defs!)).toEqual([
      'SaasusEventDetail',
      'SaasusApiCallLog',
      'SaasusEvent',
      'auth.CreateTenant',
      ...componentsOfTenant,
    ]);
    expect(Object.keys(toJsonSchema({ eventType: 'create_tenant', form: 'raw' }).$defs!)).toEqual([
      'SaasusEventDetail',
      'SaasusApiCallLog',
      'SaasusEvent',
      'auth.CreateTenant',
      'auth.CreateTenant.log',
      ...componentsOfTenant,
    ]);
  });

  it('names the old paths of a moved operation .earlier, and shares one failed call per error body', () => {
    for (const form of ['decoded', 'raw'] as const) {
      const names = Object.keys(toJsonSchema({ form }).$defs!);
      for (const name of ['apigateway.CreateApiKey', 'apigateway.CreateApiKey.earlier', 'apigateway.GetApiKey', 'apigateway.GetApiKey.earlier', 'SaasusFailedCallEvent.ApiError']) {
        expect(names, `${form} ${name}`).toContain(name);
      }
      expect(names.filter((name) => /\.(?:earlier\d+|failed)(?:\.log)?$/.test(name) || name === 'SaasusFailedCallEvent.Tenant')).toEqual([]);
      const operations = names.filter((name) => /^[a-z]+\.[A-Za-z0-9]+(?:\.earlier)?$/.test(name));
      expect(operations).toHaveLength(catalogueOperations().length);
    }
    const earlier = toJsonSchema({ form: 'decoded' }).$defs!['apigateway.GetApiKey.earlier'] as Json;
    expect(earlier.title).toBe('apigateway.GetApiKey.earlier: GET /v1/apigateway/tenants/{tenant_id}/api-key');
    expect(propertiesOf(propertiesOf(earlier).detail).event).toEqual({
      properties: {
        http_status: { pattern: SUCCESS },
        request_method: { const: 'GET' },
        uri: { pattern: `^/?v1/apigateway/tenants/[^/?#]+/api-key${TAIL}` },
        response_body: ref('ApiKey'),
      },
      required: ['response_body'],
    });
    expect((toJsonSchema({ form: 'raw' }).$defs!['apigateway.CreateApiKey.earlier'] as Json).title).toBe(
      'apigateway.CreateApiKey.earlier: POST /v1/apigateway/tenants/{tenant_id}/api-key',
    );
  });

  it('describes the envelope, requiring all but replay-name', () => {
    for (const form of ['decoded', 'raw'] as const) {
      const envelope = toJsonSchema({ eventType: 'create_tenant', form }).$defs!.SaasusEvent as Json;
      expect(withoutDescription(envelope)).toMatchObject({ type: 'object', required: ['version', 'id', 'detail-type', 'source', 'account', 'time', 'region', 'resources', 'detail'] });
      expect(propertiesOf(envelope)).toMatchObject({
        version: { type: 'string' },
        id: { type: 'string' },
        'detail-type': { type: 'string' },
        source: { type: 'string' },
        account: { type: 'string' },
        time: { type: 'string', format: 'date-time' },
        region: { type: 'string' },
        resources: { type: 'array', items: { type: 'string' } },
        'replay-name': { type: 'string' },
      });
      expect(propertiesOf(envelope).detail).toEqual(ref('SaasusEventDetail'));
      expect(Object.keys(propertiesOf(envelope))).toHaveLength(10);
    }
  });

  it('requires received_event_type in the decoded detail only, and takes the log as a JSON string in the raw form', () => {
    const decodedDetail = toJsonSchema({ form: 'decoded' }).$defs!.SaasusEventDetail as Json;
    expect(withoutDescription(decodedDetail)).toMatchObject({ type: 'object', required: ['event_type', 'received_event_type', 'trace_id', 'event'] });
    expect(Object.keys(propertiesOf(decodedDetail))).toEqual(['event_type', 'received_event_type', 'trace_id', 'event']);
    expect(propertiesOf(decodedDetail)).toMatchObject({ event_type: { type: 'string' }, received_event_type: { type: 'string' }, trace_id: { type: 'string' } });
    expect(propertiesOf(decodedDetail).event_type).toEqual({ type: 'string' });
    expect(propertiesOf(decodedDetail).event).toEqual(ref('SaasusApiCallLog'));
    const rawDetail = toJsonSchema({ form: 'raw' }).$defs!.SaasusEventDetail as Json;
    expect(withoutDescription(rawDetail)).toMatchObject({ type: 'object', required: ['event_type', 'trace_id', 'event'] });
    expect(Object.keys(propertiesOf(rawDetail))).toEqual(['event_type', 'trace_id', 'event']);
    expect(propertiesOf(rawDetail)).toMatchObject({ event_type: { type: 'string' }, trace_id: { type: 'string' } });
    expect(propertiesOf(rawDetail).event).toEqual({ anyOf: [ref('SaasusApiCallLog'), jsonString(ref('SaasusApiCallLog'))] });
  });

  it('describes the API call log: its required fields, strings and the bodies left open', () => {
    for (const form of ['decoded', 'raw'] as const) {
      const log = toJsonSchema({ eventType: 'create_tenant', form }).$defs!.SaasusApiCallLog as Json;
      expect(withoutDescription(log)).toMatchObject({
        type: 'object',
        required: ['log_id', 'date_time', 'date', 'ttl', 'http_status', 'uri', 'ip_address', 'referer', 'request_method', 'saas_id', 'api_key'],
      });
      const properties = propertiesOf(log);
      for (const key of ['log_id', 'date_time', 'date', 'ttl', 'uri', 'ip_address', 'referer', 'request_method', 'saas_id']) expect(properties[key], key).toEqual({ type: 'string' });
      expect(properties.http_status).toEqual({ type: 'string', pattern: '^[1-5]\\d\\d$' });
      expect(withoutDescription(properties.api_key)).toEqual({ type: 'string' });
      for (const key of ['request_body', 'response_body']) expect(withoutDescription(properties[key]), key).toEqual({});
      expect(Object.keys(properties)).toHaveLength(13);
    }
  });

  it('shares the failed call with the error body, optional and in either form', () => {
    const decodedDefs = toJsonSchema({ form: 'decoded' }).$defs!;
    expect(decodedDefs['SaasusFailedCallEvent.ApiError']).toEqual({
      title: 'A failed call answered with ApiError',
      ...ref('SaasusEvent'),
      properties: { detail: { properties: { event: { properties: { response_body: ref('ApiError') } } } } },
    });
    const rawDefs = toJsonSchema({ form: 'raw' }).$defs!;
    expect(rawDefs['SaasusFailedCallEvent.ApiError']).toEqual({
      title: 'A failed call answered with ApiError',
      ...ref('SaasusEvent'),
      properties: { detail: { properties: { event: rawLog('SaasusFailedCallEvent.ApiError') } } },
    });
    expect(rawDefs['SaasusFailedCallEvent.ApiError.log']).toEqual({ properties: { response_body: rawBody('ApiError', false) } });
  });

  it('requires a success body, and a request body where the spec does; the raw form also takes "" or null for an optional one', () => {
    const decodedDefs = toJsonSchema({ form: 'decoded' }).$defs!;
    expect(decodedDefs['auth.CreateTenant']).toEqual({
      title: 'auth.CreateTenant: POST /v1/auth/tenants',
      ...ref('SaasusEvent'),
      properties: { detail: { properties: createTenantDetail } },
    });
    const rawDefs = toJsonSchema({ form: 'raw' }).$defs!;
    expect((propertiesOf(rawDefs['apigateway.CreateApiKey']).detail as Json).properties).toEqual({
      event_type: { pattern: '^_*[cC]_*[rR]_*[eE]_*[aA]_*[tT]_*[eE]_*[aA]_*[pP]_*[iI]_*[kK\\u212A]_*[eE]_*[yY]_*$' },
      event: rawLog('apigateway.CreateApiKey'),
    });
    expect(rawDefs['apigateway.CreateApiKey.log']).toEqual({
      properties: {
        http_status: { pattern: SUCCESS },
        request_method: { const: 'POST' },
        uri: { pattern: `^/?v1/apigateway/api-keys${TAIL}` },
        request_body: rawBody('CreateApiKeyParam', false),
        response_body: rawBody('ApiKey', true),
      },
      required: ['response_body'],
    });
    // A required request body and no response body.
    expect(rawDefs['analysis.UpdateActiveUsers.log']).toEqual({
      properties: {
        http_status: { pattern: SUCCESS },
        request_method: { const: 'PUT' },
        uri: { pattern: `^/?v1/analysis/active-users${TAIL}` },
        request_body: rawBody('UpdateActiveUsersParam', true),
      },
      required: ['request_body'],
    });
    // No body at all: nothing required.
    expect(rawDefs['apigateway.CreateApiGateway.log']).toEqual({
      properties: { http_status: { pattern: SUCCESS }, request_method: { const: 'POST' }, uri: { pattern: `^/?v1/apigateway/create${TAIL}` } },
    });
  });

  it('lets a success body a status did not always answer be absent for that status only', () => {
    const statusIs = (statuses: string[]) => ({ properties: { http_status: { enum: statuses } } });
    const statusIsNot = (statuses: string[]) => ({ properties: { http_status: { not: { enum: statuses } } } });
    const decodedEvent = propertiesOf(propertiesOf(toJsonSchema({ form: 'decoded' }).$defs!['auth.DeleteSaasUser']).detail).event as Json;
    expect(decodedEvent.allOf).toEqual([
      { if: statusIs(['200']), then: { properties: { response_body: ref('UserInfo') } } },
      { if: statusIsNot(['200']), then: { properties: { response_body: ref('UserInfo') }, required: ['response_body'] } },
    ]);
    expect(decodedEvent.required).toBeUndefined();
    expect(toJsonSchema({ form: 'raw' }).$defs!['auth.DeleteSaasUser.log']).toEqual({
      properties: { http_status: { pattern: SUCCESS }, request_method: { const: 'DELETE' }, uri: { pattern: `^/?v1/auth/users/[^/?#]+${TAIL}` } },
      allOf: [
        { if: statusIs(['200']), then: { properties: { response_body: rawBody('UserInfo', false) } } },
        { if: statusIsNot(['200']), then: { properties: { response_body: rawBody('UserInfo', true) }, required: ['response_body'] } },
      ],
    });
  });

  it('groups the rules of the operations by method, each naming the call and choosing the successful or failed call', () => {
    const byMethod = (method: string) => ({ properties: { detail: { properties: { event: { properties: { request_method: { const: method } } } } } } });
    const nameOfActiveUsers = '^_*[gG]_*[eE]_*[tT]_*[aA]_*[cC]_*[tT]_*[iI]_*[vV]_*[eE]_*[uU]_*[sS]_*[eE]_*[rR]_*[sS]_*$';
    const callOfActiveUsers = {
      properties: {
        detail: {
          properties: {
            event_type: { pattern: nameOfActiveUsers },
            event: { properties: { request_method: { const: 'GET' }, uri: { pattern: `^/?v1/analysis/active-users${TAIL}` } } },
          },
        },
      },
    };
    const whenSuccessful = { properties: { detail: { properties: { event: { properties: { http_status: { pattern: SUCCESS } } } } } } };
    for (const form of ['decoded', 'raw'] as const) {
      const schema = toJsonSchema({ form });
      expect(schema.$ref).toBe('#/$defs/SaasusEvent');
      const groups = schema.allOf as { if: unknown; then: { allOf: unknown[] } }[];
      expect(groups.map((group) => group.if)).toEqual(['GET', 'PUT', 'POST', 'PATCH', 'DELETE'].map(byMethod));
      expect(groups.reduce((count, group) => count + group.then.allOf.length, 0)).toBe(catalogueOperations().length);
      const names = form === 'raw' ? { event_type: { pattern: nameOfActiveUsers } } : { event_type: { const: 'get_active_users' }, received_event_type: { pattern: nameOfActiveUsers } };
      expect(groups[0]!.then.allOf[0]).toEqual({
        if: callOfActiveUsers,
        then: { properties: { detail: { properties: names } }, if: whenSuccessful, then: ref('analysis.GetActiveUsers'), else: ref('SaasusFailedCallEvent.ApiError') },
      });
    }
  });

  it('titles the schema by its event type, root and form', () => {
    expect(toJsonSchema({ eventType: 'create_tenant', form: 'raw' }).title).toBe('SaaSus create_tenant event (raw)');
    expect(toJsonSchema({ eventType: 'create_tenant' }).title).toBe('SaaSus create_tenant event (decoded)');
    expect(toJsonSchema({ eventType: 'update_tenant', form: 'raw' }).title).toBe('SaaSus update_tenant event (raw)');
    expect(buildJsonSchema({ eventType: 'create_tenant', form: 'decoded', root: 'detail' }).title).toBe('SaaSus create_tenant event detail (decoded)');
    expect(buildJsonSchema({ form: 'raw', root: 'detail' }).title).toBe('SaaSus event detail (raw)');
    expect(toJsonSchema().title).toBe('SaaSus event (decoded)');
  });

  it('describes the detail alone with root detail', () => {
    const schema = buildJsonSchema({ eventType: 'create_tenant', form: 'decoded', root: 'detail' });
    expect(schema.$ref).toBe('#/$defs/auth.CreateTenant');
    expect(Object.keys(schema.$defs!)).not.toContain('SaasusEvent');
    expect(schema.$defs!['auth.CreateTenant']).toEqual({
      title: 'auth.CreateTenant: POST /v1/auth/tenants',
      ...ref('SaasusEventDetail'),
      properties: createTenantDetail,
    });
    const any = buildJsonSchema({ form: 'raw', root: 'detail' });
    expect(any.$ref).toBe('#/$defs/SaasusEventDetail');
    expect((any.allOf as { if: unknown }[])[0]!.if).toEqual({ properties: { event: { properties: { request_method: { const: 'GET' } } } } });
  });

  it('says what is wrong in its RangeError', () => {
    expect(() => toJsonSchema({ form: 'cooked' as 'raw' })).toThrow(new RangeError('form must be "decoded" or "raw"'));
    expect(() => toJsonSchema({ eventType: 'launch_rocket' as SaasusEventType, form: 'raw' })).toThrow(new RangeError('unknown SaaSus event type "launch_rocket"'));
  });

  it('takes "" and null for an optional raw body but not for a required one', () => {
    const validate = new Ajv2020(ajvOptions).compile(toJsonSchema({ eventType: 'create_api_key', form: 'raw' }));
    const key = loadFixture('operations/apigateway/CreateApiKey.json');
    expect(accepts(validate, toObjectForm(withLogFields(key, { request_body: '' })))).toBe(true);
    expect(accepts(validate, toObjectForm(withLogFields(key, { request_body: null })))).toBe(true);
    expect(validate(toObjectForm(withLogFields(key, { response_body: '' })))).toBe(false);
    expect(validate(toObjectForm(withLogFields(key, { response_body: null })))).toBe(false);
  });
});
