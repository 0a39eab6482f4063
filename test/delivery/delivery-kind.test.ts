// How an input is told to be an EventBridge event or a batch by its own markers, and how
// parseEvent names the batch it was given by mistake.
import { describe, expect, it } from 'vitest';
import { safeParseEvent } from '../../src/index.js';
import { batchKindOf, hasEventBridgeMarker, recordKindOf } from '../../src/delivery/delivery-kind.js';

const sqsRecord = { messageId: 'm1', body: '{}', eventSource: 'aws:sqs', eventSourceARN: 'arn:aws:sqs:ap-northeast-1:123456789012:q' };
const snsRecord = { EventSource: 'aws:sns', Sns: { MessageId: 's1', Message: '{}' } };

describe('hasEventBridgeMarker', () => {
  it.each([
    ['detail-type', { 'detail-type': 'AWS API Call via CloudTrail', Records: [sqsRecord] }],
    ['detail', { detail: {}, Records: [sqsRecord] }],
    ['source', { source: 'saasus.auth', Records: [sqsRecord] }],
  ])('is true for an object with only %s among the markers, even beside Records', (_marker, value) => {
    expect(hasEventBridgeMarker(value)).toBe(true);
  });

  it('is false for a batch, and for markers that are only inherited', () => {
    expect(hasEventBridgeMarker({ Records: [sqsRecord] })).toBe(false);
    expect(hasEventBridgeMarker({})).toBe(false);
    const inherited = Object.create({ 'detail-type': 'x', detail: {}, source: 's' }) as Record<string, unknown>;
    expect(hasEventBridgeMarker(inherited)).toBe(false);
  });
});

describe('recordKindOf', () => {
  it('names a record by its own marker, and nothing else', () => {
    expect(recordKindOf(sqsRecord)).toBe('sqs');
    expect(recordKindOf(snsRecord)).toBe('sns');
    expect(recordKindOf({ eventSource: 'aws:sns' })).toBeUndefined();
    expect(recordKindOf({ EventSource: 'aws:sqs' })).toBeUndefined();
    expect(recordKindOf(null)).toBeUndefined();
    expect(recordKindOf([sqsRecord])).toBeUndefined();
  });
});

describe('batchKindOf', () => {
  it('is the kind of the first record that has a marker, whatever comes before it', () => {
    expect(batchKindOf({ Records: [sqsRecord] })).toBe('sqs');
    expect(batchKindOf({ Records: [snsRecord] })).toBe('sns');
    expect(batchKindOf({ Records: [null, { body: '{}' }, snsRecord, sqsRecord] })).toBe('sns');
    expect(batchKindOf({ Records: [{ body: '{}' }, sqsRecord] })).toBe('sqs');
  });

  it('is records for Records with no marked record, empty, or not a list', () => {
    expect(batchKindOf({ Records: [{ body: '{}' }, null] })).toBe('records');
    expect(batchKindOf({ Records: [] })).toBe('records');
    expect(batchKindOf({ Records: { 0: sqsRecord } })).toBe('records');
    expect(batchKindOf({ Records: 5 })).toBe('records');
  });

  it('is undefined for an EventBridge event that carries Records, and for an object without Records', () => {
    expect(batchKindOf({ source: 'saasus.auth', Records: [sqsRecord] })).toBeUndefined();
    expect(batchKindOf({ detail: {}, Records: [sqsRecord] })).toBeUndefined();
    expect(batchKindOf({ records: [sqsRecord] })).toBeUndefined();
    expect(batchKindOf({})).toBeUndefined();
  });
});

describe('parseEvent given a batch instead of an event', () => {
  it.each([
    ['an SQS batch', { Records: [sqsRecord] }],
    ['an SNS event', { Records: [snsRecord] }],
    ['a Records list that is neither an SQS batch nor an SNS event', { Records: [{ body: '{}' }] }],
  ])('says it received %s, at Records', (name, input) => {
    expect(safeParseEvent(input).error?.issues).toEqual([
      { code: 'invalid_type', path: ['Records'], message: `expected an EventBridge event, received ${name}: parseEvents(input) and createEventHandler(...) unwrap its records` },
    ]);
  });

  it('reports the missing fields of an event with a marker, even beside Records', () => {
    const issues = safeParseEvent({ source: 'saasus.auth', Records: [sqsRecord] }).error!.issues;
    expect(issues).toContainEqual({ code: 'required', path: ['detail-type'], message: 'required field is missing' });
    expect(issues.some((issue) => issue.message.includes('received an SQS batch'))).toBe(false);
  });
});
