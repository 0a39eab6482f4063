import type { PutItemCommandInput, UpdateItemCommandInput } from '@aws-sdk/client-dynamodb';
import type { PutCommandInput, UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import { expectTypeOf, test } from 'vitest';
import { dynamoDbPutIfNewer, dynamoDbUpdateIfNewer, type SaasusEvent } from '../../src/index.js';

declare const event: SaasusEvent;

test('the results fit the document client inputs of @aws-sdk/lib-dynamodb', () => {
  const put = { TableName: 'tenants', ...dynamoDbPutIfNewer(event, { id: 'tenant-1', name: 'Acme' }) } satisfies PutCommandInput;
  expectTypeOf(put).toExtend<PutCommandInput>();
  const update = {
    TableName: 'tenants',
    Key: { id: 'tenant-1' },
    ...dynamoDbUpdateIfNewer(event, { set: { name: 'Acme' }, remove: ['deleted'] }, { timeAttribute: 'profileTime', keyAttribute: 'profileKey' }),
  } satisfies UpdateCommandInput;
  expectTypeOf(update).toExtend<UpdateCommandInput>();
});

test('the item keeps its own type', () => {
  expectTypeOf(dynamoDbPutIfNewer(event, { id: 'tenant-1', deleted: true as const }).Item.deleted).toEqualTypeOf<true>();
});

test('plain values: the low-level client needs marshall()', () => {
  // @ts-expect-error: ExpressionAttributeValues holds plain values, not AttributeValue objects
  ({ TableName: 'tenants', ...dynamoDbPutIfNewer(event, { id: 'tenant-1' }) }) satisfies PutItemCommandInput;
  // @ts-expect-error: the same for an update
  ({ TableName: 'tenants', Key: { id: { S: 'tenant-1' } }, ...dynamoDbUpdateIfNewer(event, {}) }) satisfies UpdateItemCommandInput;
});

test('only parsed events and known options', () => {
  // @ts-expect-error: a raw event must be parsed first
  dynamoDbPutIfNewer({ time: '2026-05-19T02:22:58Z' }, { id: 'tenant-1' });
  // @ts-expect-error: not an option
  dynamoDbUpdateIfNewer(event, { set: {} }, { timeAttr: 'x' });
});
