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
