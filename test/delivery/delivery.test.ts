// How Lambda inputs are unwrapped into records, what a record that holds no event reports, and
// how createEventHandler treats a lone EventBridge event apart from a batch.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SaasusEventError, createEventHandler, parseEvents, safeParseEvent, type LambdaContext } from '../../src/index.js';
import { unwrapDelivery } from '../../src/delivery/delivery.js';
import { createTestEvent } from '../../src/testing/index.js';
import { lambdaContext } from '../support/lambda-context.js';

const context = lambdaContext;

const QUEUE = 'arn:aws:sqs:ap-northeast-1:123456789012:saasus';
const tenant = createTestEvent('create_tenant');
const userCreated = createTestEvent('create_saas_user');
const broken = createTestEvent('create_tenant', { log: { uri: 42 } });
const brokenUriIssue = safeParseEvent(broken).error!.issues[0]!;

function sqsRecord(messageId: unknown, body: unknown, arn = QUEUE) {
  return { messageId, receiptHandle: 'r', body, attributes: {}, messageAttributes: {}, md5OfBody: '', eventSource: 'aws:sqs', eventSourceARN: arn, awsRegion: 'ap-northeast-1' };
}

function snsRecord(sns: unknown) {
  return { EventSource: 'aws:sns', EventVersion: '1.0', EventSubscriptionArn: 'arn', Sns: sns };
}

function snsMessage(message: unknown, messageId: unknown = 'sns-1') {
  return { Type: 'Notification', MessageId: messageId, TopicArn: 'arn:aws:sns:ap-northeast-1:123456789012:saasus', Message: message };
}

function issuesOf(input: unknown) {
  return parseEvents(input).map((record) => (record.success ? 'ok' : record.error.issues));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('unwrapDelivery names how the events were delivered', () => {
  it('reads a lone EventBridge event as one non-FIFO record at the root', () => {
    expect(unwrapDelivery(tenant)).toEqual({ kind: 'eventbridge', fifo: false, records: [{ index: 0, messageId: undefined, path: [], payload: tenant }] });
  });

  it('reads an SNS event as non-FIFO records at Records[i].Sns.Message', () => {
    const message = JSON.stringify(tenant);
    expect(unwrapDelivery({ Records: [snsRecord(snsMessage(message, 's1'))] })).toEqual({
      kind: 'sns',
      fifo: false,
      records: [{ index: 0, messageId: 's1', path: ['Records', 0, 'Sns', 'Message'], payload: message }],
    });
  });

  it('reads an SQS batch, FIFO only when the queue ARN ends in .fifo', () => {
    const body = JSON.stringify(tenant);
    expect(unwrapDelivery({ Records: [sqsRecord('m1', body)] })).toEqual({
      kind: 'sqs',
      fifo: false,
      records: [{ index: 0, messageId: 'm1', path: ['Records', 0, 'body'], payload: body }],
    });
    expect(unwrapDelivery({ Records: [sqsRecord('m1', body, `${QUEUE}.fifo`)] }).fifo).toBe(true);
  });
});

describe('a Lambda input given as a JSON string', () => {
  it('unwraps a JSON-encoded SQS batch into its records', () => {
    const batch = JSON.stringify({ Records: [sqsRecord('m1', JSON.stringify(tenant)), sqsRecord('m2', JSON.stringify(broken))] });
    const records = parseEvents(batch);
    expect(records.map((record) => [record.index, record.messageId, record.success])).toEqual([
      [0, 'm1', true],
      [1, 'm2', false],
    ]);
    expect(records[1]!.error!.issues.map((issue) => issue.path)).toEqual([['Records', 1, 'body', ...brokenUriIssue.path]]);
  });

  it('decodes only strings: an array holding a JSON batch is one invalid event, not an empty batch', () => {
    const records = parseEvents([JSON.stringify({ Records: [] })]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ index: 0, messageId: undefined, success: false });
    expect(records[0]!.error!.issues.map((issue) => issue.path)).toEqual([[]]);
  });
});

describe('issue paths of a lone EventBridge event', () => {
  it('start at the event itself', () => {
    const [record] = parseEvents(broken);
    expect(record!.error!.issues).toEqual([brokenUriIssue]);
    expect(brokenUriIssue.path[0]).toBe('detail');
  });

  it('keep the count of issues beyond those listed', () => {
    const extra = Object.fromEntries(Array.from({ length: 130 }, (_, i) => [`field_${i}`, i]));
    const drifted = createTestEvent('create_tenant', { log: extra });
    const [record] = parseEvents(drifted, { strict: true });
    expect(record!.error!.issues).toHaveLength(100);
    expect(record!.error!.message).toBe(safeParseEvent(drifted, { strict: true }).error!.message);
    expect(record!.error!.message.split('\n')[0]).toBe('Invalid SaaSus event (130 issues):');
  });

  it('keep the count of issues beyond those listed in an SQS record too', () => {
    const extra = Object.fromEntries(Array.from({ length: 130 }, (_, i) => [`field_${i}`, i]));
    const drifted = createTestEvent('create_tenant', { log: extra });
    const [record] = parseEvents({ Records: [sqsRecord('m1', JSON.stringify(drifted))] }, { strict: true });
    expect(record!.error!.issues).toHaveLength(100);
    expect(record!.error!.omitted).toBe(30);
    expect(record!.error!.issues[0]!.path.slice(0, 3)).toEqual(['Records', 0, 'body']);
    expect(record!.error!.message.split('\n')[0]).toBe('Invalid SaaSus event (130 issues):');
  });
});

describe('SQS records that hold no event', () => {
  it('reports a record that is not an object', () => {
    expect(issuesOf({ Records: [null, sqsRecord('m2', JSON.stringify(tenant))] })).toEqual([
      [{ code: 'invalid_type', path: ['Records', 0], message: 'expected an SQS record object' }],
      'ok',
    ]);
  });

  it('reports a body that is not a string, even when it is an event object', () => {
    const records = parseEvents({ Records: [sqsRecord('m1', tenant), sqsRecord('m2', 5)] });
    expect(records.map((record) => [record.messageId, record.success])).toEqual([
      ['m1', false],
      ['m2', false],
    ]);
    for (const [index, record] of records.entries()) {
      expect(record.error!.issues).toEqual([{ code: 'invalid_type', path: ['Records', index, 'body'], message: 'expected the SQS message body as a string' }]);
    }
  });

  it('reports a body of JSON null as an invalid event at the body', () => {
    const [record] = parseEvents({ Records: [sqsRecord('m1', 'null')] });
    expect(record).toMatchObject({ index: 0, messageId: 'm1', success: false });
    expect(record!.error!.issues).toEqual([
      { code: 'invalid_type', path: ['Records', 0, 'body'], message: 'expected an EventBridge event object or its JSON string, received null' },
    ]);
  });

  it('reports an SNS notification whose Message is not a string, even when it is an event object', () => {
    const [record] = parseEvents({ Records: [sqsRecord('m1', JSON.stringify(snsMessage(tenant)))] });
    expect(record!.success).toBe(false);
    expect(record!.error!.issues).toEqual([{ code: 'invalid_type', path: ['Records', 0, 'body', 'Message'], message: 'expected the SNS message as a string' }]);
  });

  it('unwraps Message only from an SNS Notification, not from any body that has one', () => {
    const body = JSON.stringify({ Type: 'SubscriptionConfirmation', Message: JSON.stringify(tenant) });
    const [record] = parseEvents({ Records: [sqsRecord('m1', body)] });
    expect(record!.success).toBe(false);
    expect(record!.error!.issues).toContainEqual({ code: 'required', path: ['Records', 0, 'body', 'detail-type'], message: 'required field is missing' });
    expect(record!.error!.issues.filter((issue) => issue.path[3] === 'Message')).toEqual([]);
  });

  it('leaves messageId undefined when the record carries a non-string one', () => {
    const [record] = parseEvents({ Records: [sqsRecord(42, JSON.stringify(broken))] });
    expect(record).toMatchObject({ index: 0, messageId: undefined, success: false });
  });
});

describe('SNS records that hold no event', () => {
  it('reports a record without Sns and keeps parsing the next one', () => {
    expect(issuesOf({ Records: [{ EventSource: 'aws:sns' }, snsRecord(snsMessage(JSON.stringify(tenant)))] })).toEqual([
      [{ code: 'invalid_type', path: ['Records', 0, 'Sns'], message: 'expected an SNS record with Sns' }],
      'ok',
    ]);
  });

  it('reports a Message that is not a string, even when it is an event object', () => {
    const records = parseEvents({ Records: [snsRecord(snsMessage(tenant, 's1'))] });
    expect(records).toEqual([
      {
        index: 0,
        messageId: 's1',
        success: false,
        error: expect.any(SaasusEventError),
      },
    ]);
    expect(records[0]!.error!.issues).toEqual([{ code: 'invalid_type', path: ['Records', 0, 'Sns', 'Message'], message: 'expected the SNS message as a string' }]);
  });

  it('prefixes the issues of an invalid message with Records[i].Sns.Message', () => {
    const records = parseEvents({ Records: [snsRecord(snsMessage(JSON.stringify(tenant))), snsRecord(snsMessage(JSON.stringify(broken), 's2'))] });
    expect(records.map((record) => record.success)).toEqual([true, false]);
    expect(records[1]!.error!.issues).toEqual([{ ...brokenUriIssue, path: ['Records', 1, 'Sns', 'Message', ...brokenUriIssue.path] }]);
    expect(records[1]!.error!.message).toContain('Records[1].Sns.Message.detail');
  });

  it('leaves messageId undefined when MessageId is not a string', () => {
    const [record] = parseEvents({ Records: [snsRecord(snsMessage(JSON.stringify(tenant), 7))] });
    expect(record).toMatchObject({ index: 0, messageId: undefined, success: true });
  });
});

describe('createEventHandler with a lone EventBridge event', () => {
  it('throws a failure without reporting it as a failed batch record', async () => {
    const onRecordFailure = vi.fn();
    const handler = createEventHandler({ create_tenant: vi.fn() }, { onRecordFailure });
    await expect(handler(broken, context)).rejects.toThrow(SaasusEventError);
    expect(onRecordFailure).not.toHaveBeenCalled();
  });

  it('does not log a failure it throws', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handler = createEventHandler({
      create_tenant: () => {
        throw new RangeError('database down');
      },
    });
    await expect(handler(tenant, context)).rejects.toThrow('database down');
    expect(log).not.toHaveBeenCalled();
  });

  it('ignores a known event type without a handler when onUnhandled is not set', async () => {
    const onTenant = vi.fn();
    const handler = createEventHandler({ create_tenant: onTenant });
    await expect(handler(userCreated, context)).resolves.toBeUndefined();
    await expect(handler({ Records: [sqsRecord('m1', JSON.stringify(userCreated))] }, context)).resolves.toEqual({ batchItemFailures: [] });
    expect(onTenant).not.toHaveBeenCalled();
  });
});

describe('createEventHandler with records without a messageId', () => {
  it('names a failed SQS record by its index', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handler = createEventHandler({ create_tenant: vi.fn() });
    const batch = { Records: [sqsRecord('m1', JSON.stringify(tenant)), sqsRecord(42, JSON.stringify(broken))] };
    await expect(handler(batch, context)).resolves.toEqual({ batchItemFailures: [{ itemIdentifier: '1' }] });
  });

  it('logs the failure with messageId none', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handler = createEventHandler({ create_tenant: vi.fn() });
    await expect(handler({ Records: [sqsRecord(undefined, JSON.stringify(broken))] }, context)).resolves.toEqual({ batchItemFailures: [{ itemIdentifier: '0' }] });
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]![0])).toMatch(/^saasus-eventbridge: record 0 \(messageId none\) failed: Invalid SaaSus event/);
  });
});

describe('unwrapDelivery: an EventBridge marker beside Records', () => {
  it.each([
    ['detail-type', { 'detail-type': 'AWS API Call via CloudTrail' }],
    ['detail', { detail: {} }],
    ['source', { source: 'saasus.auth' }],
  ])('%s alone makes the input a lone event, not a batch', (_marker, fields) => {
    const input = { ...fields, Records: [sqsRecord('m1', JSON.stringify(tenant))] };
    expect(unwrapDelivery(input)).toEqual({ kind: 'eventbridge', fifo: false, records: [{ index: 0, messageId: undefined, path: [], payload: input }] });
  });

  it('an input that cannot be read at all is a lone event, whose issue is at its root', () => {
    const { proxy, revoke } = Proxy.revocable({ Records: [] }, {});
    revoke();
    const delivery = unwrapDelivery(proxy);
    expect([delivery.kind, delivery.fifo, delivery.records.length]).toEqual(['eventbridge', false, 1]);
    expect(delivery.records[0]!.path).toEqual([]);
    expect(delivery.records[0]!.payload === proxy).toBe(true);
    expect(parseEvents(proxy).map((record) => record.error?.issues)).toEqual([[{ code: 'unreadable_input', path: [], message: 'the input could not be read as JSON data' }]]);
  });
});

describe('unwrapDelivery of Records that are no SQS batch or SNS event', () => {
  const noMarker = 'expected an SQS record (eventSource "aws:sqs") or an SNS record (EventSource "aws:sns")';
  const withHole: unknown[] = [sqsRecord('m1', JSON.stringify(tenant))];
  withHole[2] = sqsRecord('m3', JSON.stringify(tenant));

  it('names them unknown and never FIFO: every record is a problem of its own', () => {
    const delivery = unwrapDelivery({ Records: [{ body: JSON.stringify(tenant), eventSourceARN: `${QUEUE}.fifo` }, { body: JSON.stringify(tenant) }] });
    expect(delivery).toEqual({
      kind: 'unknown',
      fifo: false,
      records: [0, 1].map((index) => ({ index, messageId: undefined, path: ['Records', index], payload: undefined, problem: expect.any(SaasusEventError) })),
    });
    expect(delivery.records.map((record) => record.problem!.issues)).toEqual([0, 1].map((index) => [{ code: 'invalid_type', path: ['Records', index], message: noMarker }]));
  });

  it.each([
    ['empty', { Records: [] }, ['Records'], `${noMarker}: Records is empty`],
    ['not a list', { Records: 'x' }, ['Records'], `${noMarker}: Records is not a list`],
    ['a list with a hole', { Records: withHole }, ['Records', 1], 'expected JSON data, received an array with a hole'],
  ])('names Records that are %s unknown, non-FIFO, one record with the problem', (_label, input, path, message) => {
    expect(unwrapDelivery(input)).toEqual({
      kind: 'unknown',
      fifo: false,
      records: [{ index: 0, messageId: undefined, path, payload: undefined, problem: expect.any(SaasusEventError) }],
    });
    expect(unwrapDelivery(input).records[0]!.problem!.issues).toEqual([{ code: 'invalid_type', path, message }]);
  });

  it('an undefined record is not a hole: it fails alone', () => {
    const records = parseEvents({ Records: [undefined, sqsRecord('m2', JSON.stringify(tenant))] });
    expect(records.map((record) => [record.index, record.success])).toEqual([
      [0, false],
      [1, true],
    ]);
    expect(records[0]!.error!.issues).toEqual([{ code: 'invalid_type', path: ['Records', 0], message: 'expected an SQS record object' }]);
  });
});

describe('unwrapDelivery: FIFO', () => {
  it('is read from the eventSourceARN of the first SQS record', () => {
    const body = JSON.stringify(tenant);
    expect(unwrapDelivery({ Records: [null, sqsRecord('m1', body, `${QUEUE}.fifo`), sqsRecord('m2', body)] }).fifo).toBe(true);
    expect(unwrapDelivery({ Records: [sqsRecord('m1', body), sqsRecord('m2', body, `${QUEUE}.fifo`)] }).fifo).toBe(false);
    expect(unwrapDelivery({ Records: [sqsRecord('m1', body, `${QUEUE}.fifo.archive`)] }).fifo).toBe(false);
    expect(unwrapDelivery({ Records: [{ ...sqsRecord('m1', body), eventSourceARN: undefined }] }).fifo).toBe(false);
  });

  it('is never set for an SNS event, whatever its records carry', () => {
    const record = { ...snsRecord(snsMessage(JSON.stringify(tenant))), eventSourceARN: `${QUEUE}.fifo` };
    expect(unwrapDelivery({ Records: [record, record] })).toMatchObject({ kind: 'sns', fifo: false });
  });
});

describe('SNS events with records that are no SNS record', () => {
  const snsMarker = 'expected an SNS record (EventSource "aws:sns") like the first record of the batch';

  it('report a record that is not an object at the record, and keep parsing the others', () => {
    expect(issuesOf({ Records: [null, snsRecord(snsMessage(JSON.stringify(tenant))), 7] })).toEqual([
      [{ code: 'invalid_type', path: ['Records', 0], message: 'expected an SNS record object' }],
      'ok',
      [{ code: 'invalid_type', path: ['Records', 2], message: 'expected an SNS record object' }],
    ]);
  });

  it('report a record of another source at its EventSource, named by its MessageId', () => {
    const other = { ...snsRecord(snsMessage(JSON.stringify(tenant), 's2')), EventSource: 'aws:sqs' };
    const records = parseEvents({ Records: [snsRecord(snsMessage(JSON.stringify(tenant), 's1')), other, sqsRecord('m3', JSON.stringify(tenant))] });
    expect(records.map((record) => [record.index, record.messageId, record.success])).toEqual([
      [0, 's1', true],
      [1, 's2', false],
      [2, undefined, false],
    ]);
    expect(records[1]!.error!.issues).toEqual([{ code: 'invalid_type', path: ['Records', 1, 'EventSource'], message: snsMarker }]);
    expect(records[2]!.error!.issues).toEqual([{ code: 'invalid_type', path: ['Records', 2, 'EventSource'], message: snsMarker }]);
  });
});

describe('records that cannot be read', () => {
  it('fail alone with unreadable_input at the record, in the delivery and in parseEvents', () => {
    const body = JSON.stringify(tenant);
    const list: unknown[] = [sqsRecord('m1', body), sqsRecord('m2', body), sqsRecord('m3', body)];
    Object.defineProperty(list, 1, {
      get() {
        throw new Error('unreadable');
      },
    });
    const { proxy, revoke } = Proxy.revocable(sqsRecord('m3', body), {});
    revoke();
    list[2] = proxy;
    const delivery = unwrapDelivery({ Records: list });
    expect(delivery.kind).toBe('sqs');
    expect(delivery.records.map((record) => [record.index, record.messageId, record.path, record.payload])).toEqual([
      [0, 'm1', ['Records', 0, 'body'], body],
      [1, undefined, ['Records', 1], undefined],
      [2, undefined, ['Records', 2], undefined],
    ]);
    expect(delivery.records[1]!.problem!.issues).toEqual([{ code: 'unreadable_input', path: ['Records', 1], message: 'the record could not be read as JSON data' }]);
    expect(delivery.records[2]!.problem!.issues).toEqual([{ code: 'unreadable_input', path: ['Records', 2], message: 'the input could not be read as JSON data' }]);
    expect(parseEvents({ Records: list }).map((record) => (record.success ? 'ok' : record.error.issues[0]!.code))).toEqual(['ok', 'unreadable_input', 'unreadable_input']);
  });
});
