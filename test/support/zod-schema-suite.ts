// What the zod schemas of saasus-eventbridge/zod promise whatever zod 4 builds them: their JSON
// Schema through z.toJSONSchema (and zod's Standard JSON Schema), and the issue cap. Run by
// test/schemas.test.ts with the zod this repository develops with, and by
// test/schemas.zod-lowest.test.ts with the lowest zod the peer range admits.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MAX_ISSUES } from '../../src/core/issues.js';
import { parseEvent, toJsonSchema } from '../../src/index.js';
import {
  EventBridgeEnvelopeSchema,
  SaasusEventDetailSchema,
  SaasusEventSchema,
  apiCallLogSchema,
  createSaasusEventSchema,
  getEventSchema,
  jsonBody,
  jsonOrValue,
} from '../../src/zod/index.js';
import { loadFixture, toObjectForm, withLogFields } from './fixtures.js';
import { ajvOptions } from './json-schema-validators.js';

type Json = Record<string, unknown>;

const tenant = loadFixture('samples/create_tenant.2026.string-form.json');
const saasUser = loadFixture('samples/create_saas_user.2023.object-form.json');
const decoded = (event: Json) => JSON.parse(JSON.stringify(parseEvent(event))) as Json;
const withDecodedLog = (event: Json, fields: Json): Json => {
  const detail = event.detail as Json;
  return { ...event, detail: { ...detail, event: { ...(detail.event as Json), ...fields } } };
};

function compile(schema: unknown) {
  return new Ajv2020(ajvOptions).compile(schema as object);
}

/**
 * `compileLargeSchemas`: also compile, with ajv, the schemas of every event (a few seconds each);
 * one run of the suite does, the other checks their layout and compiles the small ones.
 */
export function zodSchemaSuite(expectedZodVersion: string, { compileLargeSchemas }: { readonly compileLargeSchemas: boolean }): void {
  it(`runs on zod ${expectedZodVersion}`, () => {
    expect(`${z.core.version.major}.${z.core.version.minor}.${z.core.version.patch}`).toBe(expectedZodVersion);
    expect(SaasusEventSchema._zod.version).toEqual(z.core.version);
  });

  describe('z.toJSONSchema', () => {
    // ajv compiles the schema of every event in a few seconds, more on a busy machine.
    const SLOW = 120_000;

    it('converts a schema that holds SaasusEventSchema, describing the decoded event', () => {
      const Message = z.object({ receivedAt: z.string(), event: SaasusEventSchema });
      const schema = z.toJSONSchema(Message) as Json;
      const event = (schema.properties as Json).event as Json;
      expect(event.$id).toBe('urn:saasus-eventbridge:event:decoded');
      expect(event.title).toBe('SaaSus event (decoded)');
      expect(event.$defs).toEqual(toJsonSchema().$defs);
      if (!compileLargeSchemas) return;
      const validate = compile(schema);
      expect(validate({ receivedAt: 'now', event: decoded(tenant) })).toBe(true);
      expect(validate({ receivedAt: 'now', event: decoded(saasUser) })).toBe(true);
      expect(validate({ receivedAt: 'now', event: withDecodedLog(decoded(tenant), { response_body: { id: 1 } }) })).toBe(false);
      expect(validate({ receivedAt: 'now', event: { ...decoded(tenant), time: 'yesterday' } })).toBe(false);
      expect(validate({ receivedAt: 1, event: decoded(tenant) })).toBe(false);
    }, SLOW);

    it('describes the raw event as input (io: "input")', () => {
      const schema = z.toJSONSchema(z.object({ event: SaasusEventSchema }), { io: 'input' }) as Json;
      const event = (schema.properties as Json).event as Json;
      expect(event.$id).toBe('urn:saasus-eventbridge:event:raw');
      expect(event.$defs).toEqual(toJsonSchema({ form: 'raw' }).$defs);
      const validate = compile(z.toJSONSchema(z.object({ event: getEventSchema('create_tenant') }), { io: 'input' }));
      expect(validate({ event: tenant })).toBe(true);
      expect(validate({ event: toObjectForm(tenant) })).toBe(true);
      expect(validate({ event: withLogFields(toObjectForm(tenant), { response_body: { id: 1 } }) })).toBe(false);
      expect(validate({ event: 'not an event' })).toBe(false);
    }, SLOW);

    it('gives toJsonSchema\'s schema at the root, and one event type\'s with getEventSchema', () => {
      const { $id, allOf, ...any } = z.toJSONSchema(SaasusEventSchema) as Json;
      const { $ref, allOf: rules, ...expected } = toJsonSchema();
      expect($id).toBe('urn:saasus-eventbridge:event:decoded');
      expect(any).toEqual(expected);
      expect(allOf).toEqual([{ $ref }, ...(rules as Json[])]);
      const createTenant = compile(z.toJSONSchema(getEventSchema('create_tenant')));
      expect(createTenant(decoded(tenant))).toBe(true);
      expect(createTenant(decoded(saasUser))).toBe(false);
      const rawCreateTenant = compile(z.toJSONSchema(getEventSchema('create_tenant'), { io: 'input' }));
      expect(rawCreateTenant(tenant)).toBe(true);
      expect(rawCreateTenant(saasUser)).toBe(false);
    }, SLOW);

    it('converts SaasusEventDetailSchema in an envelope', () => {
      const Envelope = EventBridgeEnvelopeSchema.extend({ detail: SaasusEventDetailSchema });
      const schema = z.toJSONSchema(Envelope) as Json;
      const detail = (schema.properties as Json).detail as Json;
      expect(detail.title).toBe('SaaSus event detail (decoded)');
      expect(detail.$id).toBe('urn:saasus-eventbridge:detail:decoded');
      if (!compileLargeSchemas) return;
      const envelope = compile(schema);
      expect(envelope(decoded(tenant))).toBe(true);
      expect(envelope(withDecodedLog(decoded(tenant), { response_body: { id: 1 } }))).toBe(false);
      expect(envelope({ ...decoded(tenant), detail: { ...(decoded(tenant).detail as Json), trace_id: 1 } })).toBe(false);
    }, SLOW);

    it('gives each schema its own $id, and writes one used twice once with reused: "ref"', () => {
      const ids = (schema: z.ZodType) => ((z.toJSONSchema(z.object({ value: schema })) as Json).properties as { value: Json }).value.$id;
      const all = [SaasusEventSchema, createSaasusEventSchema({ strict: true }), createSaasusEventSchema(), SaasusEventDetailSchema, getEventSchema('create_tenant')];
      expect(new Set(all.map(ids)).size).toBe(all.length);
      const Pair = z.object({ before: getEventSchema('create_tenant'), after: getEventSchema('create_tenant'), user: getEventSchema('create_saas_user') });
      const validate = compile(z.toJSONSchema(Pair, { reused: 'ref' }));
      expect(validate({ before: decoded(tenant), after: decoded(tenant), user: decoded(saasUser) })).toBe(true);
      expect(validate({ before: decoded(tenant), after: decoded(saasUser), user: decoded(saasUser) })).toBe(false);
    }, SLOW);

    it("gives the same through zod's Standard JSON Schema", () => {
      const standard = SaasusEventSchema['~standard'] as { jsonSchema?: { input: (options: { target: string }) => Json; output: (options: { target: string }) => Json } };
      expect(standard.jsonSchema!.output({ target: 'draft-2020-12' })).toEqual(z.toJSONSchema(SaasusEventSchema));
      expect(standard.jsonSchema!.input({ target: 'draft-2020-12' })).toEqual(z.toJSONSchema(SaasusEventSchema, { io: 'input' }));
      expect(standard.jsonSchema!.input({ target: 'draft-2020-12' }).title).toBe('SaaSus event (raw)');
    }, SLOW);

    it('builds a new schema on each conversion', () => {
      const first = z.toJSONSchema(SaasusEventSchema);
      const second = z.toJSONSchema(SaasusEventSchema);
      expect(second).toEqual(first);
      expect((second as Json).$defs).not.toBe((first as Json).$defs);
    }, SLOW);
  });

  describe('the issue cap', () => {
    const WRONG = 100_000;
    const manyWrong = Array.from({ length: WRONG }, (_, index) => index);
    // An ApiError-shaped body of the right fields, then 100,000 wrong plan histories in a tenant.
    const tenantBody = { id: 't', name: 'n', attributes: {}, back_office_staff_email: 'e', plan_histories: manyWrong };

    function expectCapped(result: { success: boolean; error?: z.ZodError }, counted = WRONG) {
      expect(result.success).toBe(false);
      const issues = result.error!.issues;
      expect(issues.length).toBeLessThanOrEqual(MAX_ISSUES + 1);
      expect(issues.length).toBeGreaterThan(MAX_ISSUES - 1);
      const summary = issues.at(-1)!;
      expect(summary.message).toBe(`${counted - MAX_ISSUES} more issues not listed (the first ${MAX_ISSUES} are)`);
      expect(result.error!.message.length).toBeLessThan(40_000);
    }

    it('holds for SaasusEventSchema, getEventSchema and SaasusEventDetailSchema', () => {
      const event = withLogFields(tenant, { response_body: JSON.stringify(tenantBody) });
      expectCapped(SaasusEventSchema.safeParse(event));
      expectCapped(createSaasusEventSchema({ strict: true }).safeParse(event));
      expectCapped(getEventSchema('create_tenant').safeParse(event));
      expectCapped(SaasusEventDetailSchema.safeParse((event as Json).detail));
    });

    it('holds for the building blocks', () => {
      expectCapped(EventBridgeEnvelopeSchema.safeParse({ ...tenant, resources: manyWrong }));
      expectCapped(jsonOrValue(z.array(z.string())).safeParse(JSON.stringify(manyWrong)));
      expectCapped(jsonBody(z.array(z.string())).safeParse(manyWrong));
      const Log = apiCallLogSchema(z.unknown(), z.array(z.string()));
      const log = { ...(JSON.parse((tenant.detail as Json).event as string) as Json), response_body: manyWrong };
      expectCapped(Log.safeParse(log));
      // Under the cap nothing changes: every issue, no count.
      const few = jsonBody(z.array(z.string())).safeParse([1, 2, 3]);
      expect(few.error?.issues.map((issue) => issue.path)).toEqual([[0], [1], [2]]);
    });

    it('keeps the envelope extensible', () => {
      const Extended = EventBridgeEnvelopeSchema.extend({ detail: z.object({ hello: z.string() }) });
      expect(Extended.parse({ ...tenant, detail: { hello: 'x' } }).detail.hello).toBe('x');
    });
  });
}
