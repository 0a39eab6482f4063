import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getOperation, parseEvent, safeParseEvent } from '../../src/index.js';
import { PROTOTYPE_KEYS, prototypeEventArb, secretTexts } from '../support/arbitraries.js';
import { loadFixture, toObjectForm, toStringForm, withLogFields } from '../support/fixtures.js';
import { checkDecoding, checkPrototypes, checkPrototypeUntouched } from './invariants.js';
import { SLOW_TEST_TIMEOUT_MS, propertyRuns } from '../support/property-runs.js';

vi.setConfig({ testTimeout: SLOW_TEST_TIMEOUT_MS });

const stringForm = loadFixture('samples/create_tenant.2026.string-form.json');
const objectForm = toObjectForm(stringForm);
const polluted = () => ({}) as { polluted?: unknown; isAdmin?: unknown };

afterEach(() => {
  checkPrototypeUntouched();
  expect(polluted().polluted).toBeUndefined();
});

/** Inserts `"key": value` as the first member of the JSON object text, which JSON.parse turns into an own property. */
function withJsonKey(json: string, key: string, value: string): string {
  return `{"${key}":${value},${json.slice(1)}`;
}

const payload = '{"polluted":true,"isAdmin":true,"prototype":{"polluted":true}}';

describe.each(PROTOTYPE_KEYS)('a "%s" key in JSON text', (key) => {
  const log = JSON.parse((stringForm.detail as { event: string }).event) as Record<string, string>;
  const detail = stringForm.detail as { event: string };
  // [label, input, the object holding the key, whether strict mode reports it]
  const cases: [string, unknown, (string | number)[], boolean][] = [
    ['of the whole event', withJsonKey(JSON.stringify(stringForm), key, payload), [], true],
    ['of detail', JSON.stringify({ ...stringForm, detail: JSON.parse(withJsonKey(JSON.stringify(detail), key, payload)) }), ['detail'], true],
    ['of detail.event (string form)', { ...stringForm, detail: { ...detail, event: withJsonKey(detail.event, key, payload) } }, ['detail', 'event'], true],
    ['inside request_body (string form)', withLogFields(stringForm, { request_body: withJsonKey(log.request_body!, key, payload) }), ['detail', 'event', 'request_body'], true],
    [
      'inside response_body.attributes, a map of any values (string form)',
      withLogFields(stringForm, { response_body: log.response_body!.replace('"attributes":{', `"attributes":{"${key}":${payload},`) }),
      ['detail', 'event', 'response_body', 'attributes'],
      false,
    ],
  ];

  it.each(cases)('%s is kept as plain data: no pollution, standard prototypes everywhere', (_label, input, holderPath, reported) => {
    const { lenient, strict } = checkDecoding(input, { json: true, expectValid: true });
    const event = lenient.data!;
    checkPrototypes(event);
    // The key is an own data property where it was sent.
    const holder = holderPath.reduce<any>((node, segment) => node[segment], event);
    expect(Object.getOwnPropertyDescriptor(holder, key)?.value).toEqual(JSON.parse(payload));
    // Strict mode reports it like any unknown field, at its path, where the schema lists the fields.
    const issue = { code: 'unknown_field', path: [...holderPath, key], message: expect.any(String) };
    if (reported) expect(strict.error?.issues).toContainEqual(issue);
    else expect(strict.error?.issues ?? []).not.toContainEqual(issue);
  });
});

describe('a prototype set by an object literal ({ __proto__: x })', () => {
  it.each([
    ['the envelope', (source: Record<string, any>) => ({ __proto__: { polluted: true }, ...source })],
    ['detail', (source: Record<string, any>) => ({ ...source, detail: { __proto__: { polluted: true }, ...source.detail } })],
    ['detail.event', (source: Record<string, any>) => ({ ...source, detail: { ...source.detail, event: { __proto__: { polluted: true }, ...source.detail.event } } })],
  ])('on %s is not carried into the result, whose objects have the standard prototype', (_label, build) => {
    const input = build(objectForm);
    const event = parseEvent(input) as unknown as Record<string, any>;
    checkPrototypes(event as never);
    expect(event.polluted).toBeUndefined();
    expect(event.detail.polluted).toBeUndefined();
    expect(event.detail.event.polluted).toBeUndefined();
  });

  it('on a body object is not carried into the result either: the body is copied as plain data, and nothing is polluted', () => {
    const body = { __proto__: { polluted: true }, ...(objectForm as any).detail.event.request_body };
    const event = parseEvent(withLogFields(objectForm, { request_body: body }));
    expect(event.detail.event.request_body).not.toBe(body);
    expect(event.detail.event.request_body).toEqual({ ...body });
    expect((event.detail.event.request_body as { polluted?: unknown }).polluted).toBeUndefined();
    checkPrototypes(event);
  });

  it('does not make inherited fields count as fields of the event', () => {
    const { account, ...rest } = objectForm;
    const inherited = { __proto__: { account }, ...rest };
    expect(safeParseEvent(inherited).error?.issues).toEqual([{ code: 'required', path: ['account'], message: expect.any(String) }]);
    expect(safeParseEvent(Object.create(objectForm)).error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'version',
      'id',
      'detail-type',
      'source',
      'account',
      'region',
      'time',
      'resources',
      'detail',
    ]);
    const { api_key, ...log } = (objectForm as any).detail.event;
    const inheritedKey = { ...objectForm, detail: { ...(objectForm.detail as object), event: { __proto__: { api_key }, ...log } } };
    expect(safeParseEvent(inheritedKey).error?.issues.map((issue) => issue.path.join('.'))).toEqual(['detail.event.api_key']);
  });
});

describe('getters', () => {
  it('are read once, so validation and the result see the same value', () => {
    let reads = 0;
    const log = { ...(objectForm as any).detail.event };
    Object.defineProperty(log, 'api_key', {
      enumerable: true,
      get: () => (++reads === 1 ? 'a string' : 42),
    });
    const event = parseEvent({ ...objectForm, detail: { ...(objectForm.detail as object), event: log } });
    expect(event.detail.event.api_key).toBe('a string');
    expect(reads).toBe(1);
  });

  it('that throw end in a SaasusEventError with an unreadable_input issue at the field being read', () => {
    const log = { ...(objectForm as any).detail.event };
    Object.defineProperty(log, 'uri', {
      enumerable: true,
      get: () => {
        throw new Error('s3cr3t from a getter');
      },
    });
    const result = safeParseEvent({ ...objectForm, detail: { ...(objectForm.detail as object), event: log } });
    expect(result.error?.issues).toEqual([{ code: 'unreadable_input', path: ['detail', 'event', 'uri'], message: expect.any(String) }]);
    expect(result.error?.message).not.toContain('s3cr3t');
  });
});

describe('prototype names as values', () => {
  it.each([...PROTOTYPE_KEYS, 'toString', 'hasOwnProperty', 'valueOf'])('event_type "%s" is an unknown event type', (eventType) => {
    const input = { ...stringForm, detail: { ...(stringForm.detail as object), event_type: eventType } };
    const { strict } = checkDecoding(input, { json: true, expectValid: true });
    expect(strict.error?.issues).toEqual([{ code: 'unknown_event_type', path: ['detail', 'event_type'], message: expect.any(String) }]);
  });

  it.each(PROTOTYPE_KEYS)('a path parameter "%s" is a plain value of pathParams', (segment) => {
    const event = parseEvent(withLogFields(stringForm, { uri: `/v1/auth/tenants/${segment}`, request_method: 'DELETE', response_body: '' }));
    const operation = getOperation(event);
    expect(operation?.operationId).toBe('DeleteTenant');
    expect(Object.getPrototypeOf(operation!.pathParams)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(operation!.pathParams, 'tenant_id')?.value).toBe(segment);
  });
});

describe('prototype keys anywhere (property)', () => {
  it('as own keys or as real prototypes, at any object of any event, pollute nothing and give no result object an unexpected prototype', () => {
    fc.assert(
      fc.property(prototypeEventArb, (event) => {
        // Either way the result is plain data: a replaced prototype is left behind with the input.
        checkDecoding(event.input, { json: true, secrets: secretTexts(event.secrets) });
      }),
      propertyRuns(300),
    );
  });
});
