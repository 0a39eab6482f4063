import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseEvent } from '../src/index.js';
import { EventBridgeEnvelopeSchema, SaasusEventSchema, createSaasusEventSchema, getEventSchema, jsonBody } from '../src/zod/index.js';
import { loadFixture, loadFixtures, toObjectForm, withLogFields } from './support/fixtures.js';

const samples = loadFixtures('samples');
const tenant = loadFixture('samples/create_tenant.2026.string-form.json');

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

  it('rejects another event type and a failed call', () => {
    const schema = getEventSchema('create_saas_user');
    expect(schema.safeParse(tenant).success).toBe(false);
    const failed = getEventSchema('create_tenant').safeParse(withLogFields(tenant, { http_status: '400' }));
    expect(failed.error?.issues.map((issue) => issue.path.join('.'))).toContain('detail.event.http_status');
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
