import { describe, expect, it } from 'vitest';
import {
  SaasusEventError,
  isFailedCall,
  isKnownEventType,
  parseEvent,
  safeParseEvent,
  type SaasusEventIssue,
} from '../../src/index.js';
import { createSaasusEventSchema } from '../../src/zod/index.js';
import { loadFixture, loadFixtures, toMixedForms, toObjectForm, toStringForm, withLogFields } from '../support/fixtures.js';

const samples = loadFixtures('samples');
const tenant2026 = loadFixture('samples/create_tenant.2026.string-form.json');
const tenant2023 = loadFixture('samples/create_tenant.2023.object-form.json');
const user2023 = loadFixture('samples/create_saas_user.2023.object-form.json');
const testEvent = loadFixture('samples/create_eventbridge_test_event.console-send-test.json');

function issuesOf(input: unknown, strict = false): SaasusEventIssue[] {
  const result = safeParseEvent(input, { strict });
  if (result.success) throw new Error('expected the event to be invalid');
  return [...result.error.issues];
}

function paths(issues: readonly SaasusEventIssue[]): string[] {
  return issues.map((issue) => issue.path.join('.'));
}

describe('published samples', () => {
  it.each(samples.map((fixture) => [fixture.name, fixture.event] as const))('%s parses as published, also in strict mode', (_name, event) => {
    const parsed = parseEvent(event);
    expect(parsed.detail.event_type).toBe((event.detail as { event_type: string }).event_type);
    expect(isKnownEventType(parsed)).toBe(true);
    expect(safeParseEvent(event, { strict: true }).error?.issues).toBeUndefined();
  });

  it('decodes the 2026 string form into objects', () => {
    const event = parseEvent(tenant2026);
    expect(event.detail.event.request_body).toEqual({
      attributes: { memo: 'AmazonEventBridgeTest' },
      back_office_staff_email: 'AmazonEventBridgeTest@example.com',
      name: 'AmazonEventBridgeTest',
    });
    expect(event.detail.event.response_body).toMatchObject({ id: 'fc84307d-e285-4854-8c16-21a6871a2a13', plan_histories: [] });
    expect(event.detail.event.http_status).toBe('201');
    expect(event.detail.trace_id).toBe('6aae5af4-7ee4-4de3-bd1d-5ebf13767cbf');
  });

  it('keeps the envelope as received', () => {
    const event = parseEvent(tenant2026);
    const { detail: _detail, ...envelope } = event;
    const { detail: _raw, ...rawEnvelope } = tenant2026;
    expect(envelope).toEqual(rawEnvelope);
  });

  it('accepts the 2023 create_saas_user response, which lacks fields the spec added later', () => {
    const event = parseEvent(user2023);
    expect(event.detail.event.response_body).toEqual({ email: 'AmazonEventBridgeTest_user@example.com', id: '075dbcde-b5c3-4c64-8a04-204fee8b5073' });
  });

  it('decodes the console test event with empty bodies to undefined', () => {
    const event = parseEvent(testEvent);
    expect(event.detail.event.request_body).toBeUndefined();
    expect(event.detail.event.response_body).toBeUndefined();
    expect(isKnownEventType(event)).toBe(true);
  });
});

describe('both forms decode to the same result', () => {
  it.each(samples.map((fixture) => [fixture.name, fixture.event] as const))('%s', (_name, event) => {
    const expected = parseEvent(event);
    expect(parseEvent(toObjectForm(event))).toEqual(expected);
    expect(parseEvent(toStringForm(event))).toEqual(expected);
    for (const mixed of toMixedForms(event)) expect(parseEvent(mixed)).toEqual(expected);
    expect(parseEvent(JSON.stringify(event))).toEqual(expected);
  });

  it('does not modify its input', () => {
    const input = structuredClone(tenant2023);
    parseEvent(input);
    expect(input).toEqual(tenant2023);
  });
});

describe('bodies', () => {
  it.each([
    ['empty string', ''],
    ['null', null],
    ['absent', undefined],
  ])('a request body that is %s decodes to undefined', (_label, body) => {
    const event = withLogFields(tenant2023, { request_body: body });
    expect(parseEvent(event).detail.event.request_body).toBeUndefined();
  });

  it('requires the success body that the operation answers with', () => {
    const issues = issuesOf(withLogFields(tenant2026, { response_body: '' }));
    expect(paths(issues)).toEqual(['detail.event.response_body']);
    expect(issues[0]!.code).toBe('required');
  });
});

describe('forward compatibility', () => {
  const extended = toObjectForm(tenant2026) as Record<string, any>;
  extended.new_envelope_field = 1;
  extended.detail.new_detail_field = { a: 1 };
  extended.detail.event.new_log_field = 'x';
  extended.detail.event.response_body.new_body_field = [1, 2];
  extended.detail.event.response_body.attributes.anything = true;

  it('keeps fields nobody knows yet, at every level', () => {
    const event = parseEvent(extended) as any;
    expect(event.new_envelope_field).toBe(1);
    expect(event.detail.new_detail_field).toEqual({ a: 1 });
    expect(event.detail.event.new_log_field).toBe('x');
    expect(event.detail.event.response_body.new_body_field).toEqual([1, 2]);
  });

  it('reports them in strict mode, with their paths', () => {
    const issues = issuesOf(extended, true);
    expect(paths(issues).sort()).toEqual([
      'detail.event.new_log_field',
      'detail.event.response_body.new_body_field',
      'detail.new_detail_field',
      'new_envelope_field',
    ]);
    expect(issues.every((issue) => issue.code === 'unknown_field')).toBe(true);
  });

  it('parses an unknown event type, with bodies as plain JSON', () => {
    const event = parseEvent(
      withLogFields({ ...tenant2026, detail: { ...(tenant2026.detail as object), event_type: 'launch_rocket' } }, {
        uri: '/v1/rockets',
        request_body: '{"fuel":[1,"two",null]}',
      }),
    );
    expect(event.detail.event_type).toBe('launch_rocket');
    expect(event.detail.event.request_body).toEqual({ fuel: [1, 'two', null] });
    expect(isKnownEventType(event)).toBe(false);
  });

  it('reports an unknown event type in strict mode', () => {
    const input = { ...tenant2026, detail: { ...(tenant2026.detail as object), event_type: 'launch_rocket' } };
    expect(issuesOf(input, true)).toEqual([
      { code: 'unknown_event_type', path: ['detail', 'event_type'], message: expect.any(String) },
    ]);
  });

  it('treats an event_type that does not belong to the called operation as unknown, and reports it in strict mode', () => {
    const input = { ...tenant2026, detail: { ...(tenant2026.detail as object), event_type: 'create_saas_user' } };
    expect(isKnownEventType(parseEvent(input))).toBe(false);
    const [issue] = issuesOf(input, true);
    expect(issue).toMatchObject({ code: 'operation_mismatch', path: ['detail', 'event_type'] });
    expect(issue!.message).toContain('auth.CreateTenant');
  });
});

describe('failed calls', () => {
  const failed = withLogFields(tenant2026, {
    http_status: '400',
    response_body: JSON.stringify({ type: 'invalid_request', message: 'bad' }),
  });

  it('are parsed, validated against the error body, and never known events', () => {
    const event = parseEvent(failed);
    expect(isKnownEventType(event)).toBe(false);
    expect(isFailedCall(event)).toBe(true);
    expect(event.detail.event.response_body).toEqual({ type: 'invalid_request', message: 'bad' });
  });

  it('reject an error body that is not the SaaSus error shape', () => {
    const issues = issuesOf(withLogFields(failed, { response_body: '{"type":1}' }));
    expect(paths(issues).sort()).toEqual(['detail.event.response_body.message', 'detail.event.response_body.type']);
  });

  it('are not judged by their request body: an invalid request is why a call fails', () => {
    const rejected = withLogFields(failed, { request_body: JSON.stringify({ name: 42 }) });
    expect(isFailedCall(parseEvent(rejected))).toBe(true);
    expect(safeParseEvent(withLogFields(tenant2026, { request_body: JSON.stringify({ name: 42 }) })).success).toBe(false);
  });

  it('may come without a body', () => {
    expect(isFailedCall(parseEvent(withLogFields(failed, { response_body: '' })))).toBe(true);
  });
});

describe('invalid events', () => {
  it('points into a JSON string that is not JSON', () => {
    const broken = { ...tenant2026, detail: { ...(tenant2026.detail as object), event: '{"log_id": ' } };
    expect(issuesOf(broken)).toEqual([{ code: 'invalid_json', path: ['detail', 'event'], message: expect.any(String) }]);
    expect(paths(issuesOf(withLogFields(tenant2026, { request_body: '{"name":' })))).toEqual(['detail.event.request_body']);
  });

  it('names the path of a wrong type inside a body that came as a JSON string', () => {
    const input = withLogFields(tenant2026, { response_body: JSON.stringify({ name: 'a', attributes: {}, back_office_staff_email: 'e', plan_histories: [], id: 42 }) });
    const result = safeParseEvent(input);
    expect(result.success).toBe(false);
    expect(result.error).toBeInstanceOf(SaasusEventError);
    expect(result.error!.issues).toEqual([
      { code: 'invalid_type', path: ['detail', 'event', 'response_body', 'id'], message: expect.stringContaining('expected string, received number') },
    ]);
    expect(result.error!.message).toContain('detail.event.response_body.id');
    expect(result.error!.message).toContain('auth.CreateTenant');
  });

  it('reports every missing required field', () => {
    const { account: _account, time: _time, ...envelope } = tenant2026;
    const input = withLogFields(envelope, { uri: undefined });
    expect(paths(issuesOf(input)).sort()).toEqual(['account', 'detail.event.uri', 'time']);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['an array', [tenant2026]],
    ['a string that is not JSON', 'create_tenant'],
    ['a JSON string of a number', '42'],
  ])('rejects %s as input, at the root', (_label, input) => {
    const issues = issuesOf(input);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual([]);
    expect(() => parseEvent(input)).toThrow(SaasusEventError);
  });

  it('rejects numbers where strings belong and statuses out of range', () => {
    expect(paths(issuesOf(withLogFields(tenant2026, { http_status: 201 })))).toEqual(['detail.event.http_status']);
    expect(issuesOf(withLogFields(tenant2026, { http_status: '601' }))[0]).toMatchObject({ code: 'invalid_format' });
    expect(paths(issuesOf({ ...tenant2026, resources: ['a', 1] }))).toEqual(['resources.1']);
  });

  it.each([
    ['2026-05-19T02:22:58Z', true],
    ['2026-05-19T02:22:58.123Z', true],
    ['2026-05-19T11:22:58+09:00', true],
    ['2026-02-30T02:22:58Z', false],
    ['2026-05-19 02:22:58', false],
    ['2026-05-19T24:00:00Z', false],
    ['yesterday', false],
  ])('time %s is accepted: %s', (time, accepted) => {
    expect(safeParseEvent({ ...tenant2026, time }).success).toBe(accepted);
  });
});

describe('secrets never reach errors', () => {
  const secret = 'c2VjcmV0LWFwaS1rZXktZG8tbm90LWxlYWs=';
  const email = 'alice.private@example.com';

  // [label, input, modes in which the input is invalid]
  const cases: [string, unknown, boolean[]][] = [
    ['invalid JSON around the api_key', { ...tenant2026, detail: { ...(tenant2026.detail as object), event: `{"api_key":"${secret}", "request_body": "${email}` } }, [false, true]],
    ['api_key of the wrong type', withLogFields(tenant2026, { api_key: { secret } }), [false, true]],
    ['a body value of the wrong type', withLogFields(tenant2026, { api_key: secret, response_body: JSON.stringify({ id: [email], name: secret }) }), [false, true]],
    ['a body that is not JSON', withLogFields(tenant2026, { api_key: secret, request_body: `{"email":"${email}"` }), [false, true]],
    ['a whole input that is not JSON', `{"detail":{"event":{"api_key":"${secret}"}`, [false, true]],
    ['strict-mode drift', withLogFields(tenant2026, { api_key: secret, extra: email, response_body: JSON.stringify({ id: 'x', name: secret, attributes: {}, back_office_staff_email: email, plan_histories: [], leak: email }) }), [true]],
  ];

  it.each(cases)('%s', (_label, input, modes) => {
    for (const strict of modes) {
      const result = safeParseEvent(input, { strict });
      expect(result.success).toBe(false);
      const error = result.error!;
      for (const text of [error.message, String(error), JSON.stringify(error), JSON.stringify(error.issues), error.stack ?? '']) {
        expect(text).not.toContain(secret);
        expect(text).not.toContain(email);
      }
    }
  });
});

describe('an invalid http_status', () => {
  it('is the only issue: no body is judged against a schema chosen by a status that is not one', () => {
    const input = withLogFields(tenant2026, { http_status: '099', response_body: '{"unexpected":true}' });
    expect(paths(issuesOf(input))).toEqual(['detail.event.http_status']);
  });
});

describe('results share nothing with the input', () => {
  it('a handler that changes the decoded bodies changes neither the input nor the next parse of it', () => {
    const fixture = toObjectForm(tenant2026) as Record<string, any>;
    const snapshot = structuredClone(fixture);
    const first = parseEvent(fixture) as Record<string, any>;
    first.detail.event.response_body.name = 'changed by a handler';
    first.detail.event.response_body.attributes.added = true;
    first.detail.event.request_body.attributes.added = true;
    first.resources.push('arn:changed');
    expect(fixture).toEqual(snapshot);
    expect(parseEvent(fixture)).toEqual(parseEvent(snapshot));
  });

  it('changing the input after parsing changes nothing in the result, at any depth', () => {
    const input = toObjectForm(tenant2026) as Record<string, any>;
    input.detail.new_detail_field = { nested: [{ deep: 1 }] };
    input.unknown_envelope_field = [{ a: 1 }];
    const event = parseEvent(input) as Record<string, any>;
    const before = structuredClone(event);
    input.detail.event.response_body.attributes.added = true;
    input.detail.event.response_body.plan_histories.push({ plan_id: 'p' });
    input.detail.new_detail_field.nested[0].deep = 2;
    input.unknown_envelope_field[0].a = 2;
    input.resources.push('x');
    expect(event).toEqual(before);
  });

  it('holds for every object form and mixture of the samples (no object of the result is an object of the input)', () => {
    for (const { event } of samples) {
      for (const input of [toObjectForm(event), ...toMixedForms(event)]) {
        const inputObjects = new Set<unknown>();
        const collect = (value: unknown): void => {
          if (typeof value !== 'object' || value === null) return;
          inputObjects.add(value);
          for (const child of Object.values(value)) collect(child);
        };
        collect(input);
        const result = parseEvent(input);
        const check = (value: unknown): void => {
          if (typeof value !== 'object' || value === null) return;
          expect(inputObjects.has(value)).toBe(false);
          for (const child of Object.values(value)) check(child);
        };
        check(result);
      }
    }
  });
});

describe('an SQS or SNS delivery given to parseEvent', () => {
  const sqsBatch = { Records: [{ messageId: 'm1', body: JSON.stringify(tenant2026), eventSource: 'aws:sqs', eventSourceARN: 'arn:aws:sqs:ap-northeast-1:123456789012:q' }] };
  const snsEvent = { Records: [{ EventSource: 'aws:sns', Sns: { MessageId: 's1', Message: JSON.stringify(tenant2026) } }] };

  it.each([
    ['an SQS batch', sqsBatch],
    ['an SNS event', snsEvent],
    ['an SQS batch as JSON text', JSON.stringify(sqsBatch)],
  ])('%s is one issue that names the delivery and says what to use instead', (name, input) => {
    const issues = issuesOf(input);
    expect(issues).toEqual([{ code: 'invalid_type', path: ['Records'], message: expect.any(String) }]);
    expect(issues[0]!.message).toBe(`expected an EventBridge event, received ${name.replace(' as JSON text', '')}: parseEvents(input) and createEventHandler(...) unwrap its records`);
  });

  it('Records that are neither say so, in one issue', () => {
    expect(issuesOf({ Records: [{ body: '{}' }] })).toEqual([
      { code: 'invalid_type', path: ['Records'], message: expect.stringContaining('received a Records list that is neither an SQS batch nor an SNS event') },
    ]);
  });

  it('an EventBridge event that carries a Records field is still an event', () => {
    expect(parseEvent({ ...tenant2026, Records: sqsBatch.Records }).detail.event_type).toBe('create_tenant');
    expect(paths(issuesOf({ ...tenant2026, account: undefined, Records: [] }))).toEqual(['account']);
  });
});

describe('expect: events from someone else', () => {
  const log = JSON.parse((tenant2026.detail as { event: string }).event) as { saas_id: string };
  const { account, source } = tenant2026 as { account: string; source: string };

  it('accepts an event whose saas_id, account and source are expected (one value or a list)', () => {
    expect(parseEvent(tenant2026, { expect: { saasId: log.saas_id, account, source } }).id).toBe(tenant2026.id);
    expect(parseEvent(tenant2026, { expect: { saasId: ['other', log.saas_id], account: [account], source: [source, 'other'] } }).id).toBe(tenant2026.id);
    expect(parseEvent(toObjectForm(tenant2026), { expect: { saasId: log.saas_id } }).id).toBe(tenant2026.id);
  });

  it('rejects any other with one unexpected_origin issue per field, naming the field and neither value', () => {
    const result = safeParseEvent(tenant2026, { expect: { saasId: 'my-saas', account: '111122223333', source: 'aws.partner/saasus.io/mine/event' } });
    expect(result.error?.issues).toEqual([
      { code: 'unexpected_origin', path: ['detail', 'event', 'saas_id'], message: 'saas_id is not one that expect.saasId accepts' },
      { code: 'unexpected_origin', path: ['account'], message: 'account is not one that expect.account accepts' },
      { code: 'unexpected_origin', path: ['source'], message: 'source is not one that expect.source accepts' },
    ]);
    for (const text of [result.error!.message, JSON.stringify(result.error)]) {
      for (const value of [log.saas_id, account, source, 'my-saas', '111122223333']) expect(text).not.toContain(value);
    }
    expect(() => parseEvent(tenant2026, { expect: { account: '111122223333' } })).toThrow(SaasusEventError);
  });

  it('checks only the fields given, and compares exactly', () => {
    expect(safeParseEvent(tenant2026, { expect: { account } }).success).toBe(true);
    expect(safeParseEvent(tenant2026, { expect: { account: ` ${account}` } }).success).toBe(false);
    expect(safeParseEvent(tenant2026, { expect: { saasId: log.saas_id.toUpperCase() } }).success).toBe(log.saas_id === log.saas_id.toUpperCase());
  });

  it('reaches the zod schema built with createSaasusEventSchema, which runs parseEvent with its options', () => {
    const result = createSaasusEventSchema({ expect: { saasId: 'my-saas' } }).safeParse(tenant2026);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      { code: 'custom', path: ['detail', 'event', 'saas_id'], message: 'saas_id is not one that expect.saasId accepts', params: { saasus: 'unexpected_origin' } },
    ]);
    expect(createSaasusEventSchema({ expect: { saasId: log.saas_id } }).safeParse(tenant2026).success).toBe(true);
  });

  it('adds nothing to an event that is already invalid', () => {
    const broken = withLogFields(tenant2026, { uri: 42 });
    expect(paths(issuesOf(broken))).toEqual(paths(safeParseEvent(broken, { expect: { saasId: 'other' } }).error!.issues));
  });

  it.each([
    [{ saasId: [] }, 'expect.saasId must be a non-empty string or a non-empty list of non-empty strings'],
    [{ account: '' }, 'expect.account must be a non-empty string or a non-empty list of non-empty strings'],
    [{ source: ['ok', 7] }, 'expect.source must be a non-empty string or a non-empty list of non-empty strings'],
    [null, 'expect must be an object: { saasId?, account?, source? }'],
    [{ saasId: undefined }, 'expect.saasId is undefined (a missing environment variable?): leave the field out not to check it'],
  ])('a malformed expect (%j) is the caller’s mistake: a TypeError, from both functions', (expected, message) => {
    const options = { expect: expected } as never;
    expect(() => parseEvent(tenant2026, options)).toThrow(new TypeError(message));
    expect(() => safeParseEvent(tenant2026, options)).toThrow(new TypeError(message));
  });
});
