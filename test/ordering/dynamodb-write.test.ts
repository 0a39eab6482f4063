import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dynamoDbPutIfNewer, dynamoDbUpdateIfNewer, parseEvent } from '../../src/index.js';
import { createTestEvent } from '../../src/testing/index.js';

// Whether DynamoDB decides as decideEventOrder is tested on a server: test/ordering-dynamodb.store.test.ts.
const event = parseEvent(createTestEvent('auth.UpdateTenant', { time: '2026-05-19T02:22:58Z', log: { log_id: 'log-5' } }));
const time = Date.parse('2026-05-19T02:22:58Z');

describe('dynamoDbPutIfNewer', () => {
  it('adds the event time (epoch milliseconds) and key to the item, and conditions the put on them', () => {
    const put = dynamoDbPutIfNewer(event, { id: 'tenant-1', name: 'Acme' });
    expect(put.Item).toStrictEqual({ id: 'tenant-1', name: 'Acme', eventTime: time, eventKey: 'log-5' });
    expect(put.ExpressionAttributeNames).toStrictEqual({ '#eventTime': 'eventTime', '#eventKey': 'eventKey' });
    expect(put.ExpressionAttributeValues).toStrictEqual({ ':eventTime': time, ':eventKey': 'log-5' });
    expect(put.ConditionExpression).toContain('attribute_not_exists(#eventTime)');
  });

  it('writes the attributes it is told to', () => {
    const put = dynamoDbPutIfNewer(event, { id: 'tenant-1' }, { timeAttribute: 'planTime', keyAttribute: 'planKey' });
    expect(put.Item).toStrictEqual({ id: 'tenant-1', planTime: time, planKey: 'log-5' });
    expect(put.ExpressionAttributeNames).toStrictEqual({ '#eventTime': 'planTime', '#eventKey': 'planKey' });
  });

  it('does not change the item it is given', () => {
    const item = { id: 'tenant-1' };
    dynamoDbPutIfNewer(event, item);
    expect(item).toStrictEqual({ id: 'tenant-1' });
  });
});

describe('dynamoDbUpdateIfNewer', () => {
  it('sets the order attributes and the changes through placeholders, and removes what it is told to', () => {
    const update = dynamoDbUpdateIfNewer(event, { set: { name: 'Acme', 'a.b': 1 }, remove: ['deleted', 'expiresAt'] });
    expect(update.UpdateExpression).toBe(
      'SET #eventTime = :eventTime, #eventKey = :eventKey, #set0 = :set0, #set1 = :set1 REMOVE #remove0, #remove1',
    );
    expect(update.ExpressionAttributeNames).toStrictEqual({
      '#eventTime': 'eventTime',
      '#eventKey': 'eventKey',
      '#set0': 'name',
      '#set1': 'a.b',
      '#remove0': 'deleted',
      '#remove1': 'expiresAt',
    });
    expect(update.ExpressionAttributeValues).toStrictEqual({ ':eventTime': time, ':eventKey': 'log-5', ':set0': 'Acme', ':set1': 1 });
    expect(update.ConditionExpression).toBe(dynamoDbPutIfNewer(event, {}).ConditionExpression);
  });

  it('with nothing to change, records the event only', () => {
    expect(dynamoDbUpdateIfNewer(event, {}).UpdateExpression).toBe('SET #eventTime = :eventTime, #eventKey = :eventKey');
  });
});

describe('the helpers', () => {
  it('import no AWS SDK: they build plain objects', () => {
    const source = readFileSync(new URL('../../src/ordering/dynamodb-write.ts', import.meta.url), 'utf8');
    const specifiers = [...source.matchAll(/from '([^']+)'/g)].map((match) => match[1]);
    expect(specifiers.every((specifier) => specifier!.startsWith('./') || specifier!.startsWith('../'))).toBe(true);
  });
});
