import { describe, expect, it } from 'vitest';
import { parseEvents } from '../../src/index.js';
import { createTestEvent } from '../../src/testing/index.js';

const tenant = createTestEvent('create_tenant');
const broken = createTestEvent('create_tenant', { log: { uri: 42 } });

describe('parseEvents', () => {
  it('parses a lone EventBridge event, object or JSON string', () => {
    for (const input of [tenant, JSON.stringify(tenant)]) {
      const [record, ...rest] = parseEvents(input);
      expect(rest).toEqual([]);
      expect(record).toMatchObject({ index: 0, messageId: undefined, success: true });
      expect(record!.data?.detail.event_type).toBe('create_tenant');
    }
  });

  it('parses every SQS record, and one failure hides no other', () => {
    const records = parseEvents({
      Records: [
        { messageId: 'a', body: JSON.stringify(broken), eventSource: 'aws:sqs' },
        { messageId: 'b', body: JSON.stringify(tenant), eventSource: 'aws:sqs' },
        { messageId: 'c', body: JSON.stringify({ Type: 'Notification', Message: JSON.stringify(broken) }), eventSource: 'aws:sqs' },
      ],
    });
    expect(records.map((record) => [record.messageId, record.success])).toEqual([
      ['a', false],
      ['b', true],
      ['c', false],
    ]);
    expect(records[0]!.error!.issues[0]!.path).toEqual(['Records', 0, 'body', 'detail', 'event', 'uri']);
    expect(records[2]!.error!.issues[0]!.path).toEqual(['Records', 2, 'body', 'Message', 'detail', 'event', 'uri']);
  });

  it('parses SNS records', () => {
    const records = parseEvents({ Records: [{ EventSource: 'aws:sns', Sns: { MessageId: 's1', Message: JSON.stringify(tenant) } }] });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ messageId: 's1', success: true });
  });

  it('reports records that do not hold an event, with their path', () => {
    const records = parseEvents({ Records: [null, { messageId: 'x', body: 5, eventSource: 'aws:sqs' }, { messageId: 'y', body: '{"Type":"Notification","Message":7}', eventSource: 'aws:sqs' }] });
    expect(records.map((record) => record.error?.issues[0]?.path)).toEqual([
      ['Records', 0],
      ['Records', 1, 'body'],
      ['Records', 2, 'body', 'Message'],
    ]);
    expect(parseEvents({ Records: [{ EventSource: 'aws:sns', Sns: { Message: 1 } }] })[0]!.error!.issues[0]!.path).toEqual(['Records', 0, 'Sns', 'Message']);
  });

  it('keeps strict mode', () => {
    const drifted = createTestEvent('create_tenant', { log: { brand_new: true } });
    expect(parseEvents(drifted)[0]!.success).toBe(true);
    expect(parseEvents(drifted, { strict: true })[0]!.success).toBe(false);
  });
});

describe('parseEvents tells deliveries apart by their own markers', () => {
  const sqs = (messageId: string, event: unknown) => ({ messageId, body: JSON.stringify(event), eventSource: 'aws:sqs', eventSourceARN: 'arn:aws:sqs:ap-northeast-1:123456789012:q' });

  it('an EventBridge event that also carries Records is the event, not an empty batch', () => {
    for (const input of [{ ...tenant, Records: [] }, JSON.stringify({ ...tenant, Records: [sqs('m1', tenant)] })]) {
      const records = parseEvents(input);
      expect(records).toHaveLength(1);
      expect(records[0]).toMatchObject({ index: 0, messageId: undefined, success: true });
    }
  });

  it.each([
    ['empty Records', { Records: [] }, 'Records is empty'],
    ['Records that are not a list', { Records: { 0: 'x' } }, 'Records is not a list'],
  ])('%s is one issue for the input, never an empty result', (_label, input, why) => {
    const records = parseEvents(input);
    expect(records).toHaveLength(1);
    expect(records[0]!.success).toBe(false);
    expect(records[0]!.error!.issues).toEqual([{ code: 'invalid_type', path: ['Records'], message: `expected an SQS record (eventSource "aws:sqs") or an SNS record (EventSource "aws:sns"): ${why}` }]);
  });

  it('records with no marker at all are each an issue', () => {
    const records = parseEvents({ Records: [{ body: JSON.stringify(tenant) }, { Sns: { Message: JSON.stringify(tenant) } }] });
    expect(records.map((record) => record.error?.issues)).toEqual([
      [{ code: 'invalid_type', path: ['Records', 0], message: 'expected an SQS record (eventSource "aws:sqs") or an SNS record (EventSource "aws:sns")' }],
      [{ code: 'invalid_type', path: ['Records', 1], message: 'expected an SQS record (eventSource "aws:sqs") or an SNS record (EventSource "aws:sns")' }],
    ]);
  });

  it('a record of an SQS batch without the SQS marker fails alone, at eventSource', () => {
    const records = parseEvents({ Records: [sqs('m1', tenant), { ...sqs('m2', tenant), eventSource: 'aws:kinesis' }, sqs('m3', tenant)] });
    expect(records.map((record) => record.success)).toEqual([true, false, true]);
    expect(records[1]).toMatchObject({ index: 1, messageId: 'm2' });
    expect(records[1]!.error!.issues).toEqual([{ code: 'invalid_type', path: ['Records', 1, 'eventSource'], message: 'expected an SQS record (eventSource "aws:sqs") like the first record of the batch' }]);
  });

  it('the first marked record decides, whatever comes before it', () => {
    const records = parseEvents({ Records: [null, sqs('m2', tenant)] });
    expect(records.map((record) => record.success)).toEqual([false, true]);
  });
});

describe('parseEvents on object input with getters and proxies', () => {
  const SECRET = 'getter-error-text-s3cr3t';
  const throwing = () => {
    throw new Error(SECRET);
  };
  const sqs = (messageId: string) => ({ messageId, body: JSON.stringify(tenant), eventSource: 'aws:sqs', eventSourceARN: 'arn:aws:sqs:ap-northeast-1:123456789012:q' });
  const withGetter = <T extends object>(record: T, key: string): T => Object.defineProperty({ ...record }, key, { enumerable: true, get: throwing });

  it.each(['body', 'messageId', 'eventSource', 'eventSourceARN', 'attributes'])('a throwing %s getter fails that SQS record alone with unreadable_input', (key) => {
    const records = parseEvents({ Records: [sqs('m1'), withGetter(sqs('m2'), key), sqs('m3')] });
    expect(records.map((record) => record.success)).toEqual([true, false, true]);
    expect(records[1]!.error!.issues).toEqual([{ code: 'unreadable_input', path: ['Records', 1, key], message: 'the input could not be read as JSON data' }]);
    expect(records[1]!.messageId).toBe(key === 'messageId' ? undefined : 'm2');
    expect(JSON.stringify(records[1]!.error)).not.toContain(SECRET);
    expect(records[1]!.error!.message).not.toContain(SECRET);
  });

  it.each(['Sns', 'EventSource'])('a throwing %s getter fails that SNS record alone with unreadable_input', (key) => {
    const sns = (id: string) => ({ EventSource: 'aws:sns', Sns: { MessageId: id, Message: JSON.stringify(tenant) } });
    const records = parseEvents({ Records: [sns('s1'), withGetter(sns('s2'), key)] });
    expect(records.map((record) => record.success)).toEqual([true, false]);
    expect(records[1]!.error!.issues).toEqual([{ code: 'unreadable_input', path: ['Records', 1, key], message: 'the input could not be read as JSON data' }]);
  });

  it('a throwing Message getter inside Sns names the field', () => {
    const sns = { EventSource: 'aws:sns', Sns: withGetter({ MessageId: 's1', Message: '' }, 'Message') };
    const [record] = parseEvents({ Records: [sns] });
    expect(record!.error!.issues).toEqual([{ code: 'unreadable_input', path: ['Records', 0, 'Sns', 'Message'], message: 'the input could not be read as JSON data' }]);
    expect(record!.messageId).toBe('s1');
  });

  it('a record that cannot be read at all (a throwing index getter, a revoked proxy) fails alone', () => {
    const list = [sqs('m1'), sqs('m2'), sqs('m3')];
    Object.defineProperty(list, 1, { get: throwing });
    const { proxy, revoke } = Proxy.revocable(sqs('m3'), {});
    revoke();
    list[2] = proxy;
    const records = parseEvents({ Records: list });
    expect(records.map((record) => record.success)).toEqual([true, false, false]);
    expect(records[1]!.error!.issues).toEqual([{ code: 'unreadable_input', path: ['Records', 1], message: expect.any(String) }]);
    expect(records[2]!.error!.issues).toEqual([{ code: 'unreadable_input', path: ['Records', 2], message: expect.any(String) }]);
  });

  it('a throwing Records getter is one issue for the input', () => {
    const records = parseEvents(withGetter({ Records: [] }, 'Records'));
    expect(records).toEqual([{ index: 0, messageId: undefined, success: false, error: expect.anything() }]);
    expect(records[0]!.error!.issues).toEqual([{ code: 'unreadable_input', path: ['Records'], message: 'the input could not be read as JSON data' }]);
    expect(records[0]!.error!.message).not.toContain(SECRET);
  });

  it('a Records proxy whose length cannot be read is one issue for the input', () => {
    const records = parseEvents({ Records: new Proxy([], { get: throwing }) });
    expect(records.map((record) => record.error?.issues)).toEqual([[{ code: 'unreadable_input', path: ['Records'], message: 'the input could not be read as JSON data' }]]);
  });

  it('a sparse Records of huge length is one issue at its first hole, after reading only what it holds', () => {
    const sparse: unknown[] = [];
    sparse[0] = sqs('m1');
    sparse[2 ** 32 - 2] = sqs('m2');
    let reads = 0;
    const counted = new Proxy(sparse, {
      get(target, key, receiver) {
        if (key !== 'length') reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    const records = parseEvents({ Records: counted });
    expect(records.map((record) => record.error?.issues)).toEqual([[{ code: 'invalid_type', path: ['Records', 1], message: 'expected JSON data, received an array with a hole' }]]);
    expect(reads).toBeLessThan(50);
  });

  it('a record that is not JSON data fails alone at the bad value', () => {
    const records = parseEvents({ Records: [sqs('m1'), { ...sqs('m2'), extra: () => 1 }] });
    expect(records[1]!.error!.issues).toEqual([{ code: 'invalid_type', path: ['Records', 1, 'extra'], message: 'expected JSON data, received function' }]);
    expect(records[1]!.messageId).toBe('m2');
  });
});

describe('parseEvents with expect', () => {
  it('judges every record, with paths from the Lambda input', () => {
    const other = createTestEvent('create_tenant', { log: { saas_id: 'other' } });
    const records = parseEvents(
      { Records: [{ EventSource: 'aws:sns', Sns: { MessageId: 's1', Message: JSON.stringify(other) } }] },
      { expect: { saasId: 'mine' } },
    );
    expect(records[0]!.error!.issues).toEqual([{ code: 'unexpected_origin', path: ['Records', 0, 'Sns', 'Message', 'detail', 'event', 'saas_id'], message: 'saas_id is not one that expect.saasId accepts' }]);
  });
});
