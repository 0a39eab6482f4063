// eventSchema: a Standard Schema (v1) of SaaSus events from the root entry point, without zod.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_ISSUES } from '../../src/core/issues.js';
import { createEventSchema, eventSchema, parseEvent, safeParseEvent, type StandardSchemaV1 } from '../../src/index.js';
import { loadFixture, loadFixtures, toMixedForms, toObjectForm, toStringForm, withLogFields } from '../support/fixtures.js';

type Json = Record<string, unknown>;

const fixtures = loadFixtures();
const tenant = loadFixture('samples/create_tenant.2026.string-form.json');
const secret = 'sk_live_secret_key_value';

function validate(input: unknown, schema: StandardSchemaV1 = eventSchema) {
  const result = schema['~standard'].validate(input);
  if (result instanceof Promise) throw new Error('validate gave a Promise');
  return result;
}

function issuesOf(input: unknown, schema: StandardSchemaV1 = eventSchema): readonly StandardSchemaV1.Issue[] {
  const result = validate(input, schema);
  expect(result.issues).toBeDefined();
  return result.issues!;
}

describe('eventSchema', () => {
  it('is a Standard Schema, version 1', () => {
    expect(eventSchema['~standard'].version).toBe(1);
    expect(eventSchema['~standard'].vendor).toBe('saasus-eventbridge');
    expect(Object.isFrozen(eventSchema) && Object.isFrozen(eventSchema['~standard'])).toBe(true);
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture.event] as const))('gives exactly what parseEvent gives for %s, in every form', (_name, event) => {
    for (const form of [event, toObjectForm(event), toStringForm(event), ...toMixedForms(event), JSON.stringify(event)]) {
      const result = validate(form);
      expect(result).not.toBeInstanceOf(Promise);
      expect(result.issues).toBeUndefined();
      expect((result as StandardSchemaV1.SuccessResult<unknown>).value).toEqual(parseEvent(form));
    }
  });

  it('gives the decoder\'s issues, in order, with their messages and paths', () => {
    const input = withLogFields(tenant, { http_status: 201, api_key: undefined, response_body: '{"id":1}' });
    const expected = safeParseEvent(input).error!.issues.map(({ message, path }) => ({ message, path }));
    expect(expected.length).toBeGreaterThan(1);
    expect(issuesOf(input)).toEqual(expected);
  });

  const invalidInputs: [string, unknown][] = [
    ['a number', 12345],
    ['null', null],
    ['an array', [secret]],
    ['text that is not JSON', `{"api_key":"${secret}"`],
    ['a JSON string of a string', JSON.stringify(secret)],
    ['an event with a wrong api_key', withLogFields(tenant, { api_key: { value: secret } })],
    ['an event with a secret in a wrong body', withLogFields(tenant, { response_body: JSON.stringify({ id: secret.length, name: secret }) })],
    ['an event whose detail.event is broken JSON', { ...tenant, detail: { ...(tenant.detail as Json), event: `{"api_key":"${secret}",` } }],
    ['an event without detail', { ...tenant, detail: undefined }],
  ];

  it.each(invalidInputs)('reports %s with a message and a non-empty path, never a value', (_name, input) => {
    const issues = issuesOf(input);
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(typeof issue.message).toBe('string');
      expect(Array.isArray(issue.path)).toBe(true);
      expect(issue.path!.length).toBeGreaterThan(0);
    }
    expect(JSON.stringify(issues)).not.toContain(secret);
  });

  it('names the root "(root)" in the path of an issue about the input as a whole', () => {
    expect(issuesOf(42)).toEqual([{ message: 'expected an EventBridge event object or its JSON string, received number', path: ['(root)'] }]);
    const unreadable = { ...tenant };
    Object.defineProperty(unreadable, 'detail', {
      enumerable: true,
      get() {
        throw new Error(secret);
      },
    });
    // An unreadable field is named by its own path.
    expect(issuesOf(unreadable)).toEqual([{ message: 'the input could not be read as JSON data', path: ['detail'] }]);
  });

  it('keeps the first 100 issues and counts the rest in one more', () => {
    const plans = Array.from({ length: 100_000 }, (_, index) => index);
    const body = { id: 't', name: 'n', attributes: {}, back_office_staff_email: 'e', plan_histories: plans };
    const issues = issuesOf(withLogFields(tenant, { response_body: JSON.stringify(body) }));
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues.at(-1)).toEqual({ message: `${100_000 - MAX_ISSUES} more issues not listed (the first ${MAX_ISSUES} are)`, path: ['(root)'] });
    expect(JSON.stringify(issues).length).toBeLessThan(30_000);
  });

  it('runs strict mode when made by createEventSchema({ strict: true })', () => {
    const withExtra = { ...tenant, extra: 1 };
    expect(validate(withExtra).issues).toBeUndefined();
    expect(issuesOf(withExtra, createEventSchema({ strict: true }))).toEqual([{ message: 'field is not in the SaaSus event format', path: ['extra'] }]);
    expect(validate(withExtra, createEventSchema({ strict: false })).issues).toBeUndefined();
  });

  it('returns a new value each time, never the input', () => {
    const input = toObjectForm(tenant);
    const first = validate(input) as StandardSchemaV1.SuccessResult<Json>;
    const second = validate(input) as StandardSchemaV1.SuccessResult<Json>;
    expect(first.value).not.toBe(input);
    expect(second.value).not.toBe(first.value);
  });
});

describe('the root entry point', () => {
  afterEach(() => {
    vi.doUnmock('zod');
    vi.resetModules();
  });

  it('gives eventSchema without loading zod', async () => {
    vi.resetModules();
    vi.doMock('zod', () => {
      throw new Error('the root entry point loaded zod');
    });
    const root = await import('../../src/index.js');
    const result = root.eventSchema['~standard'].validate(tenant);
    expect(result.issues).toBeUndefined();
  });
});
