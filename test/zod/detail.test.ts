import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseEvent } from '../../src/index.js';
import { SaasusEventDetailSchema, createSaasusEventDetailSchema } from '../../src/zod/detail.js';
import { loadFixture } from '../support/fixtures.js';

type Json = Record<string, unknown>;

const tenant = loadFixture('samples/create_tenant.2026.string-form.json');
const detail = tenant.detail as Json;
const saasId = parseEvent(tenant).detail.event.saas_id;
const issue = (saasus: string, path: (string | number)[], message: string) => ({ code: 'custom', path, message, params: { saasus } });

const ENVELOPE_MESSAGE = 'a schema of detail cannot see the envelope: check expect.account and expect.source on the EventBridge envelope';

describe('createSaasusEventDetailSchema', () => {
  it('builds without options, and the lenient and strict schemas differ only where strict mode reports more', () => {
    const lenient = createSaasusEventDetailSchema();
    const strict = createSaasusEventDetailSchema({ strict: true });
    const decoded = lenient.parse(detail);
    expect(decoded).toEqual(parseEvent(tenant).detail);
    expect(strict.parse(detail)).toEqual(decoded);
    expect(createSaasusEventDetailSchema({ strict: false }).parse(detail)).toEqual(decoded);
    expect(createSaasusEventDetailSchema({ expect: {} }).parse(detail)).toEqual(decoded);

    const withExtra = { ...detail, extra: 1 };
    expect(lenient.safeParse(withExtra).success).toBe(true);
    expect(strict.safeParse(withExtra).error?.issues).toEqual([issue('unknown_field', ['extra'], 'field is not in the SaaSus event format')]);
  });

  it.each([
    ['expect.account', { account: '123456789012' }],
    ['expect.source', { source: 'aws.partner/saasus.io/x/event' }],
    ['both', { account: '123456789012', source: 'aws.partner/saasus.io/x/event' }],
  ])('refuses %s when it is built, with a TypeError that says where to check it', (_label, origin) => {
    // @ts-expect-error: detail alone has no account or source
    expect(() => createSaasusEventDetailSchema({ expect: origin })).toThrow(new TypeError(ENVELOPE_MESSAGE));
    // Spread in beside saasId, they pass the type check: the check when it is built catches them.
    expect(() => createSaasusEventDetailSchema({ strict: true, expect: { ...origin, saasId } })).toThrow(new TypeError(ENVELOPE_MESSAGE));
  });

  it('checks expect.saasId only on a detail that is otherwise valid, as parseEvent does', () => {
    const Schema = createSaasusEventDetailSchema({ expect: { saasId: 'another-saas' } });
    expect(Schema.safeParse(detail).error?.issues).toEqual([issue('unexpected_origin', ['event', 'saas_id'], 'saas_id is not one that expect.saasId accepts')]);
    // A detail with issues of its own: those, without the origin's.
    expect(Schema.safeParse({ ...detail, trace_id: 42 }).error?.issues).toEqual([issue('invalid_type', ['trace_id'], 'expected string, received number')]);
    // One that does not decode at all: its issue, and no failure of the check.
    expect(Schema.safeParse('create_tenant').error?.issues).toEqual([issue('invalid_type', [], 'expected object, received string')]);
    expect(createSaasusEventDetailSchema({ expect: { saasId: [saasId, 'another-saas'] } }).parse(detail)).toEqual(parseEvent(tenant).detail);
  });

  it('reports input that cannot be read at all (a revoked proxy) as unreadable input, without its error', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const Schema of [SaasusEventDetailSchema, createSaasusEventDetailSchema({ strict: true }), createSaasusEventDetailSchema({ expect: { saasId } })]) {
      const result = Schema.safeParse(proxy);
      expect(result.success).toBe(false);
      expect(result.error?.issues).toEqual([issue('unreadable_input', [], 'the input could not be read as JSON data')]);
      expect(JSON.stringify(result.error)).not.toContain('revoked');
    }
  });

  it('gives its JSON Schema of detail to z.toJSONSchema, a resource of its own for each mode', () => {
    const documents = (schema: z.ZodType) => [z.toJSONSchema(schema), z.toJSONSchema(schema, { io: 'input' })] as Json[];
    const [decoded, raw] = documents(createSaasusEventDetailSchema());
    expect([decoded?.title, raw?.title]).toEqual(['SaaSus event detail (decoded)', 'SaaSus event detail (raw)']);
    // A schema made after SaasusEventDetailSchema has a number in its name: `detail:2`, ….
    expect(decoded?.$id).toMatch(/^urn:saasus-eventbridge:detail(:\d+)?:decoded$/);
    expect(raw?.$id).toMatch(/^urn:saasus-eventbridge:detail(:\d+)?:raw$/);
    const [strictDecoded, strictRaw] = documents(createSaasusEventDetailSchema({ strict: true }));
    expect(strictDecoded?.$id).toMatch(/^urn:saasus-eventbridge:detail:strict(:\d+)?:decoded$/);
    expect(strictRaw?.$id).toMatch(/^urn:saasus-eventbridge:detail:strict(:\d+)?:raw$/);
  });
});
