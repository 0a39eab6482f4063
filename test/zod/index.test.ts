import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseEvent } from '../../src/index.js';
import { EventBridgeEnvelopeSchema, SaasusEventSchema, createSaasusEventDetailSchema, createSaasusEventSchema, getEventSchema, jsonBody } from '../../src/zod/index.js';
import { loadFixture, loadFixtures, toObjectForm, withLogFields } from '../support/fixtures.js';
import { zodSchemaSuite } from '../support/zod-schema-suite.js';

const samples = loadFixtures('samples');
const tenant = loadFixture('samples/create_tenant.2026.string-form.json');

describe('createSaasusEventDetailSchema', () => {
  const detail = tenant.detail as Record<string, unknown>;
  const saasId = (parseEvent(tenant).detail.event.saas_id);

  it('checks expect.saasId, naming the field and never its value', () => {
    expect(createSaasusEventDetailSchema({ expect: { saasId } }).safeParse(detail).success).toBe(true);
    const result = createSaasusEventDetailSchema({ expect: { saasId: 'another-saas' } }).safeParse(detail);
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([[['event', 'saas_id'], 'saas_id is not one that expect.saasId accepts']]);
    expect(JSON.stringify(result.error)).not.toContain(saasId);
  });

  it('refuses the envelope checks it cannot make, when it is built', () => {
    // @ts-expect-error: detail alone has no account or source
    expect(() => createSaasusEventDetailSchema({ expect: { account: '123456789012' } })).toThrow(TypeError);
  });
});

describe('SaasusEventSchema', () => {
  it.each(samples.map((fixture) => [fixture.name, fixture.event] as const))('gives what parseEvent gives for %s', (_name, event) => {
    expect(SaasusEventSchema.parse(event)).toEqual(parseEvent(event));
  });

  it('reports issues as zod issues with their paths, without values', () => {
    const result = SaasusEventSchema.safeParse(withLogFields(tenant, { api_key: 12345 }));
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path)).toEqual([['detail', 'event', 'api_key']]);
    expect(JSON.stringify(result.error)).not.toContain('12345');
  });

  it('composes: strict mode as a schema, and inside other zod schemas', () => {
    const Strict = createSaasusEventSchema({ strict: true });
    expect(Strict.safeParse({ ...tenant, extra: 1 }).success).toBe(false);
    const Batch = z.object({ events: z.array(SaasusEventSchema) });
    const parsed = Batch.parse({ events: [tenant, toObjectForm(tenant)] });
    expect(parsed.events[0]).toEqual(parsed.events[1]);
  });
});

describe('getEventSchema', () => {
  it.each(samples.map((fixture) => [fixture.name, fixture.event] as const))('decodes %s like parseEvent', (_name, event) => {
    const type = (event.detail as { event_type: 'create_tenant' }).event_type;
    expect(getEventSchema(type).parse(event)).toEqual(parseEvent(event));
  });

  it('rejects another event type, naming the fields that differ', () => {
    const result = getEventSchema('create_saas_user').safeParse(tenant);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['detail.event_type', 'expected the event type "create_saas_user" in any spelling'],
      ['detail.event.uri', 'request_method and uri do not name an operation of create_saas_user (POST /v1/auth/users)'],
    ]);
    const wrongMethod = getEventSchema('create_tenant').safeParse(withLogFields(tenant, { request_method: 'DELETE' }));
    expect(wrongMethod.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['detail.event.request_method']);
  });

  it('rejects a failed call: with the error body for its status, and with the issues of any other body', () => {
    const failed = getEventSchema('create_tenant').safeParse(withLogFields(tenant, { http_status: '400', response_body: '{"type":"bad","message":"m"}' }));
    expect(failed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['detail.event.http_status']);
    const notAnError = getEventSchema('create_tenant').safeParse(withLogFields(tenant, { http_status: '400' }));
    expect(notAnError.error?.issues.map((issue) => issue.path.join('.'))).toContain('detail.event.response_body.type');
  });

  it('takes any spelling of the name, as parseEvent does', () => {
    const spelled = { ...tenant, detail: { ...(tenant.detail as object), event_type: 'CreateTenant' } };
    expect(getEventSchema('create_tenant').parse(spelled)).toEqual(parseEvent(spelled));
  });

  it('takes what parseEvent takes and nothing else: a call of another operation is not this type', () => {
    // create_tenant's name on the uri of CreateSaasUser: valid for parseEvent (bodies unchecked), but no create_tenant call.
    const elsewhere = withLogFields(tenant, { uri: '/v1/auth/users' });
    expect(parseEvent(elsewhere).detail.event.uri).toBe('/v1/auth/users');
    expect(getEventSchema('create_tenant').safeParse(elsewhere).error?.issues.map((issue) => issue.path.join('.'))).toEqual(['detail.event.uri']);
  });

  it('names the path through the JSON strings', () => {
    const result = getEventSchema('create_tenant').safeParse(withLogFields(tenant, { response_body: '{"id": 1}' }));
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain('detail.event.response_body.id');
  });

  it('is built once per event type', () => {
    expect(getEventSchema('create_tenant')).toBe(getEventSchema('create_tenant'));
  });

  it('throws a RangeError for a name the catalogue does not know', () => {
    expect(() => getEventSchema('launch_rocket' as 'create_tenant')).toThrow(RangeError);
  });
});

describe('building blocks', () => {
  it('EventBridgeEnvelopeSchema keeps unknown fields and checks time', () => {
    expect(EventBridgeEnvelopeSchema.parse({ ...tenant, extra: 1 })).toMatchObject({ extra: 1 });
    expect(EventBridgeEnvelopeSchema.safeParse({ ...tenant, time: 'now' }).success).toBe(false);
  });

  it('jsonBody decodes JSON strings and empty bodies', () => {
    const Body = jsonBody(z.object({ id: z.string() }), { optional: true });
    expect(Body.parse('{"id":"a"}')).toEqual({ id: 'a' });
    expect(Body.parse({ id: 'a' })).toEqual({ id: 'a' });
    expect(Body.parse('')).toBeUndefined();
    const bad = Body.safeParse('{"id":');
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error)).not.toContain('"id":');
  });
});

describe('jsonBody agrees with parseEvent on empty bodies', () => {
  it('decodes "", null and the JSON text "null" to undefined', () => {
    const Body = jsonBody(z.object({ id: z.string() }), { optional: true });
    for (const empty of ['', null, 'null', ' null ', undefined]) expect(Body.parse(empty)).toBeUndefined();
    expect(jsonBody(z.object({ id: z.string() })).safeParse('null').success).toBe(false);
  });
});

describe('with the zod this repository develops with', () => {
  zodSchemaSuite(z.core.version.major === 4 ? `4.${z.core.version.minor}.${z.core.version.patch}` : 'a zod 4 release', { compileLargeSchemas: true });
});
