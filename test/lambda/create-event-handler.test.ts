import { afterEach, describe, expect, it, vi } from 'vitest';
import { SaasusEventError, createEventHandler, type LambdaContext } from '../../src/index.js';
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
