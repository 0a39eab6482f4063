import { afterEach, describe, expect, it, vi } from 'vitest';
import { SaasusEventError, SaasusRecordHeldBackError, createEventHandler } from '../../src/index.js';
import { createTestEvent } from '../../src/testing/index.js';
import { lambdaContext } from '../support/lambda-context.js';

const context = lambdaContext;

const SECRET = 'c2VjcmV0LWFwaS1rZXktdW5pcXVl';
const tenantCreated = createTestEvent('create_tenant', { response_body: { id: 'tenant-1' }, log: { api_key: SECRET } });
const userCreated = createTestEvent('create_saas_user');
const unknownType = createTestEvent('create_tenant', { event_type: 'launch_rocket', uri: '/v1/rockets' });
const failedCall = createTestEvent('create_tenant', { http_status: '500', response_body: { type: 'internal', message: 'boom' } });
const invalid = createTestEvent('create_tenant', { log: { http_status: 201, api_key: SECRET } });

function sqsRecord(messageId: string, event: unknown, arn = 'arn:aws:sqs:ap-northeast-1:123456789012:saasus') {
  return { messageId, receiptHandle: 'r', body: JSON.stringify(event), attributes: {}, messageAttributes: {}, md5OfBody: '', eventSource: 'aws:sqs', eventSourceARN: arn, awsRegion: 'ap-northeast-1' };
}

function snsNotification(event: unknown) {
  return { Type: 'Notification', MessageId: 'sns-1', TopicArn: 'arn:aws:sns:ap-northeast-1:123456789012:saasus', Message: JSON.stringify(event), Timestamp: '2026-01-01T00:00:00.000Z' };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createEventHandler with an EventBridge event', () => {
  it('calls the handler of the event type with the narrowed event and the context', async () => {
    const onTenant = vi.fn();
    const onUser = vi.fn();
    const handler = createEventHandler({ create_tenant: onTenant, create_saas_user: onUser });
    await expect(handler(tenantCreated, context)).resolves.toBeUndefined();
    expect(onTenant).toHaveBeenCalledTimes(1);
    expect(onTenant.mock.calls[0]![0].detail.event.response_body.id).toBe('tenant-1');
    expect(onTenant.mock.calls[0]![1]).toBe(context);
    expect(onUser).not.toHaveBeenCalled();
  });

  it('accepts the event as a JSON string, and in the object form', async () => {
    const onTenant = vi.fn();
    const handler = createEventHandler({ create_tenant: onTenant });
    await handler(JSON.stringify(tenantCreated), context);
    await handler(createTestEvent('create_tenant', {}, { form: 'object' }), context);
    expect(onTenant).toHaveBeenCalledTimes(2);
  });

  it('routes an alternative spelling to the handler of the canonical name', async () => {
    const onTest = vi.fn();
    const handler = createEventHandler({ create_eventbridge_test_event: onTest });
    await handler(createTestEvent('create_eventbridge_test_event', { event_type: 'create_event_bridge_test_event' }), context);
    expect(onTest).toHaveBeenCalledTimes(1);
    expect(onTest.mock.calls[0]![0].detail).toMatchObject({
      event_type: 'create_eventbridge_test_event',
      received_event_type: 'create_event_bridge_test_event',
    });
  });

  it('sends unknown event types to onUnknown, failed calls to onFailedCall, the rest to onUnhandled', async () => {
    const onUnknown = vi.fn();
    const onFailedCall = vi.fn();
    const onUnhandled = vi.fn();
    const onTenant = vi.fn();
    const handler = createEventHandler({ create_tenant: onTenant }, { onUnknown, onFailedCall, onUnhandled });
    await handler(unknownType, context);
    await handler(failedCall, context);
    await handler(userCreated, context);
    expect(onUnknown).toHaveBeenCalledTimes(1);
    expect(onUnknown.mock.calls[0]![0].detail.event_type).toBe('launch_rocket');
    expect(onFailedCall).toHaveBeenCalledTimes(1);
    expect(onFailedCall.mock.calls[0]![0].detail.event.response_body).toEqual({ type: 'internal', message: 'boom' });
    expect(onUnhandled).toHaveBeenCalledTimes(1);
    expect(onTenant).not.toHaveBeenCalled();
  });

  it('ignores unknown event types and failed calls by default', async () => {
    const handler = createEventHandler({ create_tenant: vi.fn() });
    await expect(handler(unknownType, context)).resolves.toBeUndefined();
    await expect(handler(failedCall, context)).resolves.toBeUndefined();
  });

  it('throws an invalid event by default, so that Lambda retries', async () => {
    const handler = createEventHandler({ create_tenant: vi.fn() });
    const error = await handler(invalid, context).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SaasusEventError);
    expect((error as SaasusEventError).message).toContain('detail.event.http_status');
    expect((error as SaasusEventError).message).not.toContain(SECRET);
  });

  it('gives an invalid event to onInvalid when set', async () => {
    const onInvalid = vi.fn();
    const handler = createEventHandler({ create_tenant: vi.fn() }, { onInvalid });
    await handler(invalid, context);
    expect(onInvalid).toHaveBeenCalledWith(expect.any(SaasusEventError), context, { index: 0, messageId: undefined });
  });

  it('lets a handler error through', async () => {
    const handler = createEventHandler({
      create_tenant: () => {
        throw new RangeError('database down');
      },
    });
    await expect(handler(tenantCreated, context)).rejects.toThrow('database down');
  });

  it('checks strict mode when asked', async () => {
    const drifted = createTestEvent('create_tenant', { log: { brand_new_field: 1 } });
    const onTenant = vi.fn();
    await createEventHandler({ create_tenant: onTenant })(drifted, context);
    expect(onTenant).toHaveBeenCalledTimes(1);
    await expect(createEventHandler({ create_tenant: onTenant }, { strict: true })(drifted, context)).rejects.toThrow(SaasusEventError);
  });
});

describe('createEventHandler with an SQS batch', () => {
  it('answers with exactly the records that failed to parse or whose handler threw', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const seen: string[] = [];
    const handler = createEventHandler({
      create_tenant: (event) => {
        seen.push(event.detail.event.response_body.id);
      },
      create_saas_user: () => {
        throw new Error(`cannot store ${SECRET}`);
      },
    });
    const batch = { Records: [sqsRecord('m1', tenantCreated), sqsRecord('m2', invalid), sqsRecord('m3', userCreated), sqsRecord('m4', tenantCreated)] };
    await expect(handler(batch, context)).resolves.toEqual({ batchItemFailures: [{ itemIdentifier: 'm2' }, { itemIdentifier: 'm3' }] });
    expect(seen).toEqual(['tenant-1', 'tenant-1']);
  });

  it('logs which record failed and why, without secrets or handler messages', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handler = createEventHandler({
      create_saas_user: () => {
        throw new Error(`cannot store ${SECRET}`);
      },
    });
    await handler({ Records: [sqsRecord('m1', invalid), sqsRecord('m2', userCreated)] }, context);
    const lines = log.mock.calls.map((call) => call.join(' '));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('record 0 (messageId m1)');
    expect(lines[0]).toContain('Records[0].body.detail.event.http_status');
    expect(lines[1]).toContain('record 1 (messageId m2)');
    expect(lines[1]).toContain('the handler threw Error');
    for (const line of lines) expect(line).not.toContain(SECRET);
  });

  it('gives failures to onRecordFailure when set', async () => {
    const onRecordFailure = vi.fn();
    const handler = createEventHandler({}, { onRecordFailure });
    await handler({ Records: [sqsRecord('m1', invalid)] }, context);
    expect(onRecordFailure).toHaveBeenCalledWith(expect.any(SaasusEventError), context, { index: 0, messageId: 'm1' });
  });

  it('unwraps SNS notifications inside SQS messages', async () => {
    const onTenant = vi.fn();
    const handler = createEventHandler({ create_tenant: onTenant });
    await expect(handler({ Records: [sqsRecord('m1', snsNotification(tenantCreated))] }, context)).resolves.toEqual({ batchItemFailures: [] });
    expect(onTenant).toHaveBeenCalledTimes(1);
  });

  it('reports a record whose body is not an event', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handler = createEventHandler({ create_tenant: vi.fn() });
    const broken = { ...sqsRecord('m1', tenantCreated), body: '{not json' };
    const noBody = { ...sqsRecord('m2', tenantCreated), body: undefined };
    await expect(handler({ Records: [broken, noBody, sqsRecord('m3', tenantCreated)] }, context)).resolves.toEqual({
      batchItemFailures: [{ itemIdentifier: 'm1' }, { itemIdentifier: 'm2' }],
    });
  });

  it('on a FIFO queue, stops at the first failure and fails the records after it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onTenant = vi.fn();
    const fifo = 'arn:aws:sqs:ap-northeast-1:123456789012:saasus.fifo';
    const handler = createEventHandler({ create_tenant: onTenant });
    const batch = { Records: [sqsRecord('m1', tenantCreated, fifo), sqsRecord('m2', invalid, fifo), sqsRecord('m3', tenantCreated, fifo)] };
    await expect(handler(batch, context)).resolves.toEqual({ batchItemFailures: [{ itemIdentifier: 'm2' }, { itemIdentifier: 'm3' }] });
    expect(onTenant).toHaveBeenCalledTimes(1);
  });
});

describe('createEventHandler with an SNS event', () => {
  const snsRecord = (event: unknown) => ({ EventSource: 'aws:sns', EventVersion: '1.0', EventSubscriptionArn: 'arn', Sns: snsNotification(event) });

  it('handles every record, then throws the first failure', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onTenant = vi.fn();
    const handler = createEventHandler({ create_tenant: onTenant });
    await expect(handler({ Records: [snsRecord(tenantCreated)] }, context)).resolves.toBeUndefined();
    await expect(handler({ Records: [snsRecord(invalid), snsRecord(tenantCreated)] }, context)).rejects.toThrow(SaasusEventError);
    expect(onTenant).toHaveBeenCalledTimes(2);
  });
});

describe('createEventHandler: every failed record of a batch is reported', () => {
  const fifo = 'arn:aws:sqs:ap-northeast-1:123456789012:saasus.fifo';

  it('on a FIFO queue, logs the records held back after a failure and gives them to onRecordFailure with the reason', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handler = createEventHandler({ create_tenant: vi.fn() });
    const batch = { Records: [sqsRecord('m1', tenantCreated, fifo), sqsRecord('m2', invalid, fifo), sqsRecord('m3', tenantCreated, fifo), sqsRecord('m4', tenantCreated, fifo)] };
    await expect(handler(batch, context)).resolves.toEqual({ batchItemFailures: [{ itemIdentifier: 'm2' }, { itemIdentifier: 'm3' }, { itemIdentifier: 'm4' }] });
    const lines = log.mock.calls.map((call) => call.join(' '));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe('saasus-eventbridge: record 2 (messageId m3) failed: held back: record 1 (messageId m2) of this FIFO batch failed before it, so it was not handled, to keep the order');
    expect(lines[2]).toContain('record 3 (messageId m4) failed: held back: record 1 (messageId m2)');

    const onRecordFailure = vi.fn();
    await createEventHandler({ create_tenant: vi.fn() }, { onRecordFailure })(batch, context);
    expect(onRecordFailure.mock.calls.map(([error, , record]) => [error?.constructor, record])).toEqual([
      [SaasusEventError, { index: 1, messageId: 'm2' }],
      [SaasusRecordHeldBackError, { index: 2, messageId: 'm3' }],
      [SaasusRecordHeldBackError, { index: 3, messageId: 'm4' }],
    ]);
    expect((onRecordFailure.mock.calls[1]![0] as SaasusRecordHeldBackError).failedRecord).toEqual({ index: 1, messageId: 'm2' });
    expect(onRecordFailure.mock.calls[1]![1]).toBe(context);
  });

  it('on a standard queue, holds nothing back', async () => {
    const onRecordFailure = vi.fn();
    const onTenant = vi.fn();
    await createEventHandler({ create_tenant: onTenant }, { onRecordFailure })({ Records: [sqsRecord('m1', invalid), sqsRecord('m2', tenantCreated)] }, context);
    expect(onTenant).toHaveBeenCalledTimes(1);
    expect(onRecordFailure).toHaveBeenCalledTimes(1);
  });
});

describe('createEventHandler: nothing a handler throws escapes its record', () => {
  const nameGetterThrows = () => {
    const error = new Error('boom');
    Object.defineProperty(error, 'name', {
      get() {
        throw new Error('name getter');
      },
    });
    return error;
  };
  const trapsThrow = () =>
    new Proxy(new Error('boom'), {
      get() {
        throw new Error('get trap');
      },
      getPrototypeOf() {
        throw new Error('getPrototypeOf trap');
      },
      has() {
        throw new Error('has trap');
      },
      ownKeys() {
        throw new Error('ownKeys trap');
      },
      getOwnPropertyDescriptor() {
        throw new Error('getOwnPropertyDescriptor trap');
      },
    });
  const revoked = () => {
    const { proxy, revoke } = Proxy.revocable(new Error('boom'), {});
    revoke();
    return proxy;
  };
  const cases: [string, () => unknown, string][] = [
    ['an Error whose name getter throws', nameGetterThrows, 'the handler threw a value whose name cannot be read'],
    ['a Proxy whose traps throw', trapsThrow, 'the handler threw a value that cannot be inspected'],
    ['a revoked Proxy', revoked, 'the handler threw a value that cannot be inspected'],
    ['null', () => null, 'the handler threw null'],
    ['a string', () => 'secret text', 'the handler threw string'],
    ['an Error named with control characters', () => Object.assign(new Error('x'), { name: 'Bad\nName\u001b[31m' }), 'the handler threw Bad?Name?[31m'],
  ];

  it.each(cases)('%s: the SQS batch is answered, later records are handled, and one line is logged', async (_label, thrown, reason) => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onTenant = vi.fn();
    const handler = createEventHandler({
      create_saas_user: () => {
        throw thrown();
      },
      create_tenant: onTenant,
    });
    await expect(handler({ Records: [sqsRecord('m1', userCreated), sqsRecord('m2', tenantCreated)] }, context)).resolves.toEqual({ batchItemFailures: [{ itemIdentifier: 'm1' }] });
    expect(onTenant).toHaveBeenCalledTimes(1);
    expect(log.mock.calls.map((call) => call.join(' '))).toEqual([`saasus-eventbridge: record 0 (messageId m1) failed: ${reason}`]);
  });

  it.each(cases)('%s: every SNS record is handled before the first failure is thrown', async (_label, thrown) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onTenant = vi.fn();
    const value = thrown();
    const handler = createEventHandler({
      create_saas_user: () => {
        throw value;
      },
      create_tenant: onTenant,
    });
    const snsRecord = (event: unknown) => ({ EventSource: 'aws:sns', Sns: snsNotification(event) });
    // Kept in a variable: resolving a promise with a revoked Proxy would read its `then`.
    let rejection: unknown = 'not rejected';
    try {
      await handler({ Records: [snsRecord(userCreated), snsRecord(tenantCreated)] }, context);
    } catch (error) {
      rejection = error;
    }
    expect(rejection === value).toBe(true);
    expect(onTenant).toHaveBeenCalledTimes(1);
  });

  it('an onRecordFailure that throws does not fail the batch: the default line is logged instead', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onTenant = vi.fn();
    const handler = createEventHandler(
      { create_tenant: onTenant },
      {
        onRecordFailure: () => {
          throw new Error('logging down');
        },
      },
    );
    await expect(handler({ Records: [sqsRecord('m1', invalid), sqsRecord('m2', tenantCreated)] }, context)).resolves.toEqual({ batchItemFailures: [{ itemIdentifier: 'm1' }] });
    expect(onTenant).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]![0])).toContain('record 0 (messageId m1) failed: Invalid SaaSus event');
  });

  it('a console.error that throws does not fail the batch', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {
      throw new Error('stream closed');
    });
    const handler = createEventHandler({ create_tenant: vi.fn() });
    await expect(handler({ Records: [sqsRecord('m1', invalid), sqsRecord('m2', tenantCreated)] }, context)).resolves.toEqual({ batchItemFailures: [{ itemIdentifier: 'm1' }] });
  });

  it('a handler that never settles holds its batch: the records after it wait (Lambda’s function timeout ends the invocation)', async () => {
    const onTenant = vi.fn();
    const handler = createEventHandler({ create_saas_user: () => new Promise<void>(() => undefined), create_tenant: onTenant });
    let settled = false;
    void handler({ Records: [sqsRecord('m1', userCreated), sqsRecord('m2', tenantCreated)] }, context).finally(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    expect(onTenant).not.toHaveBeenCalled();
  });
});

describe('createEventHandler: what is and is not a batch', () => {
  it('an EventBridge event that also carries a Records field is handled as the event it is', async () => {
    const onTenant = vi.fn();
    const handler = createEventHandler({ create_tenant: onTenant });
    await expect(handler({ ...tenantCreated, Records: [] }, context)).resolves.toBeUndefined();
    expect(onTenant).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['empty Records', { Records: [] }],
    ['Records that are not a list', { Records: 'x' }],
    ['records without an SQS or SNS marker', { Records: [{ body: JSON.stringify(tenantCreated) }] }],
  ])('%s never vanish: they are an invalid event, thrown by default', async (_label, input) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onTenant = vi.fn();
    const onInvalid = vi.fn();
    await expect(createEventHandler({ create_tenant: onTenant })(input, context)).rejects.toThrow(SaasusEventError);
    await createEventHandler({ create_tenant: onTenant }, { onInvalid })(input, context);
    expect(onInvalid).toHaveBeenCalledTimes(1);
    expect((onInvalid.mock.calls[0]![0] as SaasusEventError).issues[0]!.path.slice(0, 1)).toEqual(['Records']);
    expect(onTenant).not.toHaveBeenCalled();
  });
});

describe('createEventHandler with expect', () => {
  const saasId = 'my-saas-id';
  const mine = createTestEvent('create_tenant', { log: { saas_id: saasId } });
  const theirs = createTestEvent('create_tenant', { log: { saas_id: 'someone-elses-saas-id' } });

  it('handles events from the expected SaaS and gives any other to onInvalid, naming the field, not its value', async () => {
    const onTenant = vi.fn();
    const onInvalid = vi.fn();
    const handler = createEventHandler({ create_tenant: onTenant }, { expect: { saasId }, onInvalid });
    await handler({ Records: [sqsRecord('m1', mine), sqsRecord('m2', theirs)] }, context);
    expect(onTenant).toHaveBeenCalledTimes(1);
    expect(onInvalid).toHaveBeenCalledTimes(1);
    const error = onInvalid.mock.calls[0]![0] as SaasusEventError;
    expect(error.issues).toEqual([{ code: 'unexpected_origin', path: ['Records', 1, 'body', 'detail', 'event', 'saas_id'], message: 'saas_id is not one that expect.saasId accepts' }]);
    expect(error.message).not.toContain('someone-elses-saas-id');
    expect(onInvalid.mock.calls[0]![2]).toEqual({ index: 1, messageId: 'm2' });
  });

  it('reports an unexpected event as a failed record of the batch by default', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handler = createEventHandler({ create_tenant: vi.fn() }, { expect: { saasId: [saasId, 'other-saas'] } });
    await expect(handler({ Records: [sqsRecord('m1', mine), sqsRecord('m2', theirs)] }, context)).resolves.toEqual({ batchItemFailures: [{ itemIdentifier: 'm2' }] });
  });

  it('rejects a malformed expect when the handler is created', () => {
    expect(() => createEventHandler({}, { expect: { saasId: [] } })).toThrow(new TypeError('expect.saasId must be a non-empty string or a non-empty list of non-empty strings'));
    expect(() => createEventHandler({}, { expect: { account: '' } })).toThrow(TypeError);
    expect(() => createEventHandler({}, { expect: { source: [42 as unknown as string] } })).toThrow(TypeError);
  });
});

describe('createEventHandler: the name of a handler’s error in the log line', () => {
  const long = 'E'.repeat(64);

  it.each([
    ['a name of 64 characters, whole', long, long],
    ['a longer name, cut after 64 characters', `${long}XYZ`, `${long}…`],
    ['a longer name with control characters, cleaned then cut', `\n${long}`, `?${'E'.repeat(63)}…`],
    ['an empty name, as such', '', 'an Error without a name'],
  ])('%s', async (_label, name, printed) => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handler = createEventHandler({
      create_saas_user: () => {
        throw Object.assign(new Error('x'), { name });
      },
    });
    await expect(handler({ Records: [sqsRecord('m1', userCreated)] }, context)).resolves.toEqual({ batchItemFailures: [{ itemIdentifier: 'm1' }] });
    expect(log.mock.calls.map((call) => call.join(' '))).toEqual([`saasus-eventbridge: record 0 (messageId m1) failed: the handler threw ${printed}`]);
  });
});

describe('createEventHandler: strict together with expect', () => {
  const saasId = 'my-saas-id';
  const drifted = createTestEvent('create_tenant', { log: { saas_id: saasId, brand_new: true } });

  it('validates in strict mode when strict is true', async () => {
    const onTenant = vi.fn();
    const onInvalid = vi.fn();
    await createEventHandler({ create_tenant: onTenant }, { strict: true, expect: { saasId }, onInvalid })(drifted, context);
    expect(onTenant).not.toHaveBeenCalled();
    expect(onInvalid).toHaveBeenCalledTimes(1);
    expect((onInvalid.mock.calls[0]![0] as SaasusEventError).issues.map((issue) => issue.path)).toContainEqual(['detail', 'event', 'brand_new']);
  });

  it.each([
    ['strict is not set', {}],
    ['strict is false', { strict: false }],
  ])('lets drift through when %s', async (_label, strictness) => {
    const onTenant = vi.fn();
    const onInvalid = vi.fn();
    await createEventHandler({ create_tenant: onTenant }, { ...strictness, expect: { saasId }, onInvalid })(drifted, context);
    expect(onInvalid).not.toHaveBeenCalled();
    expect(onTenant).toHaveBeenCalledTimes(1);
  });
});

describe('createEventHandler with Records that are no SQS batch or SNS event', () => {
  it('reports each record with its own error, holding none back, then throws the first', async () => {
    const onRecordFailure = vi.fn();
    const handler = createEventHandler({ create_tenant: vi.fn() }, { onRecordFailure });
    const unmarked = (event: unknown) => ({ body: JSON.stringify(event), eventSourceARN: 'arn:aws:sqs:ap-northeast-1:123456789012:saasus.fifo' });
    await expect(handler({ Records: [unmarked(tenantCreated), unmarked(tenantCreated)] }, context)).rejects.toThrow(SaasusEventError);
    expect(onRecordFailure.mock.calls.map(([error, , record]) => [error?.constructor, record])).toEqual([
      [SaasusEventError, { index: 0, messageId: undefined }],
      [SaasusEventError, { index: 1, messageId: undefined }],
    ]);
    expect((onRecordFailure.mock.calls[1]![0] as SaasusEventError).issues[0]!.path).toEqual(['Records', 1]);
  });
});
